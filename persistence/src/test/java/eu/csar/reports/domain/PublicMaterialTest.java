package eu.csar.reports.domain;

import eu.csar.legal.api.LegalPeriod;
import eu.csar.reports.api.PublicMaterialState;
import eu.csar.reports.api.RemovalCheckOutcome;
import eu.csar.shared.domain.RuleViolationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The rules of the removal checks of a public URL (issue 11 §4): gone at once on 404, 410 and 451,
 * on a host that no longer resolves only the second time in a row, never asked again once removed or
 * not checkable, checked every interval with the last check at the end of the period, still online
 * when the period ends without it being gone; an administrator's "check now" makes it due at once, or
 * checks a STILL_ONLINE one once more. Synthetic URLs of the example.org/.net domains.
 */
class PublicMaterialTest {

    static final Instant DECIDED = Instant.parse("2026-12-03T10:00:00Z");
    static final LegalPeriod DAY = LegalPeriod.hours(24);
    static final Instant GIVE_UP = LegalPeriod.months(1).after(DECIDED);

    static PublicMaterial watched() {
        return PublicMaterial.watch(UUID.randomUUID(), 1, "https://host.example.org/item/1", DAY, DECIDED, GIVE_UP);
    }

    @Test
    void aWatchedUrlIsDueAtOnceAndChecksUntilTheEndOfThePeriod() {
        PublicMaterial m = watched();
        assertEquals(PublicMaterialState.CHECKING, m.state());
        assertTrue(m.dueAt(DECIDED));
        assertFalse(m.dueAt(DECIDED.minusSeconds(1)));
        assertEquals(Instant.parse("2027-01-03T10:00:00Z"), m.giveUpAt());
        assertEquals(0, m.checks());
    }

    @ParameterizedTest
    @CsvSource({"404, GONE", "410, GONE", "451, UNAVAILABLE_FOR_LEGAL_REASONS"})
    void goneOrDisabledIsRemovedAtThatCheckOnce(int status, RemovalCheckOutcome outcome) {
        PublicMaterial m = watched();
        Instant at = DECIDED.plusSeconds(5);
        RemovalCheck check = m.record(RemovalCheckOutcome.ofStatus(status), status, "HTTP " + status, at);
        assertEquals(outcome, check.outcome());
        assertEquals(status, check.httpStatus());
        assertEquals(at, check.checkedAt());
        assertEquals(PublicMaterialState.REMOVED, m.state());
        assertEquals(at, m.removedAt());
        assertNull(m.nextCheckAt(), "never asked again");
        assertFalse(m.dueAt(at.plus(Duration.ofDays(400))));
        assertThrows(IllegalStateException.class, () -> m.record(RemovalCheckOutcome.GONE, 404, null, at.plusSeconds(60)),
                "removed_at is recorded once");
        assertEquals(at, m.removedAt());
        assertEquals(1, m.checks());
    }

    @ParameterizedTest
    @CsvSource({"200, ONLINE", "204, ONLINE", "301, REDIRECTED", "302, REDIRECTED", "401, ACCESS_RESTRICTED", "403, ACCESS_RESTRICTED",
            "400, ERROR", "429, ERROR", "500, ERROR", "503, ERROR"})
    void anythingElseProvesNothingAndTheChecksGoOnAfterTheInterval(int status, RemovalCheckOutcome outcome) {
        PublicMaterial m = watched();
        Instant at = DECIDED.plusSeconds(5);
        m.record(RemovalCheckOutcome.ofStatus(status), status, null, at);
        assertEquals(outcome, m.lastOutcome());
        assertEquals(PublicMaterialState.CHECKING, m.state());
        assertNull(m.removedAt());
        assertEquals(at.plus(Duration.ofHours(24)), m.nextCheckAt());
        assertFalse(m.dueAt(at.plus(Duration.ofHours(23))));
        assertTrue(m.dueAt(at.plus(Duration.ofHours(24))));
    }

    @Test
    void aHostThatNoLongerResolvesIsRemovedOnlyTheSecondTimeInARow() {
        PublicMaterial m = watched();
        Instant first = DECIDED.plusSeconds(5);
        m.record(RemovalCheckOutcome.HOST_UNKNOWN, null, null, first);
        assertEquals(PublicMaterialState.CHECKING, m.state(), "a name server may fail for a while");
        Instant second = m.nextCheckAt();
        m.record(RemovalCheckOutcome.ONLINE, 200, null, second);
        m.record(RemovalCheckOutcome.HOST_UNKNOWN, null, null, m.nextCheckAt());
        assertEquals(PublicMaterialState.CHECKING, m.state(), "not in a row");
        Instant fourth = m.nextCheckAt();
        m.record(RemovalCheckOutcome.HOST_UNKNOWN, null, null, fourth);
        assertEquals(PublicMaterialState.REMOVED, m.state());
        assertEquals(fourth, m.removedAt(), "removed at the check that confirmed it");
        assertEquals(4, m.checks());
    }

