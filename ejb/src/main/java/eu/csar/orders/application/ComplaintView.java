package eu.csar.orders.application;

import eu.csar.orders.api.ComplaintId;
import eu.csar.orders.api.ComplaintOutcome;
import eu.csar.orders.api.ComplaintState;
import eu.csar.orders.api.OrderKind;
import eu.csar.orders.domain.Complaint;
import eu.csar.shared.domain.MemberState;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A complaint as the two authorities concerned and the EU Centre see it: the order it concerns,
 * the receiving and establishment Member States, what the user complains of, where it stands, the
 * decision and the history. {@code version} changes with every move (ETag).
 */
public record ComplaintView(ComplaintId id, long version, MemberState receivingMemberState,
                            MemberState establishmentMemberState, OrderKind orderKind, UUID orderId, String orderReference,
                            String summary, String contactReference, ComplaintState state, List<String> possibleEvents,
                            String filedBy, Instant filedAt, Instant forwardedAt, ComplaintOutcome outcome,
                            String decisionReasons, String decidedBy, Instant decidedAt,
                            List<HistoryRow> history) implements Serializable {

    public record HistoryRow(ComplaintState from, String event, ComplaintState to, Instant at, String actor, String reason,
                             String legalBasis) implements Serializable {
    }

    /** Whether the order is another Member State's than the receiving one. */
    public boolean crossBorder() {
        return receivingMemberState != establishmentMemberState;
    }

    static ComplaintView of(Complaint c) {
        return new ComplaintView(c.id(), c.version(), c.receivingMemberState(), c.establishmentMemberState(), c.orderKind(),
                c.orderId(), c.orderReference(), c.summary(), c.contactReference(), c.state(),
                c.possibleEvents().stream().map(Enum::name).toList(), c.filedBy(), c.filedAt(), c.forwardedAt(), c.outcome(),
                c.decisionReasons(), c.decidedBy(), c.decidedAt(),
                c.history().stream().map(h -> new HistoryRow(h.fromState().orElse(null), h.event(), h.toState(),
                        h.occurredAt(), h.actor(), h.reason(), h.legalBasis())).toList());
    }
}
