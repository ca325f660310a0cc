/**
 * The review desk of the EU Centre's reviewers (issue 11 §3, Art 48): the prioritised queue
 * ({@link eu.csar.web.reports.portal.ReviewQueuePage}), one report with claim, release, evidence
 * and the decision ({@link eu.csar.web.reports.portal.ReviewReportPage}), and the evidence images,
 * blurred and grey or sharp, streamed to the claiming reviewer only and never cached
 * ({@link eu.csar.web.reports.portal.ReviewEvidenceServlet}). A report's permalink,
 * {@code /portal/reports/review/{id}}, survives the login ({@link eu.csar.web.reports.portal.ReviewPermalinkServlet}).
 * All of it calls
 * {@code eu.csar.reports.application.ReviewDesk}. Beside it, the operator screen of the detection
 * jobs on the triage dead-letter queue (issue 11 §2).
 */
package eu.csar.web.reports.portal;
