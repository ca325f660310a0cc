package eu.csar.indicators.application;

import eu.csar.indicators.domain.IndicatorActivityRepository;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class IndicatorActivityTest {

    static final LocalDate TODAY = LocalDate.of(2026, 12, 2);

    /** A repository answering from maps and remembering what it was asked. */
    static final class FakeRepository extends IndicatorActivityRepository {
        final List<Object> asked = new ArrayList<>();
        boolean recorded = true;

        @Override
        public Map<LocalDate, Long> additionsPerDay(Instant from, Instant to) {
            asked.add(from);
            asked.add(to);
            return Map.of(TODAY.minusDays(2), 5L, TODAY, 1L);
        }

        @Override
        public Map<LocalDate, Long> matchesPerDay(LocalDate from, LocalDate to) {
            asked.add(from);
            asked.add(to);
            return Map.of(TODAY.minusDays(1), 40L);
        }

        @Override
        public boolean matchCountsRecorded() {
            return recorded;
        }
    }

    static IndicatorActivity activity(FakeRepository repository) {
        IndicatorActivity activity = new IndicatorActivity();
        activity.repository = repository;
        // late in the UTC day: the series must still end today, not tomorrow
        activity.clock = Clock.fixed(Instant.parse("2026-12-02T23:59:30Z"), ZoneOffset.UTC);
        return activity;
    }

    @Test
    void everyDayOfThePeriodIsThereOldestFirstAndDaysWithoutActivityCountZero() {
        IndicatorActivitySeries series = IndicatorActivitySeries.of(TODAY, 4,
                Map.of(TODAY.minusDays(3), 2L, TODAY, 7L), Map.of(TODAY.minusDays(1), 9L), true);
        assertEquals(List.of(
                new IndicatorActivitySeries.Day(TODAY.minusDays(3), 2, 0),
                new IndicatorActivitySeries.Day(TODAY.minusDays(2), 0, 0),
                new IndicatorActivitySeries.Day(TODAY.minusDays(1), 0, 9),
                new IndicatorActivitySeries.Day(TODAY, 7, 0)), series.days());
        assertEquals(9, series.totalAdditions());
        assertEquals(9, series.totalMatches());
        assertTrue(series.matchesRecorded());
    }

    @Test
    void daysOutsideThePeriodAreLeftOut() {
        IndicatorActivitySeries series = IndicatorActivitySeries.of(TODAY, 1,
                Map.of(TODAY.minusDays(1), 2L, TODAY.plusDays(1), 3L, TODAY, 1L), Map.of(), false);
        assertEquals(List.of(new IndicatorActivitySeries.Day(TODAY, 1, 0)), series.days());
        assertFalse(series.matchesRecorded());
    }

    @Test
    void aPeriodWithoutDaysIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> IndicatorActivitySeries.of(TODAY, 0, Map.of(), Map.of(), true));
    }

    @Test
    void theSeriesEndsTodayInUtcAndAsksForExactlyThePeriod() {
        FakeRepository repository = new FakeRepository();
        IndicatorActivitySeries series = activity(repository).lastDays(3);
        assertEquals(List.of(
                new IndicatorActivitySeries.Day(TODAY.minusDays(2), 5, 0),
                new IndicatorActivitySeries.Day(TODAY.minusDays(1), 0, 40),
                new IndicatorActivitySeries.Day(TODAY, 1, 0)), series.days());
        assertEquals(List.of(Instant.parse("2026-11-30T00:00:00Z"), Instant.parse("2026-12-03T00:00:00Z"),
                TODAY.minusDays(2), TODAY), repository.asked);
    }

    @Test
    void withoutMatchCountersTheMatchesAreNotAskedForAndTheSeriesSaysSo() {
        FakeRepository repository = new FakeRepository();
        repository.recorded = false;
        IndicatorActivitySeries series = activity(repository).lastDays(3);
        assertFalse(series.matchesRecorded());
        assertEquals(0, series.totalMatches());
        assertEquals(2, repository.asked.size(), "additions only");
    }

    @Test
    void thePeriodIsBounded() {
        IndicatorActivity activity = activity(new FakeRepository());
        assertThrows(IllegalArgumentException.class, () -> activity.lastDays(0));
        assertThrows(IllegalArgumentException.class, () -> activity.lastDays(IndicatorActivity.MAX_DAYS + 1));
        assertEquals(IndicatorActivity.MAX_DAYS, activity.lastDays(IndicatorActivity.MAX_DAYS).days().size());
    }
}
