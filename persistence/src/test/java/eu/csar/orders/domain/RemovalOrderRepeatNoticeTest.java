package eu.csar.orders.domain;

import eu.csar.legal.api.LegalPeriod;
import eu.csar.legal.api.ProfileRef;
import eu.csar.orders.api.Addressee;
import eu.csar.orders.api.ExecutionMeasure;
import eu.csar.orders.api.RemovalItemKind;
import eu.csar.orders.api.RemovalOrderState;
import eu.csar.shared.domain.MemberState;
import eu.csar.shared.domain.ProviderId;
import eu.csar.shared.domain.RuleViolationException;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Checks whether removal-order items are still online and the repeat notices they cause (issue 10
 * §3), on a clock the test moves: only after execution or the execution period's end and before the
 * order closes; the latest check of an item (by its time) decides; every notice is a history row
 * without a change of state, and the time to removal stays receipt to the reported execution.
 */
class RemovalOrderRepeatNoticeTest {

    static final LegalPeriod ACKNOWLEDGEMENT = LegalPeriod.parse("PT12H");
    static final LegalPeriod EXECUTION = LegalPeriod.parse("PT24H");

    final DetectionOrderTestClock clock = new DetectionOrderTestClock(Instant.parse("2026-03-01T10:17:03.123456Z"));

    RemovalOrder received() {
        RemovalOrder order = RemovalOrder.issue("NL-RO-7", MemberState.NL, "Rechtbank (demo)", ProviderId.random(), "Alpha Hosting",
                Addressee.POINT_OF_CONTACT, "poc@alpha.example",
                List.of(new RemovalOrderItem(RemovalItemKind.URL, "https://alpha.example/f/1"),
                        new RemovalOrderItem(RemovalItemKind.CONTENT_REFERENCE, "file-id 4711 (synthetic)")),
                "synthetic", new ProfileRef("COM-2022-209", 1), null, "judge-nl", clock.instant());
        order.transmit(ACKNOWLEDGEMENT, "judge-nl", clock.instant());
        clock.advance(Duration.ofHours(1));
        order.acknowledge(EXECUTION, "alpha", clock.instant());
        return order;
    }

    RemovalOrder executed() {
        RemovalOrder order = received();
        clock.advance(Duration.ofHours(5));
        order.reportExecution(ExecutionMeasure.REMOVED, null, "alpha", clock.instant());
        return order;
    }

    static RemovalOrderStatusChange last(RemovalOrder order) {
        return order.history().get(order.history().size() - 1);
    }

    @Test
    void beforeExecutionOrTheEndOfThePeriodNothingIsChecked() {
        RemovalOrder order = received();
        int rows = order.history().size();
        RuleViolationException refused = assertThrows(RuleViolationException.class,
                () -> order.recordOnlineCheck(0, true, null, "reviewer", clock.instant()));
        assertEquals(RuleViolationException.Code.NOT_PERMITTED_IN_STATE, refused.code());
        assertEquals(rows, order.history().size());
        assertTrue(order.onlineChecks().isEmpty());
        assertFalse(order.sendRepeatNotice("system", clock.instant()));
    }

    @Test
    void anItemStillOnlineAfterExecutionGetsANoticeEachTimeUntilACheckFindsItGone() {
        RemovalOrder order = executed();
        Duration timeToRemoval = order.timeToRemoval().orElseThrow();
        assertEquals(Duration.ofHours(5), timeToRemoval);

        clock.advance(Duration.ofHours(2));
        Instant checked = clock.instant().minus(Duration.ofMinutes(10));
        order.recordOnlineCheck(1, true, checked, "reviewer", clock.instant());
        assertEquals(List.of(1), order.itemsStillOnline());
        RemovalOrderOnlineCheck check = order.onlineChecks().get(0);
        assertEquals(1, check.item());
        assertTrue(check.stillOnline());
        assertEquals(checked, check.checkedAt());
        assertEquals("reviewer", check.checkedBy());
        assertEquals(clock.instant(), check.recordedAt());
        RemovalOrderStatusChange checkRow = last(order);
        assertEquals(RemovalOrderLifecycle.ONLINE_CHECK, checkRow.event());
        assertEquals(RemovalOrderState.EXECUTED, checkRow.fromState().orElseThrow());
        assertEquals(RemovalOrderState.EXECUTED, checkRow.toState());
        assertEquals("item 1 still online at " + checked, checkRow.reason());

        assertTrue(order.sendRepeatNotice("system", clock.instant()));
        assertEquals(1, order.repeatNotices());
        assertEquals(clock.instant(), order.lastRepeatNoticeAt());
        assertEquals(RemovalOrderLifecycle.REPEAT_NOTICE, last(order).event());
        assertEquals("notice 1: item(s) [1] still online", last(order).reason());
        assertEquals(RemovalOrderState.EXECUTED, last(order).toState());

        clock.advance(Duration.ofHours(24));
        assertTrue(order.sendRepeatNotice("system", clock.instant()));
        assertEquals(2, order.repeatNotices());
        assertEquals(clock.instant(), order.lastRepeatNoticeAt());

        clock.advance(Duration.ofHours(3));
        order.recordOnlineCheck(1, false, null, "judge-nl", clock.instant());
        assertEquals("item 1 no longer online at " + clock.instant(), last(order).reason());
        assertTrue(order.itemsStillOnline().isEmpty());
        Instant lastNotice = order.lastRepeatNoticeAt();
        clock.advance(Duration.ofHours(24));
        assertFalse(order.sendRepeatNotice("system", clock.instant()));
        assertEquals(2, order.repeatNotices());
        assertEquals(lastNotice, order.lastRepeatNoticeAt());
        assertEquals(RemovalOrderState.EXECUTED, order.state());
        assertEquals(timeToRemoval, order.timeToRemoval().orElseThrow(), "checks and notices leave the time to removal alone");
    }

