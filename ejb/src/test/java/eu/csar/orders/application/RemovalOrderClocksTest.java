package eu.csar.orders.application;

import eu.csar.legal.api.LegalPeriod;
import eu.csar.legal.api.ProfileRef;
import eu.csar.orders.api.Addressee;
import eu.csar.orders.api.CannotExecuteReason;
import eu.csar.orders.api.ExecutionMeasure;
import eu.csar.orders.api.RemovalItemKind;
import eu.csar.orders.api.RemovalOrderState;
import eu.csar.orders.domain.RemovalOrder;
import eu.csar.orders.domain.RemovalOrderItem;
import eu.csar.orders.domain.RemovalOrderLifecycle;
import eu.csar.shared.domain.MemberState;
import eu.csar.shared.domain.ProviderId;
import eu.csar.shared.domain.RuleViolationException;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The removal order's clocks on a controllable clock that moves only when told, with the periods of the shipped
 * COM-2022-209 profile: 24 hours from receipt (Art 14(3)), stopped by an Annex V notice and run
 * again in full after the clarification (Art 14(5)-(6)); non-disclosure 6 weeks, extended once by 6
 * weeks, a second extension refused (Art 15(4)).
 */
class RemovalOrderClocksTest {

    static final LegalPeriod EXECUTION = LegalPeriod.parse("PT24H");
    static final LegalPeriod ACKNOWLEDGEMENT = LegalPeriod.parse("PT12H");
    static final LegalPeriod NON_DISCLOSURE = LegalPeriod.parse("P6W");
    static final LegalPeriod EXTENSION = LegalPeriod.parse("P6W");
    static final Set<String> PAUSING = Set.of("FORCE_MAJEURE", "DE_FACTO_IMPOSSIBILITY", "CLARIFICATION_REQUESTED");

    /** The controllable clock of these tests: stands still until moved forward, like the platform clock's test control. */
    static final class SteppedClock {
        private Instant now = Instant.parse("2026-03-01T10:17:03.123456Z");

        Instant now() {
            return now;
        }

        void advance(Duration by) {
            now = now.plus(by);
        }
    }

    final SteppedClock clock = new SteppedClock();

    RemovalOrder issue(LegalPeriod nonDisclosure) {
        RemovalOrder order = RemovalOrder.issue("NL-RO-1", MemberState.NL, "Rechtbank (demo)", ProviderId.random(),
                "Alpha Hosting", Addressee.POINT_OF_CONTACT, "poc@alpha.example",
                List.of(new RemovalOrderItem(RemovalItemKind.URL, "https://alpha.example/f/1")), "synthetic",
                new ProfileRef("COM-2022-209", 1), nonDisclosure, "judge-nl", clock.now());
        order.transmit(ACKNOWLEDGEMENT, "judge-nl", clock.now());
        return order;
    }

    @Test
    void theAcknowledgementFallsDueItsPeriodAfterTransmission() {
        RemovalOrder order = issue(null);
        assertEquals(order.transmittedAt().plus(Duration.ofHours(12)), order.acknowledgementDueAt());
        assertNull(order.executionDueAt(), "no execution clock before receipt");
    }

    @Test
    void the24HourClockRunsFromReceiptStopsOnAnAnnexVNoticeAndRunsInFullAfterTheClarification() {
        RemovalOrder order = issue(null);
        clock.advance(Duration.ofHours(3));
        Instant receipt = clock.now();
        order.acknowledge(EXECUTION, "provider", receipt);
        assertEquals(receipt.plus(Duration.ofHours(24)).truncatedTo(java.time.temporal.ChronoUnit.MICROS), order.executionDueAt());

        clock.advance(Duration.ofHours(6));
        order.declareCannotExecute(CannotExecuteReason.FORCE_MAJEURE, "data centre flooded (synthetic)", PAUSING, "provider",
                clock.now());
        assertEquals(RemovalOrderState.PAUSED, order.state());
        assertNull(order.executionDueAt(), "no due time while the clock stands");
        assertEquals(Duration.ofHours(18), order.remainingAtPause().orElseThrow());

        clock.advance(Duration.ofDays(3));
        Instant clarified = clock.now();
        order.clarify("the reasons ceased", EXECUTION, "judge-nl", clarified);
        assertEquals(RemovalOrderState.RECEIVED, order.state());
        Instant due = order.executionDueAt();
        assertEquals(Duration.ofHours(24), Duration.between(order.restartedAt(), due), "the full period again, not the 18 h left");
        assertTrue(due.isAfter(receipt.plus(Duration.ofDays(3))), "the pause moved the due time");

        clock.advance(Duration.ofHours(23));
        order.reportExecution(ExecutionMeasure.REMOVED, clock.now(), "provider", clock.now());
        assertEquals(RemovalOrderState.EXECUTED, order.state());
        assertEquals(Duration.ofHours(6 + 72 + 23), order.timeToRemoval().orElseThrow().truncatedTo(java.time.temporal.ChronoUnit.SECONDS),
                "time to removal counts from receipt to execution");
    }

