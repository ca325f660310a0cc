package eu.csar.risk.application;

import eu.csar.risk.api.DueKind;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/**
 * A provider's own assessments, newest first, and the next date it must act by among the current
 * ones; before its first assessment, that one's due date (Art 3(4), first subparagraph, counted from
 * the provider's registration; kind {@code FIRST}), and since when that one is overdue (null while it is not).
 */
public record OwnAssessments(List<RiskAssessmentView> items, Instant nextDueAt, DueKind nextDueKind, Instant overdueSince)
        implements Serializable {
}