    @Test
    void anOverdueOrderIsCheckedToo() {
        RemovalOrder order = received();
        clock.advance(Duration.ofHours(25));
        assertTrue(order.markExecutionOverdue(clock.instant()));
        order.recordOnlineCheck(0, true, null, "reviewer", clock.instant());
        assertTrue(order.sendRepeatNotice("system", clock.instant()));
        assertEquals(RemovalOrderState.RECEIVED, order.state());
        assertTrue(order.timeToRemoval().isEmpty());
    }

    @Test
    void theLatestCheckOfAnItemByItsTimeDecides() {
        RemovalOrder order = executed();
        clock.advance(Duration.ofHours(4));
        Instant earlier = clock.instant().minus(Duration.ofHours(2));
        order.recordOnlineCheck(0, false, null, "reviewer", clock.instant());
        order.recordOnlineCheck(0, true, earlier, "judge-nl", clock.instant());
        assertTrue(order.itemsStillOnline().isEmpty(), "a check recorded late but made earlier does not overrule");
        order.recordOnlineCheck(1, true, null, "reviewer", clock.instant());
        order.recordOnlineCheck(0, true, null, "reviewer", clock.instant());
        assertEquals(List.of(0, 1), order.itemsStillOnline());
    }

    @Test
    void anItemTheOrderDoesNotNameOrATimeOutsideIssueToNowIsRefused() {
        RemovalOrder order = executed();
        int rows = order.history().size();
        for (int item : new int[]{-1, 2}) {
            RuleViolationException refused = assertThrows(RuleViolationException.class,
                    () -> order.recordOnlineCheck(item, true, null, "reviewer", clock.instant()));
            assertEquals("item", refused.field());
            assertEquals(RuleViolationException.Code.INVALID, refused.code());
        }
        for (Instant at : new Instant[]{clock.instant().plusSeconds(1), order.issuedAt().minusSeconds(1)}) {
            RuleViolationException refused = assertThrows(RuleViolationException.class,
                    () -> order.recordOnlineCheck(0, true, at, "reviewer", clock.instant()));
            assertEquals("checkedAt", refused.field());
        }
        order.recordOnlineCheck(0, true, order.issuedAt(), "reviewer", clock.instant());
        order.recordOnlineCheck(1, true, clock.instant(), "reviewer", clock.instant());
        assertEquals(rows + 2, order.history().size(), "the bounds themselves are allowed; nothing else was written");
    }

    @Test
    void aClosedOrderIsNoLongerCheckedNorNoticed() {
        RemovalOrder order = executed();
        order.recordOnlineCheck(0, true, null, "reviewer", clock.instant());
        order.close(RemovalOrderEvent.CLOSE, null, "judge-nl", clock.instant());
        assertThrows(RuleViolationException.class, () -> order.recordOnlineCheck(0, true, null, "reviewer", clock.instant()));
        assertFalse(order.sendRepeatNotice("system", clock.instant()));
        assertEquals(0, order.repeatNotices());
        assertNull(order.lastRepeatNoticeAt());
    }

    @Test
    void thePendingNoticeDeadlineIsKeptAndCleared() {
        RemovalOrder order = executed();
        assertTrue(order.repeatNoticeDeadline().isEmpty());
        UUID deadline = UUID.randomUUID();
        order.repeatNoticeDeadline(deadline);
        assertEquals(deadline, order.repeatNoticeDeadline().orElseThrow());
        order.repeatNoticeDeadline(null);
        assertTrue(order.repeatNoticeDeadline().isEmpty());
    }
}
