package eu.csar.orders.domain;

import eu.csar.shared.domain.RuleViolationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import static eu.csar.orders.domain.DetectionOrderEvent.*;
import static eu.csar.orders.domain.DetectionOrderState.*;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every (state, event) pair of the detection-order workflow (Art 7-11) against the intended moves,
 * written out here independently of the table, and the reasons the table's callers must give.
 */
class DetectionOrderLifecycleTest {

    static final Map<DetectionOrderState, Map<DetectionOrderEvent, DetectionOrderState>> INTENDED = intended();

    private static Map<DetectionOrderState, Map<DetectionOrderEvent, DetectionOrderState>> intended() {
        Map<DetectionOrderState, Map<DetectionOrderEvent, DetectionOrderState>> m = new EnumMap<>(DetectionOrderState.class);
        m.put(DRAFTED, Map.of(SEND_FOR_CONSULTATION, IN_CONSULTATION, WITHDRAW, WITHDRAWN));
        m.put(IN_CONSULTATION, Map.of(RECORD_PROVIDER_COMMENTS, IN_CONSULTATION, RECORD_CENTRE_OPINION, IN_CONSULTATION,
                ADJUST_DRAFT, ADJUSTED, WITHDRAW, WITHDRAWN));
        m.put(ADJUSTED, Map.of(RECORD_IMPLEMENTATION_PLAN, PLAN_RECORDED, WITHDRAW, WITHDRAWN));
        m.put(PLAN_RECORDED, Map.of(RECORD_IMPLEMENTATION_PLAN, PLAN_RECORDED, RECORD_DPIA, PLAN_RECORDED,
                RECORD_DPA_OPINION, PLAN_RECORDED, SUBMIT_TO_ISSUING_AUTHORITY, SUBMITTED, WITHDRAW, WITHDRAWN));
        m.put(SUBMITTED, Map.of(ISSUE, ISSUED, REFUSE, REFUSED));
        m.put(ISSUED, Map.of(TRANSMIT, TRANSMITTED, REVOKE, REVOKED));
        m.put(TRANSMITTED, Map.of(ACKNOWLEDGE_RECEIPT, RECEIVED, MODIFY, MODIFIED, REVOKE, REVOKED));
        m.put(RECEIVED, Map.of(CLOSE_APPEAL_WINDOW, FINAL, ANSWER_ANNEX_II, PAUSED_BEFORE_FINAL, MODIFY, MODIFIED, REVOKE, REVOKED));
        m.put(FINAL, Map.of(START, IN_FORCE, ANSWER_ANNEX_II, PAUSED_BEFORE_START, MODIFY, MODIFIED, REVOKE, REVOKED));
        m.put(IN_FORCE, Map.of(MID_TERM_REPORT_FALLS_DUE, MID_TERM_REPORT_DUE, ANSWER_ANNEX_II, PAUSED_IN_FORCE,
                EXPIRE, EXPIRED, MODIFY, MODIFIED, REVOKE, REVOKED));
        m.put(MID_TERM_REPORT_DUE, Map.of(RECORD_MID_TERM_REPORT, IN_FORCE, EXPIRE, EXPIRED, MODIFY, MODIFIED, REVOKE, REVOKED));
        m.put(PAUSED_BEFORE_FINAL, Map.of(RESUME, RECEIVED, CLOSE_APPEAL_WINDOW, PAUSED_BEFORE_START, MODIFY, MODIFIED,
                REVOKE, REVOKED));
        m.put(PAUSED_BEFORE_START, Map.of(RESUME, FINAL, START, PAUSED_IN_FORCE, MODIFY, MODIFIED, REVOKE, REVOKED));
        m.put(PAUSED_IN_FORCE, Map.of(RESUME, IN_FORCE, MID_TERM_REPORT_FALLS_DUE, PAUSED_IN_FORCE,
                RECORD_MID_TERM_REPORT, PAUSED_IN_FORCE, EXPIRE, EXPIRED, MODIFY, MODIFIED, REVOKE, REVOKED));
        for (DetectionOrderState end : EnumSet.of(REFUSED, EXPIRED, MODIFIED, REVOKED, WITHDRAWN)) {
            m.put(end, Map.of());
        }
        return m;
    }

    static Stream<Arguments> everyStateAndEvent() {
        return Arrays.stream(DetectionOrderState.values())
                .flatMap(state -> Arrays.stream(DetectionOrderEvent.values()).map(event -> Arguments.of(state, event)));
    }

    @ParameterizedTest(name = "{0} on {1}")
    @MethodSource("everyStateAndEvent")
    void theTableAllowsExactlyTheIntendedMoves(DetectionOrderState state, DetectionOrderEvent event) {
        DetectionOrderState intended = INTENDED.get(state).get(event);
        if (intended != null) {
            assertTrue(DetectionOrderLifecycle.TABLE.permits(state, event));
            assertTrue(DetectionOrderLifecycle.TABLE.eventsFrom(state).contains(event));
            assertEquals(intended, DetectionOrderLifecycle.TABLE.next(state, event));
            assertEquals(intended, DetectionOrderLifecycle.next(state, event, "a reason"));
        } else {
            assertFalse(DetectionOrderLifecycle.TABLE.permits(state, event));
            assertFalse(DetectionOrderLifecycle.TABLE.eventsFrom(state).contains(event));
            RuleViolationException refused = assertThrows(RuleViolationException.class,
                    () -> DetectionOrderLifecycle.next(state, event, "a reason"));
            assertEquals(RuleViolationException.Code.NOT_PERMITTED_IN_STATE, refused.code());
            assertTrue(refused.getMessage().startsWith("The detection order is " + state), refused.getMessage());
        }
    }

