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
     * Other reports finished before {@code finishedAt} whose evidence holds the same digest; the
     * (kind, hash_value) index of report_evidence answers it.
     */
    public List<Earlier> sameDigest(UUID reportId, Instant finishedAt, EvidenceKind kind, String value, int limit) {
        List<?> rows = em.createNativeQuery("select distinct e.report_id from report_evidence e join reports r on r.id = e.report_id"
                        + " where e.kind = ?1 and e.hash_value = ?2 and e.report_id <> ?3 and r.finished_at < ?4"
                        + " order by e.report_id limit ?5")
                .setParameter(1, kind.name()).setParameter(2, value).setParameter(3, reportId)
                .setParameter(4, Timestamp.from(finishedAt)).setParameter(5, limit).getResultList();
        return rows.stream().map(r -> new Earlier((UUID) r, 0)).toList();
    }

    /**
     * Other reports finished before {@code finishedAt} with a PDQ hash within {@code radius} of
     * {@code words}: the GIN index of the band keys picks the candidates sharing one of
     * {@code probeKeys} (computed by the caller from the band rule of V31), the exact distance decides.
     * The probe keys are a sub-select: given the 272 literal keys, PostgreSQL estimates that a quarter
     * of the rows overlap and scans the whole table (96 ms at 7,000 rows, growing with every report,
     * docs/reports.md "Load"); behind a sub-select it uses the default overlap estimate and the GIN
     * index (under 1 ms).
     */
    public List<Earlier> nearPdq(UUID reportId, Instant finishedAt, long[] words, int[] probeKeys, int radius, int limit) {
        String probes = intArray(probeKeys);
        String distance = "bit_count(cast(w0 # ?1 as bit(64))) + bit_count(cast(w1 # ?2 as bit(64)))"
                + " + bit_count(cast(w2 # ?3 as bit(64))) + bit_count(cast(w3 # ?4 as bit(64)))";
        List<?> rows = em.createNativeQuery("select report_id, min(d) from (select report_id, cast(" + distance + " as int) as d"
                        + " from report_pdq_hashes where bands && (select " + probes + ") and report_id <> ?5 and finished_at < ?6) c"
                        + " where d <= ?7 group by report_id order by min(d), report_id limit ?8")
                .setParameter(1, words[0]).setParameter(2, words[1]).setParameter(3, words[2]).setParameter(4, words[3])
                .setParameter(5, reportId).setParameter(6, Timestamp.from(finishedAt)).setParameter(7, radius)
                .setParameter(8, limit).getResultList();
        List<Earlier> out = new ArrayList<>(rows.size());
        for (Object row : rows) {
            Object[] r = (Object[]) row;
            out.add(new Earlier((UUID) r[0], ((Number) r[1]).intValue()));
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
