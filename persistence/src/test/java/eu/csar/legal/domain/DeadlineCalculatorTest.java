package eu.csar.legal.domain;

import eu.csar.legal.api.LegalPeriod;
import eu.csar.shared.domain.RuleViolationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Each rule of the calculator with concrete dates: month ends, leap years, the year's turn. */
class DeadlineCalculatorTest {

    static Instant at(String iso) {
        return Instant.parse(iso);
    }

    @ParameterizedTest(name = "{1} from {0}: due {2}")
    @CsvSource({
            // Art. 14(3): 24 hours from the exact receipt instant, across a month end and the year's turn
            "2026-01-31T18:45:12.123456Z, PT24H, 2026-02-01T18:45:12.123456Z",
            "2026-12-31T23:00:00Z, PT24H, 2027-01-01T23:00:00Z",
            "2026-03-29T00:30:00Z, PT24H, 2026-03-30T00:30:00Z",
            // calendar days and weeks in UTC, keeping the time of day
            "2026-02-27T09:00:00Z, P2D, 2026-03-01T09:00:00Z",
            "2028-02-27T09:00:00Z, P2D, 2028-02-29T09:00:00Z",
            "2026-12-20T09:00:00Z, P2W, 2027-01-03T09:00:00Z",
            // months: a month without the start's day ends on its last day
            "2026-01-31T10:00:00Z, P1M, 2026-02-28T10:00:00Z",
            "2028-01-31T10:00:00Z, P1M, 2028-02-29T10:00:00Z",
            "2026-08-31T10:00:00Z, P3M, 2026-11-30T10:00:00Z",
            "2026-10-15T10:00:00Z, P3M, 2027-01-15T10:00:00Z",
            // years from a leap day
            "2028-02-29T10:00:00Z, P1Y, 2029-02-28T10:00:00Z",
            "2028-02-29T10:00:00Z, P4Y, 2032-02-29T10:00:00Z"})
    void dueIsThePeriodAfterTheStart(String start, String period, String due) {
        assertEquals(at(due), DeadlineCalculator.due(at(start), LegalPeriod.parse(period)));
    }

    @Test
    void hoursAndDaysDifferOnlyInCounting() {
        Instant start = at("2026-02-27T09:00:00Z");
        assertEquals(DeadlineCalculator.due(start, LegalPeriod.parse("P1D")), DeadlineCalculator.due(start, LegalPeriod.parse("PT24H")));
        // but one month is not 30 days or 720 hours
        assertEquals(at("2026-03-27T09:00:00Z"), DeadlineCalculator.due(start, LegalPeriod.months(1)));
        assertEquals(at("2026-03-29T09:00:00Z"), DeadlineCalculator.due(start, LegalPeriod.days(30)));
    }

    @Test
    void aDeadlineIsReachedAtItsDueInstant() {
        Instant due = at("2026-05-01T12:00:00Z");
        assertFalse(DeadlineCalculator.isReached(due, due.minusNanos(1000)));
        assertTrue(DeadlineCalculator.isReached(due, due));
        assertTrue(DeadlineCalculator.isReached(due, due.plusSeconds(1)));
    }

    @ParameterizedTest(name = "due {0}, paused {1}, resumed {2}: due {3}")
    @CsvSource({
            // 24 h order received 1 March 10:00, force majeure from 1 March 16:00 (18 h left) to 4 March 08:00
            "2026-03-02T10:00:00Z, 2026-03-01T16:00:00Z, 2026-03-04T08:00:00Z, 2026-03-05T02:00:00Z",
            // 3 months from 30 Nov, paused on 31 Jan with 28 days left, resumed 29 Feb of a leap year
            "2028-02-28T00:00:00Z, 2028-01-31T00:00:00Z, 2028-02-29T00:00:00Z, 2028-03-28T00:00:00Z",
            // paused after it was due: nothing is left, it is due when resumed
            "2026-03-02T10:00:00Z, 2026-03-02T11:00:00Z, 2026-03-03T09:00:00Z, 2026-03-03T09:00:00Z"})
    void aPauseStopsTheClockAndTheRemainderRunsOnFromTheResumption(String due, String paused, String resumed, String newDue) {
        Duration left = DeadlineCalculator.remainingAt(at(due), at(paused));
        assertFalse(left.isNegative());
        assertEquals(at(newDue), DeadlineCalculator.resumed(at(resumed), left));
    }

    @Test
    void theRemainderIsExact() {
        assertEquals(Duration.ofHours(18), DeadlineCalculator.remainingAt(at("2026-03-02T10:00:00Z"), at("2026-03-01T16:00:00Z")));
        assertEquals(Duration.ZERO, DeadlineCalculator.remainingAt(at("2026-03-02T10:00:00Z"), at("2026-03-02T10:00:00Z")));
        assertEquals(Duration.ZERO, DeadlineCalculator.remainingAt(at("2026-03-02T10:00:00Z"), at("2026-03-02T10:00:01Z")));
        assertThrows(IllegalArgumentException.class, () -> DeadlineCalculator.resumed(at("2026-03-02T10:00:00Z"), Duration.ofSeconds(-1)));
    }

    @ParameterizedTest(name = "{1} restarted at {0}: due {2}")
    @CsvSource({
            "2026-04-10T14:00:00Z, PT24H, 2026-04-11T14:00:00Z",
            "2026-01-30T14:00:00Z, P1M, 2026-02-28T14:00:00Z",
            "2026-06-01T00:00:00Z, P6W, 2026-07-13T00:00:00Z"})
    void aRestartRunsTheWholePeriodAgainFromTheRestart(String restart, String period, String due) {
        assertEquals(at(due), DeadlineCalculator.restarted(at(restart), LegalPeriod.parse(period)));
    }

