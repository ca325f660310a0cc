package eu.csar.indicators.domain;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.sql.Date;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Day totals for the indicator sets' overview chart: additions (an indicator becoming matchable,
 * the {@code ADD} rows of the change feed {@code indicator_changes}) and matches (the per-indicator
 * counters {@code indicator_match_counts} that matching keeps by provider and day). Days are UTC
 * days. Aggregates only: no indicator value leaves this class.
 */
@ApplicationScoped
public class IndicatorActivityRepository {

    @PersistenceContext(unitName = "csar")
    private EntityManager em;

    /** Indicators added to the matchable set per UTC day, from {@code from} (inclusive) to {@code to} (exclusive). */
    public Map<LocalDate, Long> additionsPerDay(Instant from, Instant to) {
        return days(em.createNativeQuery("select cast(changed_at at time zone 'UTC' as date) as d, count(*) "
                        + "from indicator_changes where change = 'ADD' and changed_at >= ?1 and changed_at < ?2 group by d")
                .setParameter(1, from).setParameter(2, to).getResultList());
    }

    /**
     * Matches per UTC day over every indicator and provider, for the days from {@code from} to
     * {@code to} (both inclusive); empty when the counters' table does not exist in this schema.
     */
    public Map<LocalDate, Long> matchesPerDay(LocalDate from, LocalDate to) {
        if (!matchCountsRecorded()) {
            return Map.of();
        }
        return days(em.createNativeQuery("select day, sum(matches) from indicator_match_counts "
                        + "where day >= ?1 and day <= ?2 group by day")
                .setParameter(1, Date.valueOf(from)).setParameter(2, Date.valueOf(to)).getResultList());
    }

    /** Whether the schema has the match counters (the matching slice's migration). */
    public boolean matchCountsRecorded() {
        return em.createNativeQuery("select to_regclass('indicator_match_counts') is not null").getSingleResult()
                .equals(Boolean.TRUE);
    }

    @SuppressWarnings("unchecked")
    private static Map<LocalDate, Long> days(List<?> rows) {
        Map<LocalDate, Long> days = new TreeMap<>();
        for (Object[] row : (List<Object[]>) rows) {
            LocalDate day = row[0] instanceof Date d ? d.toLocalDate() : (LocalDate) row[0];
            days.put(day, ((Number) row[1]).longValue());
        }
        return days;
    }
}