    @Test
    void everyStateIsListedInTheIntendedMoves() {
        assertEquals(EnumSet.allOf(DetectionOrderState.class), INTENDED.keySet());
    }

    @Test
    void aNewRequestIsADraftAndTheEndsAreTheStatesWithoutEvents() {
        assertEquals(DRAFTED, DetectionOrderLifecycle.INITIAL);
        for (DetectionOrderState state : DetectionOrderState.values()) {
            assertEquals(DetectionOrderLifecycle.ENDS.contains(state), DetectionOrderLifecycle.TABLE.eventsFrom(state).isEmpty(),
                    state.name());
        }
    }

    @Test
    void everyStateCanBeReachedFromTheDraftAndEveryNonEndCanReachAnEnd() {
        Set<DetectionOrderState> reached = EnumSet.of(DetectionOrderLifecycle.INITIAL);
        Deque<DetectionOrderState> todo = new ArrayDeque<>(reached);
        while (!todo.isEmpty()) {
            DetectionOrderState s = todo.pop();
            for (DetectionOrderEvent e : DetectionOrderLifecycle.TABLE.eventsFrom(s)) {
                if (reached.add(DetectionOrderLifecycle.TABLE.next(s, e))) {
                    todo.push(DetectionOrderLifecycle.TABLE.next(s, e));
                }
            }
        }
        assertEquals(EnumSet.allOf(DetectionOrderState.class), reached);
        for (DetectionOrderState s : DetectionOrderState.values()) {
            if (!DetectionOrderLifecycle.ENDS.contains(s)) {
                assertTrue(DetectionOrderLifecycle.TABLE.eventsFrom(s).stream()
                        .anyMatch(e -> DetectionOrderLifecycle.TABLE.next(s, e) != s), s + " can move on");
            }
        }
    }

    @Test
    void theMainPathRunsFromTheDraftToExpiry() {
        DetectionOrderState s = DetectionOrderLifecycle.INITIAL;
        for (DetectionOrderEvent e : new DetectionOrderEvent[]{SEND_FOR_CONSULTATION, RECORD_PROVIDER_COMMENTS, RECORD_CENTRE_OPINION,
                ADJUST_DRAFT, RECORD_IMPLEMENTATION_PLAN, RECORD_DPIA, RECORD_DPA_OPINION, SUBMIT_TO_ISSUING_AUTHORITY, ISSUE,
                TRANSMIT, ACKNOWLEDGE_RECEIPT, CLOSE_APPEAL_WINDOW, START, MID_TERM_REPORT_FALLS_DUE, RECORD_MID_TERM_REPORT, EXPIRE}) {
            s = DetectionOrderLifecycle.next(s, e, null);
        }
        assertEquals(EXPIRED, s);
    }

    @Test
    void anAnnexIIPauseFollowsTheOrderThroughItsPhasesAndResumesWhereItHasGot() {
        DetectionOrderState s = DetectionOrderLifecycle.next(RECEIVED, ANSWER_ANNEX_II, "the indicator set is not named");
        s = DetectionOrderLifecycle.next(s, CLOSE_APPEAL_WINDOW, null);
        s = DetectionOrderLifecycle.next(s, START, null);
        assertEquals(PAUSED_IN_FORCE, s);
        assertEquals(IN_FORCE, DetectionOrderLifecycle.next(s, RESUME, null));
    }

    @ParameterizedTest
    @EnumSource(DetectionOrderEvent.class)
    void theDecisionsAgainstTheOrderNeedAReasonAndTheOthersDoNot(DetectionOrderEvent event) {
        boolean needs = EnumSet.of(REFUSE, ANSWER_ANNEX_II, MODIFY, REVOKE, WITHDRAW).contains(event);
        assertEquals(needs, DetectionOrderLifecycle.NEED_A_REASON.contains(event));
        for (String missing : new String[]{null, "", "  "}) {
            if (needs) {
                RuleViolationException refused = assertThrows(RuleViolationException.class,
                        () -> DetectionOrderLifecycle.checkReason(event, missing));
                assertEquals(RuleViolationException.Code.INVALID, refused.code());
                assertEquals("reason", refused.field());
            } else {
                assertDoesNotThrow(() -> DetectionOrderLifecycle.checkReason(event, missing));
            }
        }
        assertDoesNotThrow(() -> DetectionOrderLifecycle.checkReason(event, "because"));
    }

    @Test
    void aRefusalWithoutReasonsIsRefusedAndTheRequestStaysSubmitted() {
        RuleViolationException refused = assertThrows(RuleViolationException.class,
                () -> DetectionOrderLifecycle.next(SUBMITTED, REFUSE, " "));
        assertEquals("reason", refused.field());
        assertEquals(REFUSED, DetectionOrderLifecycle.next(SUBMITTED, REFUSE, "not necessary and proportionate"));
    }
}
