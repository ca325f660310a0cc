/**
 * Retention over REST (Art 22, 46 and 51): {@link eu.csar.web.retention.rest.RetentionResource}, the
 * retention report (executed batches, the rules), the sweep on demand, authorities' extensions and the
 * reviewers' necessity review of reports' personal data.
 */
package eu.csar.web.retention.rest;
