/**
 * What other contexts may use of providers' reports (Art 12-13 of COM(2022) 209): the typed
 * {@link eu.csar.reports.api.ReportId}, the report's {@link eu.csar.reports.api.ReportState} and
 * {@link eu.csar.reports.api.ReportType}, and the {@link eu.csar.reports.api.EvidenceKind} of its
 * evidence items. The evidence vault (another context) will refer to reports by id.
 */
package eu.csar.reports.api;
