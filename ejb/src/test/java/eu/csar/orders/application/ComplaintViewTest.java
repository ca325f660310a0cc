package eu.csar.orders.application;

import eu.csar.orders.api.ComplaintOutcome;
import eu.csar.orders.api.ComplaintState;
import eu.csar.orders.api.OrderKind;
import eu.csar.orders.domain.Complaint;
import eu.csar.shared.domain.MemberState;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A complaint as the authorities see it: every field of the aggregate, the moves possible now, the history in order. */
class ComplaintViewTest {

    static final Instant T0 = Instant.parse("2026-12-02T10:00:00Z");

    @Test
    void aDecidedCrossBorderComplaintShowsItsRouteDecisionAndHistory() {
        UUID order = UUID.randomUUID();
        Complaint complaint = Complaint.file(MemberState.DE, OrderKind.BLOCKING, order, "NL-BO-7", MemberState.NL,
                "synthetic summary", "DE-17", "ca-de", T0);
        complaint.forward("ca-de", T0.plusSeconds(1));
        complaint.takeUp("ca-nl", T0.plusSeconds(2));
        complaint.decide(ComplaintOutcome.REJECTED, "lawful", "ca-nl", T0.plusSeconds(3));
        ComplaintView v = ComplaintView.of(complaint);
        assertEquals(complaint.id(), v.id());
        assertEquals(MemberState.DE, v.receivingMemberState());
        assertEquals(MemberState.NL, v.establishmentMemberState());
        assertTrue(v.crossBorder());
        assertEquals(OrderKind.BLOCKING, v.orderKind());
        assertEquals(order, v.orderId());
        assertEquals("NL-BO-7", v.orderReference());
        assertEquals("synthetic summary", v.summary());
        assertEquals("DE-17", v.contactReference());
        assertEquals(ComplaintState.DECIDED, v.state());
        assertEquals(List.of(), v.possibleEvents());
        assertEquals("ca-de", v.filedBy());
        assertEquals(T0, v.filedAt());
        assertEquals(T0.plusSeconds(1), v.forwardedAt());
        assertEquals(ComplaintOutcome.REJECTED, v.outcome());
        assertEquals("lawful", v.decisionReasons());
        assertEquals("ca-nl", v.decidedBy());
        assertEquals(T0.plusSeconds(3), v.decidedAt());
        assertEquals(List.of("FILE", "FORWARD", "TAKE_UP", "DECIDE"), v.history().stream().map(ComplaintView.HistoryRow::event).toList());
        ComplaintView.HistoryRow decided = v.history().get(3);
        assertEquals(ComplaintState.UNDER_EXAMINATION, decided.from());
        assertEquals(ComplaintState.DECIDED, decided.to());
        assertEquals("REJECTED: lawful", decided.reason());
        assertEquals("ca-nl", decided.actor());
        assertEquals(T0.plusSeconds(3), decided.at());
        assertEquals("Art 34(3); platform rule, pending legal review", decided.legalBasis());
        assertNull(v.history().get(0).from());
    }

    @Test
    void aDomesticComplaintIsNotCrossBorderAndOffersItsMoves() {
        ComplaintView v = ComplaintView.of(Complaint.file(MemberState.NL, OrderKind.REMOVAL, UUID.randomUUID(), "r",
                MemberState.NL, "s", null, "ca-nl", T0));
        assertFalse(v.crossBorder());
        assertEquals(List.of("FORWARD", "TAKE_UP", "WITHDRAW"), v.possibleEvents());
    }
}
