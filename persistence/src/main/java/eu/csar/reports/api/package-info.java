/**
 * What other contexts may use of providers' reports (Art 12-13 of COM(2022) 209): the typed
 * {@link eu.csar.reports.api.ReportId}, the report's {@link eu.csar.reports.api.ReportState} and
 * {@link eu.csar.reports.api.ReportType}, and the {@link eu.csar.reports.api.EvidenceKind} of its
 * evidence items, and the review desk's {@link eu.csar.reports.api.Jurisdiction} (to whom a forward
 * goes) and {@link eu.csar.reports.api.UnfoundedReason} (the fixed list of reasons providers are
 * told). The evidence vault (another context) refers to reports by id.
 */
package eu.csar.reports.api;
