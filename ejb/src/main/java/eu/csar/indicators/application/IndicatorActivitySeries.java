package eu.csar.indicators.application;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The indicator sets' activity over consecutive UTC days, oldest first: per day the indicators that
 * became matchable and the matches they produced. A day without any has 0, so that the chart's
 * x-axis has no gaps. {@code matchesRecorded} is false when this deployment keeps no match counters
 * (the matches series is then all zero and the screen says so).
 */
public record IndicatorActivitySeries(List<Day> days, boolean matchesRecorded) implements Serializable {

    /** One UTC day's figures. */
    public record Day(LocalDate day, long additions, long matches) implements Serializable {
    }

    public IndicatorActivitySeries {
        days = List.copyOf(days);
    }

    /** The {@code count} days ending with {@code last}, each filled from the two day totals (absent days count 0). */
    public static IndicatorActivitySeries of(LocalDate last, int count, Map<LocalDate, Long> additions,
                                             Map<LocalDate, Long> matches, boolean matchesRecorded) {
        if (count < 1) {
            throw new IllegalArgumentException("at least one day, not " + count);
        }
        List<Day> days = new ArrayList<>(count);
        for (LocalDate day = last.minusDays(count - 1L); !day.isAfter(last); day = day.plusDays(1)) {
            days.add(new Day(day, additions.getOrDefault(day, 0L), matches.getOrDefault(day, 0L)));
        }
        return new IndicatorActivitySeries(days, matchesRecorded);
    }

    public long totalAdditions() {
        return days.stream().mapToLong(Day::additions).sum();
    }

    public long totalMatches() {
        return days.stream().mapToLong(Day::matches).sum();
    }
}
