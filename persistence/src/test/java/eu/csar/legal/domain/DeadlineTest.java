package eu.csar.legal.domain;

import eu.csar.legal.api.DeadlinePlan;
import eu.csar.legal.api.DeadlineState;
import eu.csar.legal.api.DeadlineSubject;
import eu.csar.legal.api.DeadlineView;
import eu.csar.legal.api.LegalPeriod;
import eu.csar.legal.api.ProfileRef;
import eu.csar.shared.domain.RuleViolationException;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A deadline's due, reminder and escalation times through its moves, and what the sweep must do when. */
class DeadlineTest {

    static final Instant T0 = Instant.parse("2026-03-01T10:00:00Z");
    static final ProfileRef PROFILE = new ProfileRef("COM-2022-209", 1);
    static final DeadlineSubject CASE = new DeadlineSubject("RemovalOrder", "7");

    static Instant hours(double h) {
        return T0.plusSeconds(Math.round(h * 3600));
    }

    static Deadline removalOrder() {
        return Deadline.schedule(new DeadlinePlan("removal-order.execution", CASE, PROFILE, LegalPeriod.hours(24), null,
                LegalPeriod.hours(2), LegalPeriod.hours(1), "coordinating-authority"), "judge-nl", T0);
    }

    @Test
    void aScheduledDeadlineRunsTheProfilePeriodFromItsStart() {
        Deadline d = removalOrder();
        DeadlineView v = d.view();
        assertEquals(DeadlineState.SCHEDULED, v.state());
        assertEquals(T0, v.startedAt());
        assertEquals(hours(24), v.dueAt());
        assertEquals(hours(22), v.reminderAt());
        assertEquals(hours(25), v.escalateAt());
        assertEquals("PT24H", v.rule());
        assertEquals(PROFILE, v.profile());
        assertEquals(CASE, v.subject());
        assertEquals("removal-order.execution", v.kind());
        assertEquals("coordinating-authority", v.escalateTo());
        assertEquals(1, d.history().size());
        assertEquals(DeadlineEvent.SCHEDULE, d.history().get(0).event());
        assertTrue(d.history().get(0).fromState().isEmpty());
        assertEquals("judge-nl", d.history().get(0).actor());
    }

    @Test
    void aPlanMayGiveItsOwnStart() {
        Deadline d = Deadline.schedule(new DeadlinePlan("k", CASE, PROFILE, LegalPeriod.months(3), Instant.parse("2026-01-31T08:00:00Z"),
                null, null, null), "a", T0);
        assertEquals(Instant.parse("2026-04-30T08:00:00Z"), d.dueAt());
        assertTrue(d.reminderAt().isEmpty());
        assertTrue(d.escalateAt().isEmpty());
    }

    @Test
    void theSweepRemindsThenFiresThenEscalatesEachOnce() {
        Deadline d = removalOrder();
        assertEquals(Optional.empty(), d.stepAt(hours(21.99)));
        assertEquals(Optional.of(Deadline.Step.REMIND), d.stepAt(hours(22)));
        d.remind("system", hours(22));
        assertEquals(Optional.empty(), d.stepAt(hours(23)));
        assertThrows(IllegalStateException.class, () -> d.remind("system", hours(23)));
        assertEquals(Optional.of(Deadline.Step.FIRE), d.stepAt(hours(24)));
        d.fire("system", hours(24));
        assertEquals(DeadlineState.FIRED, d.state());
        assertEquals(Optional.empty(), d.stepAt(hours(24.5)));
        assertEquals(Optional.of(Deadline.Step.ESCALATE), d.stepAt(hours(25)));
        d.escalate("system", "overdue", hours(25));
        assertEquals(DeadlineState.ESCALATED, d.state());
        assertEquals(1, d.escalationLevel());
        assertEquals(Optional.empty(), d.stepAt(hours(100)));
        d.escalate("centre-admin", "still overdue", hours(30));
        assertEquals(2, d.escalationLevel());
    }

    @Test
    void firingWhenTheReminderWasMissedComesFirst() {
        Deadline d = removalOrder();
        assertEquals(Optional.of(Deadline.Step.FIRE), d.stepAt(hours(26)));
    }