    @Test
    void aReasonTheProfileDoesNotListDoesNotStopTheClock() {
        RemovalOrder order = issue(null);
        order.acknowledge(EXECUTION, "provider", clock.now());
        Instant due = order.executionDueAt();
        assertThrows(RuleViolationException.class, () -> order.declareCannotExecute(CannotExecuteReason.FORCE_MAJEURE, "x",
                Set.of("CLARIFICATION_REQUESTED"), "provider", clock.now()));
        assertEquals(RemovalOrderState.RECEIVED, order.state());
        assertEquals(due, order.executionDueAt());
    }

    @Test
    void anExecutionTimeBeforeTheReceiptOrInTheFutureIsRefused() {
        RemovalOrder order = issue(null);
        order.acknowledge(EXECUTION, "provider", clock.now());
        clock.advance(Duration.ofHours(1));
        assertThrows(RuleViolationException.class,
                () -> order.reportExecution(ExecutionMeasure.REMOVED, order.receivedAt().minusSeconds(1), "provider", clock.now()));
        assertThrows(RuleViolationException.class,
                () -> order.reportExecution(ExecutionMeasure.REMOVED, clock.now().plusSeconds(60), "provider", clock.now()));
        assertEquals(RemovalOrderState.RECEIVED, order.state());
    }

    @Test
    void overdueIsRecordedOnceAndOnlyWhileTheClockRuns() {
        RemovalOrder order = issue(null);
        assertFalse(order.markExecutionOverdue(clock.now()), "not received yet");
        order.acknowledge(EXECUTION, "provider", clock.now());
        clock.advance(Duration.ofHours(25));
        assertTrue(order.markExecutionOverdue(clock.now()));
        assertFalse(order.markExecutionOverdue(clock.now()));
    }

    @Test
    void nonDisclosureRunsSixWeeksAndIsExtendedOnceBySixWeeks() {
        Instant issued = clock.now();
        RemovalOrder order = issue(NON_DISCLOSURE);
        Instant first = order.nonDisclosureUntil();
        assertEquals(Duration.ofDays(42), Duration.between(order.issuedAt(), first));
        assertTrue(order.nonDisclosureRunsAt(issued.plus(Duration.ofDays(41))));

        clock.advance(Duration.ofDays(40));
        int rows = order.history().size();
        order.extendNonDisclosure(EXTENSION, 1, "investigation ongoing (synthetic)", "judge-nl", clock.now());
        assertEquals(first.plus(Duration.ofDays(42)), order.nonDisclosureUntil());
        assertEquals(1, order.nonDisclosureExtensions());
        assertEquals(rows + 1, order.history().size());
        assertEquals(RemovalOrderLifecycle.EXTEND_NON_DISCLOSURE, order.history().get(rows).event());

        clock.advance(Duration.ofDays(7));
        RuleViolationException second = assertThrows(RuleViolationException.class,
                () -> order.extendNonDisclosure(EXTENSION, 1, "again", "judge-nl", clock.now()));
        assertEquals(RuleViolationException.Code.NOT_PERMITTED_IN_STATE, second.code());
        assertEquals(first.plus(Duration.ofDays(42)), order.nonDisclosureUntil());
        assertFalse(order.nonDisclosureRunsAt(first.plus(Duration.ofDays(42))));
    }

    @Test
    void anEndedNonDisclosureIsNotExtendedAndAnOrderWithoutOneHasNothingToExtend() {
        RemovalOrder order = issue(NON_DISCLOSURE);
        clock.advance(Duration.ofDays(43));
        assertThrows(RuleViolationException.class, () -> order.extendNonDisclosure(EXTENSION, 1, "late", "judge-nl", clock.now()));
        assertEquals(0, order.nonDisclosureExtensions());
        RemovalOrder without = issue(null);
        assertThrows(RuleViolationException.class, () -> without.extendNonDisclosure(EXTENSION, 1, "x", "judge-nl", clock.now()));
    }
}
