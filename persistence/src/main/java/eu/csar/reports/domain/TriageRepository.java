package eu.csar.reports.domain;

import eu.csar.reports.api.EvidenceKind;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * Triage's storage: the triage records, the PDQ hashes of triaged reports' evidence with their band
 * keys (V31), the "seen before" searches over earlier reports, and the failures of detection jobs
 * (V32). The only place that knows their queries.
 */
@ApplicationScoped
public class TriageRepository {

    /** An earlier report's evidence that matches a hash, at {@code distance} bits (0 for a digest). */
    public record Earlier(UUID reportId, int distance) {
    }

    /** A detection job's recorded failure, for the dead-letter screen. */
    public record Failure(String messageId, String reportId, int attempts, String lastError, Instant lastFailedAt) {
    }

    @PersistenceContext(unitName = "csar")
    private EntityManager em;

    public Optional<TriageResult> find(UUID reportId) {
        return Optional.ofNullable(em.find(TriageResult.class, reportId));
    }

    public boolean exists(UUID reportId) {
        return !em.createNativeQuery("select 1 from report_triage where report_id = ?1").setParameter(1, reportId)
                .getResultList().isEmpty();
    }

    public void add(TriageResult triage) {
        em.persist(triage);
        em.flush();
    }

    /**
     * One hash a report's triage looks for in earlier reports: a digest ({@code kind} MD5 or SHA256 and
     * its hexadecimal value) or a PDQ hash as its four words with the band keys to probe (computed by
     * the caller from the band rule of V31).
     */
    public record Probe(EvidenceKind kind, String value, long[] words, int[] probeKeys) {

        public static Probe digest(EvidenceKind kind, String value) {
            return new Probe(kind, value, null, null);
        }

        public static Probe pdq(long[] words, int[] probeKeys) {
            return new Probe(EvidenceKind.PDQ, null, words, probeKeys);
        }
    }

    /**
     * For each of {@code probes} (by its index in the list), the other reports finished before
     * {@code finishedAt} that hold it, in one query for the whole report: for a digest the reports whose
     * evidence has the same digest (the (kind, hash_value) index of report_evidence), at distance 0, by
     * report id; for a PDQ hash those with a PDQ hash within {@code radius} (the GIN index of the band
     * keys picks the candidates sharing a probe key, the exact distance decides), closest first. At most
     * {@code limit} earlier reports per probe; a probe nothing matches has no entry.
     */
    public Map<Integer, List<Earlier>> seenBefore(UUID reportId, Instant finishedAt, List<Probe> probes, int radius, int limit) {
        Map<Integer, List<Earlier>> out = new TreeMap<>();
        if (probes.isEmpty()) {
            return out;
        }
        // Indexes, words and band keys are numbers computed here, written into the query; digests are parameters.
        List<String> digests = new ArrayList<>();
        List<String> pdqs = new ArrayList<>();
        List<String> values = new ArrayList<>();
        for (int i = 0; i < probes.size(); i++) {
            Probe p = probes.get(i);
            if (p.kind() == EvidenceKind.PDQ) {
                pdqs.add("(" + i + ", cast(" + p.words()[0] + " as bigint), cast(" + p.words()[1] + " as bigint), cast("
                        + p.words()[2] + " as bigint), cast(" + p.words()[3] + " as bigint), " + intArray(p.probeKeys()) + ")");
            } else {
                values.add(p.value());
                digests.add("(" + i + ", cast('" + p.kind().name() + "' as varchar), cast(?" + (values.size() + 3) + " as varchar))");
            }
        }
        String digestProbes = digests.isEmpty() ? "select cast(null as int), cast(null as varchar), cast(null as varchar) where false"
                : "values " + String.join(", ", digests);
        String pdqProbes = pdqs.isEmpty()
                ? "select cast(null as int), cast(null as bigint), cast(null as bigint), cast(null as bigint), cast(null as bigint),"
                        + " cast(null as int[]) where false"
                : "values " + String.join(", ", pdqs);
        String distance = "bit_count(cast(h.w0 # p.w0 as bit(64))) + bit_count(cast(h.w1 # p.w1 as bit(64)))"
                + " + bit_count(cast(h.w2 # p.w2 as bit(64))) + bit_count(cast(h.w3 # p.w3 as bit(64)))";
        // The PDQ probes are MATERIALIZED: a report with one PDQ hash makes pp a single row, which
        // PostgreSQL would otherwise fold into the scan as a constant 272-key array, estimate that a
        // third of the table overlaps it and scan all of report_pdq_hashes (20 ms at 2,000 rows,
        // growing with every report). Kept apart, each probe's keys reach the GIN index as a join
        // parameter, whatever the number of probes.
        var query = em.createNativeQuery("with dp (i, kind, hash_value) as (" + digestProbes + "),"
                + " pp (i, w0, w1, w2, w3, bands) as materialized (" + pdqProbes + "),"
                + " hits as (select distinct dp.i, e.report_id, 0 as d from dp join report_evidence e"
                + " on e.kind = dp.kind and e.hash_value = dp.hash_value join reports r on r.id = e.report_id"
                + " where e.report_id <> ?1 and r.finished_at < ?2"
                + " union all select p.i, h.report_id, min(cast(" + distance + " as int)) from pp p join report_pdq_hashes h"
                + " on h.bands && p.bands where h.report_id <> ?1 and h.finished_at < ?2 group by p.i, h.report_id)"
                + " select i, report_id, d from (select i, report_id, d, row_number() over (partition by i order by d, report_id) as n"
                + " from hits where d <= ?3) ranked where n <= " + limit + " order by i, d, report_id")
                .setParameter(1, reportId).setParameter(2, Timestamp.from(finishedAt)).setParameter(3, radius);
        for (int v = 0; v < values.size(); v++) {
            query.setParameter(v + 4, values.get(v));
        }
        for (Object row : query.getResultList()) {
            Object[] r = (Object[]) row;
            out.computeIfAbsent(((Number) r[0]).intValue(), k -> new ArrayList<>())
                    .add(new Earlier((UUID) r[1], ((Number) r[2]).intValue()));
        }
        return out;
    }

