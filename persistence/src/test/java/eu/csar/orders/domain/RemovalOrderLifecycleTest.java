package eu.csar.orders.domain;

import eu.csar.legal.api.LegalPeriod;
import eu.csar.legal.api.ProfileRef;
import eu.csar.orders.api.Addressee;
import eu.csar.orders.api.CannotExecuteReason;
import eu.csar.orders.api.Contestant;
import eu.csar.orders.api.ExecutionMeasure;
import eu.csar.orders.api.RedressOutcome;
import eu.csar.orders.api.RemovalItemKind;
import eu.csar.orders.api.RemovalOrderState;
import eu.csar.shared.domain.MemberState;
import eu.csar.shared.domain.ProviderId;
import eu.csar.shared.domain.RuleViolationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import static eu.csar.orders.api.RemovalOrderState.CLOSED;
import static eu.csar.orders.api.RemovalOrderState.CONTESTED;
import static eu.csar.orders.api.RemovalOrderState.ESCALATED;
import static eu.csar.orders.api.RemovalOrderState.EXECUTED;
import static eu.csar.orders.api.RemovalOrderState.ISSUED;
import static eu.csar.orders.api.RemovalOrderState.PAUSED;
import static eu.csar.orders.api.RemovalOrderState.RECEIVED;
import static eu.csar.orders.api.RemovalOrderState.TRANSMITTED;
import static eu.csar.orders.domain.RemovalOrderEvent.ACKNOWLEDGE;
import static eu.csar.orders.domain.RemovalOrderEvent.CLARIFY;
import static eu.csar.orders.domain.RemovalOrderEvent.CLOSE;
import static eu.csar.orders.domain.RemovalOrderEvent.CONTEST;
import static eu.csar.orders.domain.RemovalOrderEvent.DECLARE_CANNOT_EXECUTE;
import static eu.csar.orders.domain.RemovalOrderEvent.ESCALATE;
import static eu.csar.orders.domain.RemovalOrderEvent.RECORD_OUTCOME;
import static eu.csar.orders.domain.RemovalOrderEvent.REPORT_EXECUTION;
import static eu.csar.orders.domain.RemovalOrderEvent.TRANSMIT;
import static eu.csar.orders.domain.RemovalOrderEvent.WITHDRAW;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every (state, event) pair of the removal-order workflow against the intended moves, written out
 * here independently of the table, and the order itself moving through each (history row with its
 * legal basis, or nothing changed when refused).
 */
class RemovalOrderLifecycleTest {

    static final Instant T0 = Instant.parse("2026-12-02T10:00:00Z");
    static final LegalPeriod H24 = LegalPeriod.hours(24);
    static final LegalPeriod ACK = LegalPeriod.hours(12);
    static final Set<String> PAUSING = Set.of("FORCE_MAJEURE", "DE_FACTO_IMPOSSIBILITY", "CLARIFICATION_REQUESTED");

    static final Map<RemovalOrderState, Map<RemovalOrderEvent, RemovalOrderState>> INTENDED = Map.of(
            ISSUED, Map.of(TRANSMIT, TRANSMITTED, WITHDRAW, CLOSED),
            TRANSMITTED, Map.of(ACKNOWLEDGE, RECEIVED, ESCALATE, ESCALATED, WITHDRAW, CLOSED),
            ESCALATED, Map.of(ACKNOWLEDGE, RECEIVED, WITHDRAW, CLOSED),
            RECEIVED, Map.of(DECLARE_CANNOT_EXECUTE, PAUSED, REPORT_EXECUTION, EXECUTED, WITHDRAW, CLOSED),
            PAUSED, Map.of(CLARIFY, RECEIVED, WITHDRAW, CLOSED),
            EXECUTED, Map.of(CONTEST, CONTESTED, CLOSE, CLOSED),
            CONTESTED, Map.of(RECORD_OUTCOME, CLOSED),
            CLOSED, Map.of());

    static Stream<Arguments> everyStateAndEvent() {
        return Arrays.stream(RemovalOrderState.values())
                .flatMap(state -> Arrays.stream(RemovalOrderEvent.values()).map(event -> Arguments.of(state, event)));
    }

    static RemovalOrder issued(LegalPeriod nonDisclosure) {
        return RemovalOrder.issue("NL-RO-2026-1", MemberState.NL, "Rechtbank Den Haag (demo)",
                ProviderId.of("7f3b1c2e-0a4d-4c1e-9b8a-1d2e3f4a5b01"), "Alpha Hosting", Addressee.POINT_OF_CONTACT,
                "poc@alpha.example", List.of(new RemovalOrderItem(RemovalItemKind.URL, "https://alpha.example/f/1")),
                "synthetic reasons", new ProfileRef("COM-2022-209", 1), nonDisclosure, "judge-nl", T0);
    }

    /** Applies {@code event} as the services do, with the arguments each needs. */
    static void apply(RemovalOrder order, RemovalOrderEvent event, Instant at) {
        switch (event) {
            case TRANSMIT -> order.transmit(ACK, "system", at);
            case ACKNOWLEDGE -> order.acknowledge(H24, "provider", at);
            case ESCALATE -> order.escalate("not acknowledged", "system", at);
            case DECLARE_CANNOT_EXECUTE -> order.declareCannotExecute(CannotExecuteReason.FORCE_MAJEURE, "flood", PAUSING, "provider", at);
            case CLARIFY -> order.clarify("reasons ceased", H24, "judge-nl", at);
            case REPORT_EXECUTION -> order.reportExecution(ExecutionMeasure.REMOVED, at, "provider", at);
            case CONTEST -> order.contest(Contestant.UPLOADER, "C/09/1", "judge-nl", at);
            case RECORD_OUTCOME -> order.recordOutcome(RedressOutcome.UPHELD, null, "judge-nl", at);
            case CLOSE -> order.close(CLOSE, null, "judge-nl", at);
            case WITHDRAW -> order.close(WITHDRAW, "issued in error", "judge-nl", at);
        }
    }