    @Test
    void aPrivateAddressIsNotCheckableAndNeverAskedAgain() {
        PublicMaterial m = watched();
        m.record(RemovalCheckOutcome.ADDRESS_REFUSED, null, "not a public address: 10.0.0.1", DECIDED.plusSeconds(5));
        assertEquals(PublicMaterialState.NOT_CHECKABLE, m.state());
        assertNull(m.nextCheckAt());
        assertNull(m.removedAt());
    }

    @Test
    void theLastCheckIsAtTheEndOfThePeriodAndStillOnlineThenEndsTheChecks() {
        PublicMaterial m = PublicMaterial.watch(UUID.randomUUID(), 2, "http://host.example.net/p", DAY, DECIDED,
                DECIDED.plus(Duration.ofHours(36)));
        m.record(RemovalCheckOutcome.ONLINE, 200, null, DECIDED);
        m.record(RemovalCheckOutcome.ONLINE, 200, null, m.nextCheckAt());
        assertEquals(DECIDED.plus(Duration.ofHours(36)), m.nextCheckAt(), "not beyond the end of the period");
        m.record(RemovalCheckOutcome.ONLINE, 200, null, m.nextCheckAt());
        assertEquals(PublicMaterialState.STILL_ONLINE, m.state());
        assertNull(m.nextCheckAt());
        assertNull(m.removedAt());
        assertEquals(3, m.checks());
    }

    @Test
    void goneAtTheLastCheckIsRemovedNotStillOnline() {
        PublicMaterial m = PublicMaterial.watch(UUID.randomUUID(), 1, "https://host.example.org/x", DAY, DECIDED, DECIDED);
        m.record(RemovalCheckOutcome.GONE, 404, null, DECIDED.plusSeconds(1));
        assertEquals(PublicMaterialState.REMOVED, m.state());
    }

    @ParameterizedTest
    @EnumSource(RemovalCheckOutcome.class)
    void onlyGoneAndLegalReasonsRemoveByThemselves(RemovalCheckOutcome outcome) {
        assertEquals(outcome == RemovalCheckOutcome.GONE || outcome == RemovalCheckOutcome.UNAVAILABLE_FOR_LEGAL_REASONS,
                outcome.removes());
    }

    @Test
    void aLongDetailIsCutToTheColumn() {
        RemovalCheck check = watched().record(RemovalCheckOutcome.ERROR, null, "x".repeat(900), DECIDED);
        assertEquals(RemovalCheck.MAX_DETAIL, check.detail().length());
    }

    @Test
    void checkNowMakesAUrlUnderChecksDueAtOnceAndKeepsAnEarlierDueTime() {
        PublicMaterial m = watched();
        m.record(RemovalCheckOutcome.ONLINE, 200, null, DECIDED);
        Instant asked = DECIDED.plus(Duration.ofHours(2));
        m.requestCheck(asked);
        assertEquals(PublicMaterialState.CHECKING, m.state());
        assertEquals(asked, m.nextCheckAt());
        assertTrue(m.dueAt(asked));
        m.requestCheck(asked.plusSeconds(30));
        assertEquals(asked, m.nextCheckAt(), "already due: a check under way keeps its due time");
    }

    @Test
    void checkNowChecksAStillOnlineUrlOnceMoreWhichEndsStillOnlineOrRemoved() {
        PublicMaterial m = PublicMaterial.watch(UUID.randomUUID(), 1, "https://host.example.org/y", DAY, DECIDED, DECIDED);
        m.record(RemovalCheckOutcome.ONLINE, 200, null, DECIDED);
        assertEquals(PublicMaterialState.STILL_ONLINE, m.state());
        Instant asked = DECIDED.plus(Duration.ofDays(40));
        m.requestCheck(asked);
        assertEquals(PublicMaterialState.CHECKING, m.state());
        assertTrue(m.dueAt(asked));
        m.record(RemovalCheckOutcome.ONLINE, 200, null, asked.plusSeconds(5));
        assertEquals(PublicMaterialState.STILL_ONLINE, m.state(), "the period is over: still online again");
        assertNull(m.nextCheckAt());
        assertEquals(asked.plusSeconds(5), m.lastCheckedAt());
        m.requestCheck(asked.plusSeconds(60));
        m.record(RemovalCheckOutcome.GONE, 404, null, asked.plusSeconds(65));
        assertEquals(PublicMaterialState.REMOVED, m.state());
        assertEquals(asked.plusSeconds(65), m.removedAt());
        assertEquals(3, m.checks());
    }

    @Test
    void checkNowIsRefusedForARemovedOrNotCheckableUrl() {
        PublicMaterial removed = watched();
        removed.record(RemovalCheckOutcome.GONE, 404, null, DECIDED);
        PublicMaterial refused = watched();
        refused.record(RemovalCheckOutcome.ADDRESS_REFUSED, null, null, DECIDED);
        for (PublicMaterial m : new PublicMaterial[]{removed, refused}) {
            PublicMaterialState before = m.state();
            RuleViolationException e = assertThrows(RuleViolationException.class, () -> m.requestCheck(DECIDED.plusSeconds(60)));
            assertEquals(RuleViolationException.Code.NOT_PERMITTED_IN_STATE, e.code());
            assertEquals(before, m.state());
            assertNull(m.nextCheckAt());
        }
    }
}
