package eu.csar.reports.domain;

import eu.csar.reports.api.ReportId;
import eu.csar.reports.api.ReportState;
import eu.csar.reports.api.ReportType;

import java.io.Serializable;
import java.time.Instant;

/**
 * One report in the review desk's queue: what a reviewer needs to choose the next one, without the
 * report's content. {@code triageScore} is the triage step's score (0 until the report is triaged, see
 * {@link ReportRepository#reviewQueue}); {@code known} and {@code seenBefore} its two findings (false until then).
 */
public record ReviewQueueRow(ReportId id, ReportState state, ReportType type, boolean urgent, Instant finishedAt,
                             String locationCountry, int evidenceCount, String claimedBy, Instant claimedAt,
                             String proposedBy, int triageScore, boolean known,
                             boolean seenBefore) implements Serializable {
}