    /** An order brought into {@code state} along the workflow's own moves. */
    static RemovalOrder in(RemovalOrderState state) {
        RemovalOrder order = issued(null);
        List<RemovalOrderEvent> path = switch (state) {
            case ISSUED -> List.of();
            case TRANSMITTED -> List.of(TRANSMIT);
            case ESCALATED -> List.of(TRANSMIT, ESCALATE);
            case RECEIVED -> List.of(TRANSMIT, ACKNOWLEDGE);
            case PAUSED -> List.of(TRANSMIT, ACKNOWLEDGE, DECLARE_CANNOT_EXECUTE);
            case EXECUTED -> List.of(TRANSMIT, ACKNOWLEDGE, REPORT_EXECUTION);
            case CONTESTED -> List.of(TRANSMIT, ACKNOWLEDGE, REPORT_EXECUTION, CONTEST);
            case CLOSED -> List.of(WITHDRAW);
        };
        path.forEach(e -> apply(order, e, T0.plusSeconds(60)));
        assertEquals(state, order.state());
        return order;
    }

    @ParameterizedTest(name = "{0} on {1}")
    @MethodSource("everyStateAndEvent")
    void theTableAllowsExactlyTheIntendedMoves(RemovalOrderState state, RemovalOrderEvent event) {
        RemovalOrderState intended = INTENDED.get(state).get(event);
        if (intended != null) {
            assertTrue(RemovalOrderLifecycle.TABLE.permits(state, event));
            assertTrue(RemovalOrderLifecycle.TABLE.eventsFrom(state).contains(event));
            assertEquals(intended, RemovalOrderLifecycle.TABLE.next(state, event));
        } else {
            assertFalse(RemovalOrderLifecycle.TABLE.permits(state, event));
            assertFalse(RemovalOrderLifecycle.TABLE.eventsFrom(state).contains(event));
            RuleViolationException refused = assertThrows(RuleViolationException.class,
                    () -> RemovalOrderLifecycle.TABLE.next(state, event));
            assertEquals(RuleViolationException.Code.NOT_PERMITTED_IN_STATE, refused.code());
        }
    }

    @ParameterizedTest(name = "{0} on {1}")
    @MethodSource("everyStateAndEvent")
    void theOrderMovesAsTheTableSaysAndRecordsEachMove(RemovalOrderState state, RemovalOrderEvent event) {
        RemovalOrder order = in(state);
        int rows = order.history().size();
        RemovalOrderState intended = INTENDED.get(state).get(event);
        Instant at = T0.plusSeconds(120);
        if (intended != null) {
            apply(order, event, at);
            assertEquals(intended, order.state());
            assertEquals(at, order.stateChangedAt());
            assertEquals(rows + 1, order.history().size());
            RemovalOrderStatusChange last = order.history().get(rows);
            assertEquals(state, last.fromState().orElseThrow());
            assertEquals(event.name(), last.event());
            assertEquals(intended, last.toState());
            assertEquals(event.legalBasis(), last.legalBasis());
            assertEquals(RemovalOrderLifecycle.TABLE.eventsFrom(intended), order.possibleEvents());
        } else {
            assertThrows(RuleViolationException.class, () -> apply(order, event, at));
            assertEquals(state, order.state());
            assertEquals(rows, order.history().size());
        }
    }

    @Test
    void aNewOrderIsIssuedWithItsFirstHistoryRowAndPinnedProfile() {
        RemovalOrder order = issued(null);
        assertEquals(ISSUED, order.state());
        assertEquals(1, order.history().size());
        assertTrue(order.history().get(0).fromState().isEmpty());
        assertEquals(RemovalOrderLifecycle.ISSUE, order.history().get(0).event());
        assertEquals(new ProfileRef("COM-2022-209", 1), order.profile());
        assertEquals("https://alpha.example/f/1", order.items().get(0).locator());
    }

    @Test
    void anOrderNamesItemsAndReasons() {
        assertThrows(RuleViolationException.class, () -> RemovalOrder.issue("r", MemberState.NL, "a",
                ProviderId.random(), "p", Addressee.POINT_OF_CONTACT, "e@x.example", List.of(), "why",
                new ProfileRef("COM-2022-209", 1), null, "judge", T0));
        assertThrows(RuleViolationException.class, () -> RemovalOrder.issue("r", MemberState.NL, "a",
                ProviderId.random(), "p", Addressee.POINT_OF_CONTACT, "e@x.example",
                List.of(new RemovalOrderItem(RemovalItemKind.URL, "https://x.example")), " ",
                new ProfileRef("COM-2022-209", 1), null, "judge", T0));
    }

    @Test
    void everyEventHasItsAuditAction() {
        for (RemovalOrderEvent event : RemovalOrderEvent.values()) {
            assertTrue(RemovalOrderAction.of(event).name().startsWith("REMOVAL_ORDER_"));
            assertEquals("RemovalOrder", RemovalOrderAction.of(event).objectType());
        }
        assertEquals(RemovalOrderEvent.values().length,
                Arrays.stream(RemovalOrderEvent.values()).map(RemovalOrderAction::of).distinct().count());
    }
}
