package eu.csar.risk.application;

import eu.csar.risk.api.AssessmentKind;
import eu.csar.risk.api.DueKind;
import eu.csar.risk.api.RiskAssessmentId;
import eu.csar.risk.api.RiskAssessmentState;
import eu.csar.risk.domain.RiskAssessment;
import eu.csar.shared.domain.MemberState;
import eu.csar.shared.domain.ProviderId;

import java.io.Serializable;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A risk assessment as its provider and the Coordinating Authority of establishment see it: the
 * report's fields, where the review stands, the due dates (the next assessment, an open request's
 * answer, and since when it is overdue) and the history. {@code categories} are the risk categories
 * the assessment's profile lets the authority assign (empty where it provides none).
 */
public record RiskAssessmentView(RiskAssessmentId id, long version, ProviderId providerId, String providerName,
                                 Set<MemberState> memberStates, AssessmentKind kind, String profile,
                                 RiskAssessmentState state, List<String> possibleEvents, Map<String, String> fields,
                                 Instant assessedAt, String submittedBy, Instant submittedAt, boolean reportedLate,
                                 String category, List<String> categories, String requestText, String responseText,
                                 Instant updateDueAt, DueKind answerKind, Instant answerDueAt, Instant nextDueAt,
                                 DueKind overdueKind, Instant overdueSince, List<HistoryRow> history) implements Serializable {

    public record HistoryRow(RiskAssessmentState from, String event, RiskAssessmentState to, Instant at, String actor,
                             String reason, String legalBasis) implements Serializable {
    }

    public boolean overdue() {
        return overdueSince != null;
    }

    static RiskAssessmentView of(RiskAssessment a, List<String> categories) {
        return new RiskAssessmentView(a.id(), a.version(), a.providerId(), a.providerName(), a.memberStates(), a.kind(),
                a.profile().toString(), a.state(), a.possibleEvents().stream().map(Enum::name).sorted().toList(),
                new LinkedHashMap<>(a.fields()), a.assessedAt(), a.submittedBy(), a.submittedAt(), a.reportedLate(),
                a.category(), List.copyOf(categories), a.requestText(), a.responseText(), a.updateDueAt(), a.answerKind(),
                a.answerDueAt(), a.nextDueAt(), a.overdueKind(), a.overdueSince(),
                a.history().stream().map(h -> new HistoryRow(h.fromState().orElse(null), h.event(), h.toState(),
                        h.occurredAt(), h.actor(), h.reason(), h.legalBasis())).toList());
    }
}
