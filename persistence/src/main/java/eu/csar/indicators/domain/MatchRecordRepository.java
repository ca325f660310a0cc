package eu.csar.indicators.domain;

import eu.csar.indicators.api.IndicatorId;
import eu.csar.shared.domain.ProviderId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * What match as a service writes and reads beside the indicators: the match counters per indicator,
 * provider and day (one upsert per flush of the node's buffered counts), the counters' windows for the flood rule, and the
 * providers' false-positive flags.
 */
@ApplicationScoped
public class MatchRecordRepository {

    @PersistenceContext(unitName = "csar")
    private EntityManager em;

    /**
     * Adds the matches to their counters (indicator, provider, day): one statement for all of them,
     * whatever their number. The match calls no longer write here: their counts are buffered on
     * the node and written about once a second by the flush.
     */
    public void count(Map<MatchCounter, Long> matches) {
        if (matches.isEmpty()) {
            return;
        }
        // In one order for every writer (by indicator id, then provider and day): writers that
        // touch the same counters (the flushes of several nodes) lock their rows in the same order
        // and wait for each other instead of deadlocking.
        List<Map.Entry<MatchCounter, Long>> rows = new ArrayList<>(matches.entrySet());
        rows.sort(Map.Entry.comparingByKey(MatchCounter.LOCK_ORDER));
        StringBuilder ids = new StringBuilder();
        StringBuilder providers = new StringBuilder();
        StringBuilder days = new StringBuilder();
        StringBuilder counts = new StringBuilder();
        for (Map.Entry<MatchCounter, Long> row : rows) {
            String sep = ids.isEmpty() ? "" : ",";
            ids.append(sep).append(row.getKey().indicator().value());
            providers.append(sep).append(row.getKey().provider().value());
            days.append(sep).append(row.getKey().day());
            counts.append(sep).append(row.getValue().longValue());
        }
        em.createNativeQuery("insert into indicator_match_counts (indicator_id, provider_id, day, matches)"
                        + " select i, p, d, c from unnest(cast(string_to_array(?1, ',') as uuid[]),"
                        + " cast(string_to_array(?2, ',') as uuid[]), cast(string_to_array(?3, ',') as date[]),"
                        + " cast(string_to_array(?4, ',') as bigint[])) with ordinality as t(i, p, d, c, n) order by n"
                        + " on conflict (indicator_id, provider_id, day)"
                        + " do update set matches = indicator_match_counts.matches + excluded.matches")
                .setParameter(1, ids.toString())
                .setParameter(2, providers.toString())
                .setParameter(3, days.toString())
                .setParameter(4, counts.toString())
                .executeUpdate();
    }

    /**
     * For each of {@code indicators} whose matches (all providers) on the days of the window ending
     * with {@code today} ({@code windowDays} days) are at least {@code minRecent}: those matches, and
     * its matches on the {@code baselineDays} days before the window. The others are left out in the
     * database: under load a flush touches tens of thousands of counters, nearly all far below the
     * flood rule's minimum, and only the few that reach it come back.
     *
     * <p>The indicators are a semi-join ({@code in (select unnest(...))}), not {@code = any(array)}: as
     * a filter, {@code = any} of the bound list (in a generic plan no constant, so neither hashed nor
     * built once) parses and searches the whole list for every row, quadratic in the flush's size;
     * under the load test a flush of 47,220 counters spent 68.5 s in this read. A semi-join is linear
     * whatever plan it gets (a hash semi join, or the primary key per indicator).
     */
    public Map<IndicatorId, long[]> windows(Collection<IndicatorId> indicators, LocalDate today, int windowDays, int baselineDays,
                                            long minRecent) {
        Map<IndicatorId, long[]> out = new LinkedHashMap<>();
        if (indicators.isEmpty()) {
            return out;
        }
        LocalDate windowStart = today.minusDays(windowDays - 1L);
        LocalDate baselineStart = windowStart.minusDays(baselineDays);
        String ids = String.join(",", indicators.stream().map(IndicatorId::toString).toList());
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select cast(indicator_id as varchar),"
                        + " coalesce(sum(matches) filter (where day >= cast(?2 as date)), 0),"
                        + " coalesce(sum(matches) filter (where day < cast(?2 as date)), 0)"
                        + " from indicator_match_counts"
                        + " where indicator_id in (select unnest(cast(string_to_array(?1, ',') as uuid[])))"
                        + " and day >= cast(?3 as date) and day <= cast(?4 as date)"
                        + " group by indicator_id"
                        + " having coalesce(sum(matches) filter (where day >= cast(?2 as date)), 0) >= ?5")
                .setParameter(1, ids)
                .setParameter(2, windowStart.toString())
                .setParameter(3, baselineStart.toString())
                .setParameter(4, today.toString())
                .setParameter(5, minRecent)
                .getResultList();
        for (Object[] row : rows) {
            out.put(IndicatorId.of(row[0].toString()), new long[] {((Number) row[1]).longValue(), ((Number) row[2]).longValue()});
        }
        return out;
    }

    /** The set an indicator belongs to, if it exists. */
    public Optional<UUID> setOf(IndicatorId indicator) {
        List<?> rows = em.createNativeQuery("select cast(set_id as varchar) from indicators where id = ?1")
                .setParameter(1, indicator.value()).getResultList();
        return rows.stream().findFirst().map(row -> UUID.fromString(row.toString()));
    }

    /** Records a provider's false-positive flag; returns its id. */
    public UUID flag(IndicatorId indicator, ProviderId provider, String reason, String flaggedBy, Instant at) {
        UUID id = UUID.randomUUID();
        em.createNativeQuery("insert into indicator_flags (id, indicator_id, provider_id, reason, flagged_by, flagged_at)"
                        + " values (?1, ?2, ?3, ?4, ?5, ?6)")
                .setParameter(1, id)
                .setParameter(2, indicator.value())
                .setParameter(3, provider.value())
                .setParameter(4, reason == null || reason.isBlank() ? null : reason.strip())
                .setParameter(5, flaggedBy)
                .setParameter(6, at.truncatedTo(ChronoUnit.MICROS))
                .executeUpdate();
        return id;
    }

    /**
     * One flag as stored: id, indicator, provider, reason, flagged by, flagged at; and, once resolved,
     * the resolution, why, by whom and when (else null).
     */
    public record FlagRow(UUID id, UUID indicatorId, UUID providerId, String reason, String flaggedBy, Instant flaggedAt,
                          FlagResolution resolution, String resolutionReason, String resolvedBy, Instant resolvedAt) {
    }

    /**
     * Resolves every open flag of {@code indicator}; returns the ids resolved. The caller holds the
     * indicator's row lock, as every move does.
     */
    public List<UUID> resolveFlags(IndicatorId indicator, FlagResolution resolution, String reason, String by, Instant at) {
        @SuppressWarnings("unchecked")
        List<Object> ids = em.createNativeQuery("select cast(id as varchar) from indicator_flags"
                        + " where indicator_id = ?1 and resolved_at is null order by flagged_at, id for update")
                .setParameter(1, indicator.value())
                .getResultList();
        if (ids.isEmpty()) {
            return List.of();
        }
        em.createNativeQuery("update indicator_flags set resolved_at = ?1, resolved_by = ?2, resolution = ?3,"
                        + " resolution_reason = ?4 where indicator_id = ?5 and resolved_at is null")
                .setParameter(1, at.truncatedTo(ChronoUnit.MICROS))
                .setParameter(2, by)
                .setParameter(3, resolution.name())
                .setParameter(4, reason == null || reason.isBlank() ? null : reason.strip())
                .setParameter(5, indicator.value())
                .executeUpdate();
        return ids.stream().map(id -> UUID.fromString(id.toString())).toList();
    }

    /** The most recently resolved flags, newest first, at most {@code limit}. */
    public List<FlagRow> resolvedFlags(int limit) {
        return flagRows("where resolved_at is not null order by resolved_at desc, id", limit);
    }

    /** The flags no reviewer has resolved, oldest first, at most {@code limit}. */
    public List<FlagRow> openFlags(int limit) {
        return flagRows("where resolved_at is null order by flagged_at, id", limit);
    }

    private List<FlagRow> flagRows(String whereAndOrder, int limit) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select cast(id as varchar), cast(indicator_id as varchar), cast(provider_id as varchar),"
                        + " reason, flagged_by, flagged_at, resolution, resolution_reason, resolved_by, resolved_at from indicator_flags "
                        + whereAndOrder)
                .setMaxResults(limit)
                .getResultList();
        List<FlagRow> out = new ArrayList<>(rows.size());
        for (Object[] row : rows) {
            out.add(new FlagRow(UUID.fromString(row[0].toString()), UUID.fromString(row[1].toString()),
                    UUID.fromString(row[2].toString()), (String) row[3], (String) row[4], instant(row[5]),
                    row[6] == null ? null : FlagResolution.valueOf(row[6].toString()), (String) row[7], (String) row[8],
                    row[9] == null ? null : instant(row[9])));
        }
        return out;
    }

    private static Instant instant(Object value) {
        if (value instanceof Instant i) {
            return i;
        }
        if (value instanceof java.sql.Timestamp t) {
            return t.toInstant();
        }
        if (value instanceof java.time.OffsetDateTime o) {
            return o.toInstant();
        }
        return Instant.parse(value.toString());
    }
}
