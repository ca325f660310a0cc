/**
 * Providers' reports to the EU Centre (Art 12-13 of COM(2022) 209): the {@link eu.csar.reports.domain.Report}
 * aggregate with its Art 13 content ({@link eu.csar.reports.domain.ReportContent}), evidence items
 * (hashes, {@link eu.csar.reports.domain.EvidenceItem}), its workflow
 * {@link eu.csar.reports.domain.ReportLifecycle}, history {@link eu.csar.reports.domain.ReportStatusChange}
 * and audit actions {@link eu.csar.reports.domain.ReportAction}.
 */
package eu.csar.reports.domain;
