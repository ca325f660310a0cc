/**
 * Reports: the consumer of the detection-job queue (issue 11 §2), which hands each job to
 * {@link eu.csar.reports.application.ReportTriage}. Jobs are queued through the platform's outbox by
 * {@link eu.csar.reports.application.ReportIntake} in the commit that finishes a report.
 */
package eu.csar.reports.messaging;
