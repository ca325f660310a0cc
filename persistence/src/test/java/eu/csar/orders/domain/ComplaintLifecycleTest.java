package eu.csar.orders.domain;

import eu.csar.orders.api.ComplaintOutcome;
import eu.csar.orders.api.ComplaintState;
import eu.csar.orders.api.OrderKind;
import eu.csar.shared.domain.MemberState;
import eu.csar.shared.domain.RuleViolationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import static eu.csar.orders.api.ComplaintState.DECIDED;
import static eu.csar.orders.api.ComplaintState.FORWARDED;
import static eu.csar.orders.api.ComplaintState.RECEIVED;
import static eu.csar.orders.api.ComplaintState.UNDER_EXAMINATION;
import static eu.csar.orders.api.ComplaintState.WITHDRAWN;
import static eu.csar.orders.domain.ComplaintEvent.DECIDE;
import static eu.csar.orders.domain.ComplaintEvent.FORWARD;
import static eu.csar.orders.domain.ComplaintEvent.TAKE_UP;
import static eu.csar.orders.domain.ComplaintEvent.WITHDRAW;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every (state, event) pair of the complaint workflow (Art 34) against the intended moves, written
 * out here independently of the table, and the complaint itself moving through each (history row
 * with its legal basis, or nothing changed when refused); plus the rule the table cannot hold: a
 * complaint about another Member State's order is forwarded before it is taken up, one about the
 * receiving Member State's own order is never forwarded.
 */
class ComplaintLifecycleTest {

    static final Instant T0 = Instant.parse("2026-12-02T10:00:00Z");
    static final UUID ORDER = UUID.fromString("5d1c9a0e-0b6f-4a57-9d2e-0c1b2a3d4e5f");

    static final Map<ComplaintState, Map<ComplaintEvent, ComplaintState>> INTENDED = Map.of(
            RECEIVED, Map.of(FORWARD, FORWARDED, TAKE_UP, UNDER_EXAMINATION, WITHDRAW, WITHDRAWN),
            FORWARDED, Map.of(TAKE_UP, UNDER_EXAMINATION, WITHDRAW, WITHDRAWN),
            UNDER_EXAMINATION, Map.of(DECIDE, DECIDED, WITHDRAW, WITHDRAWN),
            DECIDED, Map.of(),
            WITHDRAWN, Map.of());

    static Stream<Arguments> everyStateAndEvent() {
        return Arrays.stream(ComplaintState.values())
                .flatMap(state -> Arrays.stream(ComplaintEvent.values()).map(event -> Arguments.of(state, event)));
    }

    /** A complaint received by DE about an NL order (cross-border), or by NL about its own. */
    static Complaint filed(boolean crossBorder) {
        return Complaint.file(crossBorder ? MemberState.DE : MemberState.NL, OrderKind.REMOVAL, ORDER, "NL-RO-2026-1",
                MemberState.NL, "  The user says a lawful post was removed (synthetic).  ", " DE-case-17 ", "ca-de", T0);
    }

    static void apply(Complaint complaint, ComplaintEvent event, Instant at) {
        switch (event) {
            case FORWARD -> complaint.forward("ca-de", at);
            case TAKE_UP -> complaint.takeUp("ca-nl", at);
            case DECIDE -> complaint.decide(ComplaintOutcome.PARTLY_UPHELD, "one item restored", "ca-nl", at);
            case WITHDRAW -> complaint.withdraw("the user withdrew", "ca-de", at);
        }
    }

    /** A complaint brought into {@code state} along the workflow's own moves. */
    static Complaint in(ComplaintState state, boolean crossBorder) {
        Complaint complaint = filed(crossBorder);
        List<ComplaintEvent> path = switch (state) {
            case RECEIVED -> List.of();
            case FORWARDED -> List.of(FORWARD);
            case UNDER_EXAMINATION -> crossBorder ? List.of(FORWARD, TAKE_UP) : List.of(TAKE_UP);
            case DECIDED -> crossBorder ? List.of(FORWARD, TAKE_UP, DECIDE) : List.of(TAKE_UP, DECIDE);
            case WITHDRAWN -> List.of(WITHDRAW);
        };
        path.forEach(e -> apply(complaint, e, T0.plusSeconds(60)));
        assertEquals(state, complaint.state());
        return complaint;
    }

