package eu.csar.orders.application;

import eu.csar.legal.api.ProfileRef;
import eu.csar.orders.api.Addressee;
import eu.csar.orders.api.ReassessmentOutcome;
import eu.csar.orders.api.ReassessmentRequester;
import eu.csar.orders.api.UrlListOrderId;
import eu.csar.orders.api.UrlListOrderState;
import eu.csar.orders.api.UrlListOrderType;
import eu.csar.shared.domain.MemberState;
import eu.csar.shared.domain.ProviderId;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A blocking or delisting order as its readers see it: the order, its URL-list entries (lifted ones
 * marked), the state, the blocking order's period, notice and reassessment clock, the reassessment
 * requests with their answers, and the history. {@code version} changes with every move (ETag).
 */
public record UrlListOrderView(UrlListOrderId id, long version, UrlListOrderType type, String reference,
                               MemberState issuingMemberState, String issuingAuthority, ProviderId provider,
                               String providerName, Addressee addressedTo, String contactEmail, List<Entry> entries,
                               String reasons, String userNotice, ProfileRef profile, UrlListOrderState state,
                               List<String> possibleEvents, String issuedBy, Instant issuedAt, String periodOfApplication,
                               Instant endsAt, Instant transmittedAt, Instant receivedAt, Instant executedAt,
                               Instant executionReportedAt, Instant reassessmentDueAt, Instant reassessmentOverdueAt,
                               Instant lastReassessedAt, Instant revokedAt, Instant expiredAt,
                               List<Request> reassessmentRequests, List<HistoryRow> history) implements Serializable {

    /** The SHA-256 of the order's canonical issue data ({@link UrlListOrderDigest}), printed on its annex PDF. */
    public String verificationHash() {
        return UrlListOrderDigest.of(this);
    }

    public record Entry(UUID indicatorId, String url, Instant liftedAt) implements Serializable {
    }

    public record Request(UUID id, UUID indicatorId, ReassessmentRequester requestedBy, String reason, Instant requestedAt,
                          ReassessmentOutcome outcome, String answer, Instant answeredAt) implements Serializable {
    }

    public record HistoryRow(UrlListOrderState from, String event, UrlListOrderState to, Instant at, String actor,
                             String reason, String legalBasis) implements Serializable {
    }

    static UrlListOrderView of(eu.csar.orders.domain.UrlListOrder o) {
        return new UrlListOrderView(o.id(), o.version(), o.type(), o.reference(), o.issuingMemberState(), o.issuingAuthority(),
                o.providerId(), o.providerName(), o.addressedTo(), o.contactEmail(),
                o.entries().stream().map(e -> new Entry(e.indicatorId(), e.url(), e.liftedAt())).toList(), o.reasons(),
                o.userNotice(), o.profile(), o.state(), o.possibleEvents().stream().map(Enum::name).toList(), o.issuedBy(),
                o.issuedAt(), o.periodOfApplication(), o.endsAt(), o.transmittedAt(), o.receivedAt(), o.executedAt(),
                o.executionReportedAt(), o.reassessmentDueAt(), o.reassessmentOverdueAt(), o.lastReassessedAt(),
                o.revokedAt(), o.expiredAt(),
                o.reassessmentRequests().stream().map(r -> new Request(r.id(), r.indicatorId(), r.requestedBy(), r.reason(),
                        r.requestedAt(), r.outcome(), r.answer(), r.answeredAt())).toList(),
                o.history().stream().map(h -> new HistoryRow(h.fromState().orElse(null), h.event(), h.toState(),
                        h.occurredAt(), h.actor(), h.reason(), h.legalBasis())).toList());
    }
}
