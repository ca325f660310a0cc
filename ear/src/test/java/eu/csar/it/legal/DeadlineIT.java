package eu.csar.it.legal;

import eu.csar.it.support.Api;
import eu.csar.it.support.Db;
import eu.csar.it.support.Deployments;
import eu.csar.it.support.ResetsPlatformClock;
import eu.csar.it.support.Tokens;
import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.Duration;
import java.time.Instant;

import static eu.csar.it.legal.Deadlines.admin;
import static eu.csar.it.legal.Deadlines.advance;
import static eu.csar.it.legal.Deadlines.auditRows;
import static eu.csar.it.legal.Deadlines.historyRows;
import static eu.csar.it.legal.Deadlines.move;
import static eu.csar.it.legal.Deadlines.reached;
import static eu.csar.it.legal.Deadlines.schedule;
import static eu.csar.it.legal.Deadlines.state;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Deadlines on the real stack, moved by the clock control: a deadline fires once when the platform
 * clock passes its due time (its row, its one FIRE history row, its one audit entry), a paused one
 * never fires, and a resumed one fires at the time shifted by the pause.
 */
@ExtendWith(ArquillianExtension.class)
@ExtendWith(ResetsPlatformClock.class)
class DeadlineIT {

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return Deployments.ear();
    }

    @Test
    void a24HourDeadlineFiresOnceWhenTheClockIsMoved25HoursOn() {
        JsonObject d = schedule("PT24H", null);
        String id = d.getString("id");
        assertEquals("SCHEDULED", state(id));
        assertEquals(Duration.ofHours(24), Duration.between(Instant.parse(d.getString("startedAt")), Instant.parse(d.getString("dueAt"))));

        JsonObject first = advance("PT25H");
        assertTrue(reached(first, id, "DUE"), first.toString());
        assertEquals("FIRED", state(id));
        assertEquals(1, historyRows(id, "FIRE"));
        assertEquals(1, auditRows(id, "DEADLINE_FIRED"));

        JsonObject again = advance("PT1H");
        assertFalse(reached(again, id, "DUE"), again.toString());
        assertEquals("FIRED", state(id));
        assertEquals(1, historyRows(id, "FIRE"));
        assertEquals(1, auditRows(id, "DEADLINE_FIRED"));
        assertTrue(Db.count("select count(*) from audit_entries where action = 'CLOCK_ADVANCED' and actor = 'admin'") >= 2);
    }

    @Test
    void aDeadlineNamedByItsProfileKeyTakesThePeriodOfThePinnedProfileVersion() {
        Api.Response r = Api.postJson("/test-support/deadlines", "{\"kind\":\"removal-order.execution\",\"subjectType\":\"TestCase\","
                + "\"subjectId\":\"by-key\",\"profileId\":\"COM-2022-209\",\"profileKey\":\"removal-order.execution-period\"}", admin());
        assertEquals(201, r.status(), r.toString());
        JsonObject d = r.json();
        assertEquals(Duration.ofHours(24), Duration.between(Instant.parse(d.getString("startedAt")), Instant.parse(d.getString("dueAt"))),
                "COM-2022-209 gives a removal order 24 hours (Art 14(3))");
        assertEquals(1, Db.count("select count(*) from deadlines where id = ?::uuid and profile_id = 'COM-2022-209' and profile_version >= 1",
                d.getString("id")));
    }

    @Test
    void aPausedDeadlineDoesNotFireAndAResumedOneFiresAtTheShiftedTime() {
        JsonObject d = schedule("PT24H", null);
        String id = d.getString("id");
        advance("PT6H");
        JsonObject paused = move(id, "pause", "force majeure: the provider's data centre is flooded").json();
        assertEquals("PAUSED", paused.getString("state"));
        Duration left = Duration.parse(paused.getString("remaining"));
        assertTrue(left.compareTo(Duration.ofHours(18)) <= 0 && left.compareTo(Duration.ofHours(17).plusMinutes(55)) > 0, left.toString());

        JsonObject whilePaused = advance("PT25H");
        assertFalse(reached(whilePaused, id, "DUE"), whilePaused.toString());
        assertEquals("PAUSED", state(id));
        assertEquals(0, historyRows(id, "FIRE"));

        Api.Response resumed = move(id, "resume", "the data centre is back");
        assertEquals(200, resumed.status(), resumed.toString());
        Instant due = Instant.parse(resumed.json().getString("dueAt"));
        Instant now = Deadlines.now();
        Duration toGo = Duration.between(now, due);
        assertTrue(toGo.compareTo(left) <= 0 && toGo.compareTo(left.minusMinutes(5)) > 0, "due in " + toGo + ", left " + left);

        JsonObject early = advance("PT17H");
        assertFalse(reached(early, id, "DUE"), early.toString());
        assertEquals("SCHEDULED", state(id));

        JsonObject late = advance("PT2H");
        assertTrue(reached(late, id, "DUE"), late.toString());
        assertEquals("FIRED", state(id));
        assertEquals(1, historyRows(id, "FIRE"));
        assertEquals(1, historyRows(id, "PAUSE"));
        assertEquals(1, historyRows(id, "RESUME"));
        assertEquals(1, auditRows(id, "DEADLINE_FIRED"));
        assertEquals(1, auditRows(id, "DEADLINE_PAUSED"));
    }

    @Test
    void remindersAndEscalationsComeEachOnceAroundTheDueTime() {
        JsonObject d = schedule("PT24H", "\"reminderBefore\":\"PT2H\",\"escalateAfter\":\"PT1H\",\"escalateTo\":\"coordinating-authority\"");
        String id = d.getString("id");
        assertTrue(reached(advance("PT23H"), id, "REMINDER"));
        assertEquals("SCHEDULED", state(id));
        JsonObject due = advance("PT1H30M");
        assertTrue(reached(due, id, "DUE"), due.toString());
        assertFalse(reached(due, id, "REMINDER"), due.toString());
        assertTrue(reached(advance("PT1H"), id, "ESCALATION"));
        assertEquals("ESCALATED", state(id));
        assertFalse(reached(advance("PT5H"), id, "ESCALATION"));
        assertEquals(1, historyRows(id, "REMIND"));
        assertEquals(1, historyRows(id, "FIRE"));
        assertEquals(1, historyRows(id, "ESCALATE"));
    }

    @Test
    void aMoveTheWorkflowDoesNotAllowIsRefusedAndNothingChanges() {
        JsonObject d = schedule("PT1H", null);
        String id = d.getString("id");
        assertEquals(409, move(id, "resume", "not paused").status());
        assertEquals("SCHEDULED", state(id));
        assertEquals(1, Db.count("select count(*) from audit_entries where object_id = ? and action = 'DEADLINE_RESUMED' and outcome = 'REFUSED'", id));
        assertEquals(404, move("00000000-0000-0000-0000-000000000001", "pause", "x").status());
        assertEquals(200, move(id, "cancel", "case closed").status());
        assertFalse(reached(advance("PT2H"), id, "DUE"));
        assertEquals("CANCELLED", state(id));
    }

    @Test
    void onlyACentreAdminReachesTheClock() {
        assertEquals(401, Api.get("/test-support/clock", null).status());
        assertEquals(403, Api.get("/test-support/clock", Tokens.user("ca-nl")).status());
        assertEquals(403, Api.postJson("/test-support/clock/advance", "{\"by\":\"PT1H\"}", Tokens.user("reviewer")).status());
        assertEquals(400, Api.postJson("/test-support/clock/advance", "{\"by\":\"-PT1H\"}", admin()).status());
        assertEquals(400, Api.postJson("/test-support/clock/advance", "{\"by\":\"soon\"}", admin()).status());
    }
}
