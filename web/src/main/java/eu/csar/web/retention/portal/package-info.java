/**
 * The retention report in the portal ({@link eu.csar.web.retention.portal.RetentionReportPage}): the rules
 * with their Articles and what the sweep deleted or anonymised, when, under which rule, batch by batch.
 */
package eu.csar.web.retention.portal;
