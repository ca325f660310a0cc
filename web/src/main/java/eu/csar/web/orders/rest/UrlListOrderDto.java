package eu.csar.web.orders.rest;

import eu.csar.orders.application.UrlListOrderView;

import java.time.Instant;
import java.util.List;

/**
 * A blocking or delisting order as the partner API shows it: ids and codes as strings, times as UTC
 * instants, the period of application as ISO 8601. Fields a kind does not have are left out.
 */
public record UrlListOrderDto(String id, long version, String type, String reference, String issuingMemberState,
                              String issuingAuthority, String providerId, String providerName, String addressedTo,
                              String contactEmail, List<Entry> entries, String reasons, String userNotice, String profile,
                              int profileVersion, String state, List<String> possibleEvents, String issuedBy, String issuedAt,
                              String periodOfApplication, String endsAt, String transmittedAt, String receivedAt,
                              String executedAt, String executionReportedAt, String reassessmentDueAt,
                              String reassessmentOverdueAt, String lastReassessedAt, String revokedAt, String expiredAt,
                              List<Request> reassessmentRequests, List<HistoryRow> history) {

    public record Entry(String entryId, String url, String liftedAt) {
    }

    public record Request(String id, String entryId, String requestedBy, String reason, String requestedAt, String outcome,
                          String answer, String answeredAt) {
    }

    public record HistoryRow(String from, String event, String to, String at, String actor, String reason, String legalBasis) {
    }

    static UrlListOrderDto of(UrlListOrderView v) {
        return new UrlListOrderDto(v.id().toString(), v.version(), v.type().name(), v.reference(), v.issuingMemberState().name(),
                v.issuingAuthority(), v.provider().toString(), v.providerName(), name(v.addressedTo()), v.contactEmail(),
                v.entries().stream().map(e -> new Entry(e.indicatorId().toString(), e.url(), t(e.liftedAt()))).toList(),
                v.reasons(), v.userNotice(), v.profile().profileId(), v.profile().version(), v.state().name(),
                v.possibleEvents(), v.issuedBy(), t(v.issuedAt()), v.periodOfApplication(), t(v.endsAt()),
                t(v.transmittedAt()), t(v.receivedAt()), t(v.executedAt()), t(v.executionReportedAt()),
                t(v.reassessmentDueAt()), t(v.reassessmentOverdueAt()), t(v.lastReassessedAt()), t(v.revokedAt()),
                t(v.expiredAt()),
                v.reassessmentRequests().stream().map(r -> new Request(r.id().toString(), r.indicatorId().toString(),
                        r.requestedBy().name(), r.reason(), t(r.requestedAt()), name(r.outcome()), r.answer(),
                        t(r.answeredAt()))).toList(),
                v.history().stream().map(h -> new HistoryRow(name(h.from()), h.event(), h.to().name(), t(h.at()), h.actor(),
                        h.reason(), h.legalBasis())).toList());
    }

    private static String t(Instant at) {
        return at == null ? null : at.toString();
    }

    private static String name(Enum<?> e) {
        return e == null ? null : e.name();
    }
}