    @ParameterizedTest(name = "{0} + {2} x {1} = {3}")
    @CsvSource({
            // non-disclosure: 6 weeks, extended by 6 weeks, then again
            "2026-01-05T09:00:00Z, P6W, 1, 2026-02-16T09:00:00Z",
            "2026-01-05T09:00:00Z, P6W, 2, 2026-03-30T09:00:00Z",
            "2026-01-31T09:00:00Z, P1M, 2, 2026-03-28T09:00:00Z",
            "2026-01-31T09:00:00Z, P1M, 0, 2026-01-31T09:00:00Z"})
    void extensionsAddThePeriodToTheDueTimeEachTime(String due, String by, int times, String extended) {
        assertEquals(at(extended), DeadlineCalculator.extendedTimes(at(due), LegalPeriod.parse(by), times));
    }

    @Test
    void anExtensionIsGrantedOnlyAsOftenAsAllowed() {
        Instant due = at("2026-01-05T09:00:00Z");
        assertEquals(at("2026-02-16T09:00:00Z"), DeadlineCalculator.extended(due, LegalPeriod.weeks(6), 0, 2));
        assertEquals(at("2026-02-16T09:00:00Z"), DeadlineCalculator.extended(due, LegalPeriod.weeks(6), 1, 2));
        RuleViolationException refused = assertThrows(RuleViolationException.class,
                () -> DeadlineCalculator.extended(due, LegalPeriod.weeks(6), 2, 2));
        assertEquals(RuleViolationException.Code.INVALID, refused.code());
        assertTrue(refused.getMessage().contains("2 time(s)"), refused.getMessage());
    }

    @ParameterizedTest(name = "event {0}, start {1}, cap {2}: {3}")
    @CsvSource({
            // Art. 12: inform the user when the event happens, at the latest 3 months after the start
            "2026-02-10T08:00:00Z, 2026-01-31T12:00:00Z, P3M, 2026-02-10T08:00:00Z",
            "2026-05-01T08:00:00Z, 2026-01-31T12:00:00Z, P3M, 2026-04-30T12:00:00Z",
            "2026-04-30T12:00:00Z, 2026-01-31T12:00:00Z, P3M, 2026-04-30T12:00:00Z",
            ", 2026-01-31T12:00:00Z, P3M, 2026-04-30T12:00:00Z"})
    void theEarlierOfAnEventAndTheEndOfAPeriod(String event, String start, String cap, String expected) {
        Optional<Instant> e = event == null ? Optional.empty() : Optional.of(at(event));
        assertEquals(at(expected), DeadlineCalculator.earlierOf(e, at(start), LegalPeriod.parse(cap)));
    }

    @Test
    void theEarliestOfSomeInstants() {
        assertEquals(at("2026-01-01T00:00:00Z"), DeadlineCalculator.earliest(at("2026-01-01T00:00:00Z")));
        assertEquals(at("2026-01-01T00:00:00Z"), DeadlineCalculator.earliest(at("2026-03-01T00:00:00Z"),
                at("2026-01-01T00:00:00Z"), at("2026-02-01T00:00:00Z")));
        assertEquals(at("2026-01-01T00:00:00Z"), DeadlineCalculator.earliest(at("2026-01-01T00:00:00Z"),
                at("2026-01-01T00:00:00Z"), at("2026-02-01T00:00:00Z")));
        assertThrows(NullPointerException.class, () -> DeadlineCalculator.earliest(null));
    }

    @ParameterizedTest(name = "{1} before {0}: {2}")
    @CsvSource({
            // a risk-assessment update at the latest 2 months before the order expires
            "2026-12-31T23:59:59Z, P2M, 2026-10-31T23:59:59Z",
            "2026-04-30T10:00:00Z, P2M, 2026-02-28T10:00:00Z",
            "2028-04-29T10:00:00Z, P2M, 2028-02-29T10:00:00Z",
            "2026-03-02T10:00:00Z, PT48H, 2026-02-28T10:00:00Z"})
    void atTheLatestAPeriodBeforeAnEnd(String end, String period, String latest) {
        assertEquals(at(latest), DeadlineCalculator.latestBefore(at(end), LegalPeriod.parse(period)));
    }

    @Test
    void aWindowStartsBetweenTwoPeriodsAfterReceipt() {
        DeadlineCalculator.Window window = DeadlineCalculator.window(at("2026-01-31T10:00:00Z"), LegalPeriod.months(3), LegalPeriod.months(12));
        assertEquals(at("2026-04-30T10:00:00Z"), window.opens());
        assertEquals(at("2027-01-31T10:00:00Z"), window.closes());
        assertFalse(window.contains(at("2026-04-30T09:59:59Z")));
        assertTrue(window.contains(at("2026-04-30T10:00:00Z")));
        assertTrue(window.contains(at("2026-09-01T00:00:00Z")));
        assertTrue(window.contains(at("2027-01-31T10:00:00Z")));
        assertFalse(window.contains(at("2027-01-31T10:00:01Z")));
        assertThrows(IllegalArgumentException.class,
                () -> DeadlineCalculator.window(at("2026-01-31T10:00:00Z"), LegalPeriod.months(12), LegalPeriod.months(3)));
        DeadlineCalculator.Window point = DeadlineCalculator.window(at("2026-01-31T10:00:00Z"), LegalPeriod.days(7), LegalPeriod.weeks(1));
        assertTrue(point.contains(at("2026-02-07T10:00:00Z")));
    }
}
