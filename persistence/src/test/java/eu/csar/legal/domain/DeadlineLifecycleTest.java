package eu.csar.legal.domain;

import eu.csar.legal.api.DeadlinePlan;
import eu.csar.legal.api.DeadlineState;
import eu.csar.legal.api.DeadlineSubject;
import eu.csar.legal.api.LegalPeriod;
import eu.csar.legal.api.ProfileRef;
import eu.csar.shared.domain.RuleViolationException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.Instant;
import java.util.Arrays;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every (state, event) pair of the deadline workflow against the intended moves, written out here
 * independently of the table, and the same pairs applied to a real deadline: a move added, removed
 * or redirected in {@link DeadlineLifecycle} fails the pair it touches.
 */
class DeadlineLifecycleTest {

    static final Instant T0 = Instant.parse("2026-03-01T10:00:00Z");

    static final Map<DeadlineState, Map<DeadlineEvent, DeadlineState>> INTENDED = Map.of(
            DeadlineState.SCHEDULED, Map.of(
                    DeadlineEvent.PAUSE, DeadlineState.PAUSED,
                    DeadlineEvent.RESTART, DeadlineState.SCHEDULED,
                    DeadlineEvent.EXTEND, DeadlineState.SCHEDULED,
                    DeadlineEvent.REMIND, DeadlineState.SCHEDULED,
                    DeadlineEvent.FIRE, DeadlineState.FIRED,
                    DeadlineEvent.CANCEL, DeadlineState.CANCELLED),
            DeadlineState.PAUSED, Map.of(
                    DeadlineEvent.RESUME, DeadlineState.SCHEDULED,
                    DeadlineEvent.RESTART, DeadlineState.SCHEDULED,
                    DeadlineEvent.CANCEL, DeadlineState.CANCELLED),
            DeadlineState.FIRED, Map.of(
                    DeadlineEvent.ESCALATE, DeadlineState.ESCALATED,
                    DeadlineEvent.CANCEL, DeadlineState.CANCELLED),
            DeadlineState.ESCALATED, Map.of(
                    DeadlineEvent.ESCALATE, DeadlineState.ESCALATED,
                    DeadlineEvent.CANCEL, DeadlineState.CANCELLED));

    static Stream<Arguments> everyStateAndEvent() {
        return Arrays.stream(DeadlineState.values())
                .flatMap(state -> Arrays.stream(DeadlineEvent.values()).map(event -> Arguments.of(state, event)));
    }

    @ParameterizedTest(name = "{0} on {1}")
    @MethodSource("everyStateAndEvent")
    void theTableAllowsExactlyTheIntendedMoves(DeadlineState state, DeadlineEvent event) {
        DeadlineState intended = INTENDED.getOrDefault(state, Map.of()).get(event);
        if (intended != null) {
            assertTrue(DeadlineLifecycle.TABLE.permits(state, event));
            assertTrue(DeadlineLifecycle.TABLE.eventsFrom(state).contains(event));
            assertEquals(intended, DeadlineLifecycle.TABLE.next(state, event));
        } else {
            assertFalse(DeadlineLifecycle.TABLE.permits(state, event));
            assertFalse(DeadlineLifecycle.TABLE.eventsFrom(state).contains(event));
            RuleViolationException refused = assertThrows(RuleViolationException.class, () -> DeadlineLifecycle.TABLE.next(state, event));
            assertEquals(RuleViolationException.Code.NOT_PERMITTED_IN_STATE, refused.code());
        }
    }

    @ParameterizedTest(name = "{0} on {1}")
    @MethodSource("everyStateAndEvent")
    void theDeadlineMovesAsTheTableSaysAndRecordsEachMove(DeadlineState state, DeadlineEvent event) {
        Deadline deadline = in(state);
        int rows = deadline.history().size();
        DeadlineState intended = INTENDED.getOrDefault(state, Map.of()).get(event);
        Instant later = T0.plusSeconds(3600);
        Runnable move = () -> apply(deadline, event, later);
        if (intended != null) {
            move.run();
            assertEquals(intended, deadline.state());
            assertEquals(rows + 1, deadline.history().size());
            DeadlineStatusChange last = deadline.history().get(rows);
            assertEquals(state, last.fromState().orElseThrow());
            assertEquals(event, last.event());
            assertEquals(intended, last.toState());
            assertEquals(deadline.dueAt(), last.dueAt());
            assertEquals("tester", last.actor());
        } else {
            assertThrows(RuntimeException.class, move::run);
            assertEquals(state, deadline.state());
            assertEquals(rows, deadline.history().size());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("everyStateAndEvent")
    void schedulingIsNeverAMoveWithinTheTable(DeadlineState state, DeadlineEvent event) {
        if (event == DeadlineEvent.SCHEDULE) {
            assertFalse(DeadlineLifecycle.TABLE.permits(state, event));
        }
        assertEquals(DeadlineState.SCHEDULED, DeadlineLifecycle.INITIAL);
    }

    /** A deadline (24 h, reminder 2 h before, escalation 1 h after) brought into {@code state} by allowed moves. */
    static Deadline in(DeadlineState state) {
        Deadline d = Deadline.schedule(new DeadlinePlan("test.kind", new DeadlineSubject("Case", "42"),
                new ProfileRef("COM-2022-209", 1), LegalPeriod.hours(24), T0, LegalPeriod.hours(2), LegalPeriod.hours(1),
                "centre-admin"), "tester", T0);
        switch (state) {
            case PAUSED -> d.pause("tester", "setup", T0);
            case FIRED -> d.fire("tester", T0.plusSeconds(86_400));
            case ESCALATED -> {
                d.fire("tester", T0.plusSeconds(86_400));
                d.escalate("tester", "setup", T0.plusSeconds(90_000));
            }
            case CANCELLED -> d.cancel("tester", "setup", T0);
            default -> {
            }
        }
        return d;
    }

    static void apply(Deadline d, DeadlineEvent event, Instant at) {
        switch (event) {
            case SCHEDULE -> throw new RuleViolationException(RuleViolationException.Code.NOT_PERMITTED_IN_STATE, null, "scheduled already");
            case PAUSE -> d.pause("tester", "force majeure", at);
            case RESUME -> d.resume("tester", null, at);
            case RESTART -> d.restart("tester", "clarified", at);
            case EXTEND -> d.extend(LegalPeriod.hours(6), 1, "tester", null, at);
            case REMIND -> d.remind("tester", at);
            case FIRE -> d.fire("tester", at);
            case ESCALATE -> d.escalate("tester", "overdue", at);
            case CANCEL -> d.cancel("tester", "closed", at);
        }
    }
}
