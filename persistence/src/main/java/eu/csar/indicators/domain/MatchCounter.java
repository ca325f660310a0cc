package eu.csar.indicators.domain;

import eu.csar.indicators.api.IndicatorId;
import eu.csar.shared.domain.ProviderId;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.Objects;

/**
 * The key of one match counter: an indicator's matches by one provider on one day (UTC), a row of
 * {@code indicator_match_counts}.
 */
public record MatchCounter(IndicatorId indicator, ProviderId provider, LocalDate day) {

    /**
     * The one order in which counter rows are written (indicator, then provider, then day): writers
     * that touch the same rows lock them in the same order and wait for each other instead of
     * deadlocking.
     */
    public static final Comparator<MatchCounter> LOCK_ORDER = Comparator
            .comparing((MatchCounter c) -> c.indicator().value())
            .thenComparing(c -> c.provider().value())
            .thenComparing(MatchCounter::day);

    public MatchCounter {
        Objects.requireNonNull(indicator, "indicator");
        Objects.requireNonNull(provider, "provider");
        Objects.requireNonNull(day, "day");
    }
}