    @Test
    void aPausedDeadlineIsNeverDueAndResumesWithTheTimeItHadLeft() {
        Deadline d = removalOrder();
        d.pause("ca-nl", "force majeure", hours(6));
        assertEquals(Duration.ofHours(18), d.view().remaining());
        assertEquals(Optional.empty(), d.stepAt(hours(1000)));
        d.resume("ca-nl", null, hours(30));
        assertNull(d.view().remaining());
        assertEquals(hours(48), d.dueAt());
        assertEquals(hours(46), d.reminderAt().orElseThrow());
        assertEquals(hours(49), d.escalateAt().orElseThrow());
        assertEquals(Optional.empty(), d.stepAt(hours(45.9)));
        assertEquals(Optional.of(Deadline.Step.FIRE), d.stepAt(hours(48)));
    }

    @Test
    void aRestartRunsTheFullPeriodAgainAndTheReminderAnew() {
        Deadline d = removalOrder();
        d.remind("system", hours(22));
        d.restart("ca-nl", "clarification received", hours(23));
        assertEquals(hours(47), d.dueAt());
        assertEquals(hours(23), d.view().startedAt());
        assertEquals(Optional.of(Deadline.Step.REMIND), d.stepAt(hours(45)));
        Deadline paused = removalOrder();
        paused.pause("ca-nl", "force majeure", hours(1));
        paused.restart("ca-nl", "clarified", hours(5));
        assertEquals(DeadlineState.SCHEDULED, paused.state());
        assertEquals(hours(29), paused.dueAt());
        assertNull(paused.view().remaining());
    }

    @Test
    void extensionsAreCountedAndLimited() {
        // non-disclosure: 6 weeks, extendable once by 6 weeks
        Deadline d = Deadline.schedule(DeadlinePlan.of("non-disclosure", CASE, PROFILE, LegalPeriod.weeks(6)), "a", T0);
        assertEquals(Instant.parse("2026-04-12T10:00:00Z"), d.dueAt());
        d.extend(LegalPeriod.weeks(6), 1, "a", null, T0);
        assertEquals(Instant.parse("2026-05-24T10:00:00Z"), d.dueAt());
        assertEquals(1, d.extensions());
        RuleViolationException refused = assertThrows(RuleViolationException.class,
                () -> d.extend(LegalPeriod.weeks(6), 1, "a", null, T0));
        assertEquals(RuleViolationException.Code.INVALID, refused.code());
        assertEquals(Instant.parse("2026-05-24T10:00:00Z"), d.dueAt());
        assertEquals(2, d.history().size());
        assertEquals("extended by P6W", d.history().get(1).reason());
        // where the profile allows two, the second one counts from the extended due time
        d.extend(LegalPeriod.weeks(6), 2, "a", "still needed", T0);
        assertEquals(Instant.parse("2026-07-05T10:00:00Z"), d.dueAt());
        assertEquals("still needed", d.history().get(2).reason());
        assertEquals(2, d.view().extensions());
    }

    @Test
    void anExtensionMovesTheReminderAndTheEscalationWithTheDueTime() {
        Deadline d = removalOrder();
        d.extend(LegalPeriod.hours(12), 1, "ca-nl", null, hours(1));
        assertEquals(hours(36), d.dueAt());
        assertEquals(hours(34), d.reminderAt().orElseThrow());
        assertEquals(hours(37), d.escalateAt().orElseThrow());
        assertEquals(Optional.empty(), d.stepAt(hours(30)));
    }

    @Test
    void theViewAndTheAccessorsNameTheDeadline() {
        Deadline d = removalOrder();
        assertEquals(d.view().id(), d.id());
        assertEquals(d.id().value().toString(), d.id().toString());
        assertEquals("removal-order.execution", d.kind());
        assertEquals("coordinating-authority", d.escalateTo());
        assertEquals(CASE, d.subject());
        assertEquals(PROFILE, d.profile());
    }

    @Test
    void cancelledIsFinal() {
        Deadline d = removalOrder();
        d.cancel("ca-nl", "executed in time", hours(3));
        assertEquals(DeadlineState.CANCELLED, d.state());
        assertEquals(Optional.empty(), d.stepAt(hours(100)));
        assertThrows(RuleViolationException.class, () -> d.fire("system", hours(100)));
        assertEquals("executed in time", d.history().get(1).reason());
    }

    @Test
    void everyDeadlineActionConcernsADeadlineAndTheClockActionsTheClock() {
        for (DeadlineAction action : DeadlineAction.values()) {
            assertEquals(action.name().startsWith("CLOCK_") ? "Clock" : "Deadline", action.objectType(), action.name());
        }
    }
}
