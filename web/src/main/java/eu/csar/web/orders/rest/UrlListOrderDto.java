package eu.csar.web.orders.rest;

import eu.csar.orders.application.UrlListOrderView;

import java.util.List;

import static eu.csar.web.orders.rest.OrderResponses.instant;
import static eu.csar.web.orders.rest.OrderResponses.name;

/**
 * A blocking or delisting order as the partner API shows it: ids and codes as strings, times as UTC
 * instants, the period of application as ISO 8601. Fields a kind does not have are left out.
 * {@code verificationHash}: SHA-256 of the order's canonical issue data, as printed on its annex PDF.
 */
public record UrlListOrderDto(String id, long version, String type, String reference, String verificationHash,
                              String issuingMemberState,
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
        return new UrlListOrderDto(v.id().toString(), v.version(), v.type().name(), v.reference(), v.verificationHash(),
                v.issuingMemberState().name(), v.issuingAuthority(), v.provider().toString(), v.providerName(),
                name(v.addressedTo()), v.contactEmail(),
                v.entries().stream().map(e -> new Entry(e.indicatorId().toString(), e.url(), instant(e.liftedAt()))).toList(),
                v.reasons(), v.userNotice(), v.profile().profileId(), v.profile().version(), v.state().name(),
                v.possibleEvents(), v.issuedBy(), instant(v.issuedAt()), v.periodOfApplication(), instant(v.endsAt()),
                instant(v.transmittedAt()), instant(v.receivedAt()), instant(v.executedAt()),
                instant(v.executionReportedAt()), instant(v.reassessmentDueAt()), instant(v.reassessmentOverdueAt()),
                instant(v.lastReassessedAt()), instant(v.revokedAt()), instant(v.expiredAt()),
                v.reassessmentRequests().stream().map(r -> new Request(r.id().toString(), r.indicatorId().toString(),
                        r.requestedBy().name(), r.reason(), instant(r.requestedAt()), name(r.outcome()), r.answer(),
                        instant(r.answeredAt()))).toList(),
                v.history().stream().map(h -> new HistoryRow(name(h.from()), h.event(), h.to().name(), instant(h.at()),
                        h.actor(), h.reason(), h.legalBasis())).toList());
    }
}
