package eu.csar.legal.api;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The profile form of a legal period, and how each unit is counted. */
class LegalPeriodTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "PT24H, 24, HOURS, false",
            "PT1H, 1, HOURS, false",
            "P5D, 5, DAYS, true",
            "P6W, 6, WEEKS, true",
            "P3M, 3, MONTHS, true",
            "P12M, 12, MONTHS, true",
            "P1Y, 1, YEARS, true",
            "P999999D, 999999, DAYS, true"})
    void readsEveryProfileForm(String text, int amount, LegalPeriod.Unit unit, boolean calendar) {
        LegalPeriod period = LegalPeriod.parse(text);
        assertEquals(new LegalPeriod(amount, unit), period);
        assertEquals(calendar, period.isCalendar());
        assertEquals(text, period.iso());
        assertEquals(text, period.toString());
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"", "24H", "PT0H", "P0D", "P-1D", "PT1M", "P1DT2H", "P1.5D", "PT24h", "p3m", "P3", "P01D",
            "PT1000000H", "P1M1D", "P T1H", "P3MX"})
    void refusesEverythingElse(String text) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> LegalPeriod.parse(text));
        assertTrue(e.getMessage().contains("PT<n>H"), e.getMessage());
    }

    @Test
    void refusesNullAndToleratesSurroundingBlanks() {
        assertThrows(IllegalArgumentException.class, () -> LegalPeriod.parse(null));
        assertEquals(LegalPeriod.months(3), LegalPeriod.parse(" P3M "));
    }

    @Test
    void aPeriodIsAtLeastOneUnit() {
        assertThrows(IllegalArgumentException.class, () -> new LegalPeriod(0, LegalPeriod.Unit.DAYS));
        assertThrows(NullPointerException.class, () -> new LegalPeriod(1, null));
        assertEquals(1, LegalPeriod.days(1).amount());
    }

    @ParameterizedTest(name = "{1} after {0} = {2}")
    @CsvSource({
            "2026-03-01T10:17:03Z, PT24H, 2026-03-02T10:17:03Z",
            "2026-03-28T23:30:00Z, PT48H, 2026-03-30T23:30:00Z",
            "2026-01-31T10:00:00Z, P1M, 2026-02-28T10:00:00Z",
            "2028-01-31T10:00:00Z, P1M, 2028-02-29T10:00:00Z",
            "2028-02-29T08:00:00Z, P1Y, 2029-02-28T08:00:00Z",
            "2026-12-31T23:59:59Z, P1D, 2027-01-01T23:59:59Z",
            "2026-05-04T00:00:00Z, P6W, 2026-06-15T00:00:00Z",
            "2026-11-30T12:00:00Z, P3M, 2027-02-28T12:00:00Z"})
    void countsHoursExactlyAndCalendarUnitsOnTheUtcCalendar(String from, String period, String expected) {
        assertEquals(Instant.parse(expected), LegalPeriod.parse(period).after(Instant.parse(from)));
    }

    @ParameterizedTest(name = "{1} before {0} = {2}")
    @CsvSource({
            "2026-03-02T10:17:03Z, PT24H, 2026-03-01T10:17:03Z",
            "2026-05-31T00:00:00Z, P2M, 2026-03-31T00:00:00Z",
            "2026-04-30T00:00:00Z, P2M, 2026-02-28T00:00:00Z",
            "2029-02-28T08:00:00Z, P1Y, 2028-02-28T08:00:00Z",
            "2026-06-15T00:00:00Z, P6W, 2026-05-04T00:00:00Z",
            "2027-01-01T00:00:00Z, P1D, 2026-12-31T00:00:00Z"})
    void countsBackwardsTheSameWay(String to, String period, String expected) {
        assertEquals(Instant.parse(expected), LegalPeriod.parse(period).before(Instant.parse(to)));
    }

    @Test
    void hoursAreNotCalendarUnits() {
        assertFalse(LegalPeriod.Unit.HOURS.isCalendar());
        for (LegalPeriod.Unit unit : LegalPeriod.Unit.values()) {
            assertEquals(unit != LegalPeriod.Unit.HOURS, unit.isCalendar(), unit.name());
        }
        assertEquals(LegalPeriod.hours(2), LegalPeriod.parse("PT2H"));
        assertEquals(LegalPeriod.weeks(2), LegalPeriod.parse("P2W"));
        assertEquals(LegalPeriod.years(2), LegalPeriod.parse("P2Y"));
    }
}