    @ParameterizedTest(name = "{0} on {1}")
    @MethodSource("everyStateAndEvent")
    void theTableAllowsExactlyTheIntendedMoves(ComplaintState state, ComplaintEvent event) {
        ComplaintState intended = INTENDED.get(state).get(event);
        if (intended != null) {
            assertTrue(ComplaintLifecycle.TABLE.permits(state, event));
            assertTrue(ComplaintLifecycle.TABLE.eventsFrom(state).contains(event));
            assertEquals(intended, ComplaintLifecycle.TABLE.next(state, event));
        } else {
            assertFalse(ComplaintLifecycle.TABLE.permits(state, event));
            assertFalse(ComplaintLifecycle.TABLE.eventsFrom(state).contains(event));
            RuleViolationException refused = assertThrows(RuleViolationException.class,
                    () -> ComplaintLifecycle.TABLE.next(state, event));
            assertEquals(RuleViolationException.Code.NOT_PERMITTED_IN_STATE, refused.code());
        }
    }

    @ParameterizedTest(name = "{0} on {1}")
    @MethodSource("everyStateAndEvent")
    void theComplaintMovesAsTheTableSaysAndRecordsEachMove(ComplaintState state, ComplaintEvent event) {
        // taking up a RECEIVED complaint is the domestic path; every other move is tried on a cross-border complaint
        boolean crossBorder = !(state == RECEIVED && event == TAKE_UP) && state != ComplaintState.DECIDED;
        Complaint complaint = in(state, crossBorder);
        int rows = complaint.history().size();
        ComplaintState intended = INTENDED.get(state).get(event);
        Instant at = T0.plusSeconds(120);
        if (intended != null) {
            apply(complaint, event, at);
            assertEquals(intended, complaint.state());
            assertEquals(at, complaint.stateChangedAt());
            assertEquals(rows + 1, complaint.history().size());
            ComplaintStatusChange last = complaint.history().get(rows);
            assertEquals(state, last.fromState().orElseThrow());
            assertEquals(event.name(), last.event());
            assertEquals(intended, last.toState());
            assertEquals(event.legalBasis(), last.legalBasis());
            assertEquals(ComplaintLifecycle.TABLE.eventsFrom(intended), complaint.possibleEvents());
        } else {
            assertThrows(RuleViolationException.class, () -> apply(complaint, event, at));
            assertEquals(state, complaint.state());
            assertEquals(rows, complaint.history().size());
        }
    }

    @Test
    void aNewComplaintIsReceivedWithItsFirstHistoryRowAndTrimmedTexts() {
        Complaint complaint = filed(true);
        assertEquals(RECEIVED, complaint.state());
        assertEquals(MemberState.DE, complaint.receivingMemberState());
        assertEquals(MemberState.NL, complaint.establishmentMemberState());
        assertEquals(OrderKind.REMOVAL, complaint.orderKind());
        assertEquals(ORDER, complaint.orderId());
        assertEquals("NL-RO-2026-1", complaint.orderReference());
        assertEquals(T0, complaint.filedAt());
        assertEquals(0, complaint.version());
        assertEquals(complaint.id().value().toString(), complaint.id().toString());
        assertEquals("Art 34(3)", ComplaintEvent.FORWARD.legalBasis());
        assertEquals("Art 34(1)", ComplaintEvent.WITHDRAW.legalBasis());
        assertEquals("The user says a lawful post was removed (synthetic).", complaint.summary());
        assertEquals("DE-case-17", complaint.contactReference());
        assertEquals(1, complaint.history().size());
        assertTrue(complaint.history().get(0).fromState().isEmpty());
        assertEquals(ComplaintLifecycle.FILE, complaint.history().get(0).event());
        assertEquals("Art 34(1)", complaint.history().get(0).legalBasis());
        assertEquals("ca-de", complaint.filedBy());
        assertTrue(complaint.needsForwarding());
        assertFalse(filed(false).needsForwarding());
        assertNull(Complaint.file(MemberState.NL, OrderKind.BLOCKING, ORDER, "r", MemberState.NL, "s", "  ", "a", T0)
                .contactReference());
    }

    @Test
    void aCrossBorderComplaintIsForwardedBeforeItIsTakenUp() {
        Complaint complaint = filed(true);
        RuleViolationException refused = assertThrows(RuleViolationException.class, () -> complaint.takeUp("ca-nl", T0));
        assertEquals(RuleViolationException.Code.NOT_PERMITTED_IN_STATE, refused.code());
        assertEquals(RECEIVED, complaint.state());
        assertEquals(1, complaint.history().size());
        complaint.forward("ca-de", T0.plusSeconds(1));
        assertEquals(T0.plusSeconds(1), complaint.forwardedAt());
        assertEquals("to NL", complaint.history().get(1).reason());
    }

    @Test
    void aComplaintAboutTheReceivingMemberStatesOwnOrderIsNeverForwarded() {
        Complaint complaint = filed(false);
        RuleViolationException refused = assertThrows(RuleViolationException.class, () -> complaint.forward("ca-nl", T0));
        assertEquals(RuleViolationException.Code.NOT_PERMITTED_IN_STATE, refused.code());
        assertEquals(RECEIVED, complaint.state());
        assertNull(complaint.forwardedAt());
        complaint.takeUp("ca-nl", T0);
        assertEquals(UNDER_EXAMINATION, complaint.state());
    }

