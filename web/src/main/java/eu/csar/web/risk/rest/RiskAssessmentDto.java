package eu.csar.web.risk.rest;

import eu.csar.risk.application.RiskAssessmentView;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A risk assessment as the partner API shows it: ids and codes as strings, times as UTC instants;
 * {@code nextDueAt} is the next date the provider must act by, {@code overdueSince} set once a due
 * date passed without it.
 */
public record RiskAssessmentDto(String id, long version, String providerId, String providerName, List<String> memberStates,
                                String kind, String profile, String state, List<String> possibleEvents,
                                Map<String, String> fields, String assessedAt, String submittedBy, String submittedAt,
                                boolean reportedLate, String category, List<String> categories, String requestText,
                                String responseText, String updateDueAt, String answerKind, String answerDueAt,
                                String nextDueAt, String overdueKind, String overdueSince, List<HistoryRow> history) {

    public record HistoryRow(String from, String event, String to, String at, String actor, String reason, String legalBasis) {
    }

    static RiskAssessmentDto of(RiskAssessmentView v) {
        return new RiskAssessmentDto(v.id().toString(), v.version(), v.providerId().toString(), v.providerName(),
                v.memberStates().stream().map(Enum::name).sorted().toList(), v.kind().name(), v.profile(), v.state().name(),
                v.possibleEvents(), v.fields(), instant(v.assessedAt()), v.submittedBy(), instant(v.submittedAt()),
                v.reportedLate(), v.category(), v.categories(), v.requestText(), v.responseText(), instant(v.updateDueAt()),
                name(v.answerKind()), instant(v.answerDueAt()), instant(v.nextDueAt()), name(v.overdueKind()),
                instant(v.overdueSince()),
                v.history().stream().map(h -> new HistoryRow(name(h.from()), h.event(), h.to().name(), instant(h.at()),
                        h.actor(), h.reason(), h.legalBasis())).toList());
    }

    static String instant(Instant at) {
        return at == null ? null : at.toString();
    }

    static String name(Enum<?> e) {
        return e == null ? null : e.name();
    }
}
