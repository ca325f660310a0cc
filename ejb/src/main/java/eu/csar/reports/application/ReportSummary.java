package eu.csar.reports.application;

import eu.csar.reports.api.ReportId;
import eu.csar.reports.api.ReportState;
import eu.csar.reports.api.ReportType;
import eu.csar.reports.domain.Report;

import java.io.Serializable;
import java.time.Instant;

/**
 * A report as one line of its provider's list: what it is, where it stands and when it moved; the
 * content, evidence and history come with {@link ReportIntake#status}.
 */
public record ReportSummary(ReportId id, long version, ReportState state, ReportType type, boolean urgent, Instant timestamp,
                            String contentReference, Instant openedAt, Instant finishedAt, Instant retractedAt)
        implements Serializable {

    static ReportSummary of(Report r) {
        return new ReportSummary(r.id(), r.version(), r.state().providerView(), r.type(), r.urgent(), r.timestamp(), r.contentReference(),
                r.openedAt(), r.finishedAt(), r.retractedAt());
    }
}