    @Test
    void theDecisionIsRecordedWithItsReasons() {
        Complaint complaint = in(UNDER_EXAMINATION, true);
        complaint.decide(ComplaintOutcome.REJECTED, "  the order was lawful  ", "ca-nl", T0.plusSeconds(300));
        assertEquals(ComplaintOutcome.REJECTED, complaint.outcome());
        assertEquals("the order was lawful", complaint.decisionReasons());
        assertEquals("ca-nl", complaint.decidedBy());
        assertEquals(T0.plusSeconds(300), complaint.decidedAt());
        assertEquals("REJECTED: the order was lawful", complaint.history().get(complaint.history().size() - 1).reason());
    }

    @Test
    void badTextIsRefusedNamingItsFieldAndNothingChanges() {
        assertField("summary", () -> Complaint.file(MemberState.DE, OrderKind.REMOVAL, ORDER, "r", MemberState.NL, " ", null, "a", T0));
        assertField("summary", () -> Complaint.file(MemberState.DE, OrderKind.REMOVAL, ORDER, "r", MemberState.NL,
                "x".repeat(Complaint.MAX_SUMMARY + 1), null, "a", T0));
        Complaint.file(MemberState.DE, OrderKind.REMOVAL, ORDER, "r", MemberState.NL, "x".repeat(Complaint.MAX_SUMMARY),
                "c".repeat(Complaint.MAX_CONTACT_REFERENCE), "a", T0);
        assertField("contactReference", () -> Complaint.file(MemberState.DE, OrderKind.REMOVAL, ORDER, "r", MemberState.NL,
                "s", "c".repeat(Complaint.MAX_CONTACT_REFERENCE + 1), "a", T0));
        Complaint complaint = in(UNDER_EXAMINATION, true);
        assertField("reasons", () -> complaint.decide(ComplaintOutcome.UPHELD, " ", "ca-nl", T0));
        assertField("reasons", () -> complaint.decide(ComplaintOutcome.UPHELD, "r".repeat(Complaint.MAX_REASONS + 1), "ca-nl", T0));
        assertField("reason", () -> complaint.withdraw(null, "ca-de", T0));
        assertField("reason", () -> complaint.withdraw("r".repeat(Complaint.MAX_REASONS + 1), "ca-de", T0));
        assertEquals(UNDER_EXAMINATION, complaint.state());
        assertNull(complaint.outcome());
        complaint.decide(ComplaintOutcome.UPHELD, "r".repeat(Complaint.MAX_REASONS), "ca-nl", T0);
        assertEquals(DECIDED, complaint.state());
        Complaint withdrawn = in(FORWARDED, true);
        withdrawn.withdraw("w".repeat(Complaint.MAX_REASONS), "ca-de", T0);
        assertEquals(WITHDRAWN, withdrawn.state());
    }

    @Test
    void everyEventHasItsAuditAction() {
        for (ComplaintEvent event : ComplaintEvent.values()) {
            assertTrue(ComplaintAction.of(event).name().startsWith("COMPLAINT_"));
            assertEquals("Complaint", ComplaintAction.of(event).objectType());
        }
        assertEquals(ComplaintEvent.values().length,
                Arrays.stream(ComplaintEvent.values()).map(ComplaintAction::of).distinct().count());
    }

    @Test
    void listsAreScopedByDirection() {
        assertEquals("", ComplaintRepository.where(eu.csar.orders.api.ComplaintDirection.RECEIVED, null));
        assertTrue(ComplaintRepository.where(eu.csar.orders.api.ComplaintDirection.RECEIVED, java.util.Set.of(MemberState.DE))
                .contains("c.receivingMemberState in :states"));
        assertTrue(ComplaintRepository.where(eu.csar.orders.api.ComplaintDirection.FORWARDED, java.util.Set.of(MemberState.DE))
                .contains("c.establishmentMemberState in :states and c.receivingMemberState <> c.establishmentMemberState"));
        assertTrue(ComplaintRepository.where(eu.csar.orders.api.ComplaintDirection.ALL, java.util.Set.of(MemberState.DE))
                .contains("or c.establishmentMemberState in :states"));
    }

    static void assertField(String field, org.junit.jupiter.api.function.Executable call) {
        RuleViolationException refused = assertThrows(RuleViolationException.class, call);
        assertEquals(RuleViolationException.Code.INVALID, refused.code());
        assertEquals(field, refused.field());
    }
}