    /** Keeps a PDQ hash of a triaged report, so later reports find it. */
    public void addPdq(UUID reportId, int position, TriageHit.Source source, long[] words, int[] bandKeys, Instant finishedAt) {
        String bands = intArray(bandKeys);
        em.createNativeQuery("insert into report_pdq_hashes (report_id, position, hash_source, w0, w1, w2, w3, bands, finished_at)"
                        + " values (?1, ?2, ?3, ?4, ?5, ?6, ?7, " + bands + ", ?8) on conflict do nothing")
                .setParameter(1, reportId).setParameter(2, position).setParameter(3, source.name())
                .setParameter(4, words[0]).setParameter(5, words[1]).setParameter(6, words[2]).setParameter(7, words[3])
                .setParameter(8, Timestamp.from(finishedAt)).executeUpdate();
    }

    /**
     * The PDQ hashes triage computed from the report's content in the vault, by evidence position, as
     * their four words ({@code w0} holding bits 0..63, as V31 stores them).
     */
    public Map<Integer, long[]> computedPdq(UUID reportId) {
        List<?> rows = em.createNativeQuery("select position, w0, w1, w2, w3 from report_pdq_hashes where report_id = ?1"
                + " and hash_source = 'COMPUTED' order by position").setParameter(1, reportId).getResultList();
        Map<Integer, long[]> out = new TreeMap<>();
        for (Object row : rows) {
            Object[] r = (Object[]) row;
            out.put(((Number) r[0]).intValue(), new long[] {((Number) r[1]).longValue(), ((Number) r[2]).longValue(),
                    ((Number) r[3]).longValue(), ((Number) r[4]).longValue()});
        }
        return out;
    }

    /** Records one more failed delivery of a job (the caller runs this in a transaction of its own). */
    public void recordFailure(String messageId, String reportId, String error, Instant at) {
        em.createNativeQuery("insert into report_triage_failures (message_id, report_id, attempts, last_error, first_failed_at,"
                        + " last_failed_at) values (?1, ?2, 1, ?3, ?4, ?4) on conflict (message_id) do update set"
                        + " attempts = report_triage_failures.attempts + 1, last_error = excluded.last_error,"
                        + " last_failed_at = excluded.last_failed_at")
                .setParameter(1, messageId).setParameter(2, reportId).setParameter(3, error)
                .setParameter(4, Timestamp.from(at)).executeUpdate();
    }

    public Optional<Failure> failure(String messageId) {
        List<?> rows = em.createNativeQuery("select message_id, report_id, attempts, last_error, last_failed_at"
                + " from report_triage_failures where message_id = ?1").setParameter(1, messageId).getResultList();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Object[] r = (Object[]) rows.get(0);
        return Optional.of(new Failure((String) r[0], (String) r[1], ((Number) r[2]).intValue(), (String) r[3], instant(r[4])));
    }

    /** An SQL array literal of computed integers (never text from outside, so it is written into the query). */
    private static String intArray(int[] values) {
        return IntStream.of(values).mapToObj(Integer::toString).collect(Collectors.joining(",", "cast('{", "}' as int[])"));
    }

    private static Instant instant(Object value) {
        if (value instanceof Timestamp t) {
            return t.toInstant();
        }
        if (value instanceof Instant i) {
            return i;
        }
        return value instanceof java.time.OffsetDateTime o ? o.toInstant() : null;
    }
}
