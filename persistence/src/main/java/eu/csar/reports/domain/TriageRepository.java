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
import java.util.StringJoiner;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * Triage's storage: the triage records, the PDQ hashes of triaged reports' evidence with their band
 * keys (V31), the "seen before" searches over earlier and later reports with the advisory locks that
 * serialise near PDQ hashes and equal digests (V62) and the hits added to later reports' triage, and the failures of
 * detection jobs (V32). The only place that knows their queries.
 */
@ApplicationScoped
public class TriageRepository {

    /** An earlier report's evidence that matches a hash, at {@code distance} bits (0 for a digest). */
    public record Earlier(UUID reportId, int distance) {
    }

    /**
     * A later report, already triaged, whose hash at ({@code position}, {@code kind}, {@code source}) is
     * within {@code distance} of the report's hash number {@code probe}: the report is seen before by it.
     */
    public record Later(int probe, UUID reportId, int position, EvidenceKind kind, TriageHit.Source source, int distance) {
    }

    /** What "seen before" found both ways: the earlier reports per probe, and the later reports' hashes that match. */
    public record Seen(Map<Integer, List<Earlier>> earlier, List<Later> later) {
    }

    /** A later report's triage that gained hits naming an earlier report: how many, and its new score. */
    public record Amended(UUID reportId, int hits, int score) {
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
     * The "seen before" statement, one text for every report whatever its probes, so that the JDBC
     * driver prepares it on the server once per connection and PostgreSQL plans it once (docs/reports.md,
     * "Triage keeping pace"). Every value is a parameter ({@link #seenBeforeParameters}): ?1 the report,
     * ?2 its finish time, ?3 the radius, ?4 the limit per probe; the digest probes as three arrays (?5
     * their indexes, ?6 kinds, ?7 values); the PDQ probes as five arrays (?8 indexes, ?9-?12 the words)
     * and ?13 all their band keys end to end, ?14 keys each.
     *
     * <p>The PDQ probes are MATERIALIZED, so each probe's keys reach the GIN index of the band keys as a
     * join parameter whatever the number of probes: PostgreSQL would otherwise be free to fold a single
     * probe into the scan as a constant 272-key array (as it did with the former VALUES list), estimate
     * that a third of the table overlaps it and scan all of report_pdq_hashes (20 ms at 2,000 rows,
     * growing with every report).
     */
    static final String SEEN_BEFORE = "with dp (i, kind, hash_value) as ("
            + "select * from unnest(cast(?5 as int[]), cast(?6 as varchar[]), cast(?7 as varchar[]))),"
            + " pp (i, w0, w1, w2, w3, bands) as materialized ("
            + "select p.i, p.w0, p.w1, p.w2, p.w3, k.keys[(p.n - 1) * ?14 + 1 : p.n * ?14]"
            + " from unnest(cast(?8 as int[]), cast(?9 as bigint[]), cast(?10 as bigint[]), cast(?11 as bigint[]),"
            + " cast(?12 as bigint[])) with ordinality as p (i, w0, w1, w2, w3, n)"
            + " cross join (select cast(?13 as int[]) as keys) k),"
            + " hits (i, report_id, d, later, position, source, kind) as ("
            + "select dp.i, e.report_id, 0, r.finished_at > ?2 or (r.finished_at = ?2 and r.id > ?1), e.position,"
            + " cast('PROVIDED' as varchar), e.kind from dp join report_evidence e"
            + " on e.kind = dp.kind and e.hash_value = dp.hash_value join reports r on r.id = e.report_id"
            + " where e.report_id <> ?1 and r.finished_at is not null"
            + " union all select c.i, c.report_id, c.d, c.later, c.position, c.hash_source, cast('PDQ' as varchar) from ("
            + "select p.i, h.report_id, cast(bit_count(cast(h.w0 # p.w0 as bit(64)))"
            + " + bit_count(cast(h.w1 # p.w1 as bit(64))) + bit_count(cast(h.w2 # p.w2 as bit(64)))"
            + " + bit_count(cast(h.w3 # p.w3 as bit(64))) as int) as d,"
            + " h.finished_at > ?2 or (h.finished_at = ?2 and h.report_id > ?1) as later, h.position, h.hash_source"
            + " from pp p join report_pdq_hashes h on h.bands && p.bands where h.report_id <> ?1) c where c.d <= ?3),"
            + " earlier as (select i, report_id, min(d) as d, row_number() over (partition by i order by min(d), report_id) as n"
            + " from hits where not later group by i, report_id)"
            + " select i, report_id, d, false as later, cast(null as int) as position, cast(null as varchar) as source,"
            + " cast(null as varchar) as kind from earlier where n <= ?4"
            + " union all select h.i, h.report_id, h.d, true, h.position, h.source, h.kind from hits h where h.later"
            + " and exists (select 1 from report_triage t where t.report_id = h.report_id)"
            + " order by later, i, d, report_id";

    /**
     * Takes the advisory locks of a report's hashes (V62's report_pdq_lock: ?1 the keys to hold
     * exclusively, ?2 those to share), in one statement, in ascending key order, until the transaction ends.
     */
    static final String LOCK_KEYS = "select report_pdq_lock(cast(?1 as int[]), cast(?2 as int[]))";

    /** The triage rows of later reports a report's triage adds itself to, locked in the order of their keys. */
    static final String LOCK_LATER = "select report_id, urgent, known from report_triage where report_id = any(cast(?1 as uuid[]))"
            + " order by report_id for update";

    /**
     * A SEEN_BEFORE hit of a later report (?2) naming the earlier one (?6) for its hash at (?3 position, ?4
     * kind, ?5 source), unless that hash's hits name it already or number ?8 (the limit per hash) already.
     */
    static final String ADD_LATER_HIT = "insert into report_triage_hits (id, report_id, hit, position, hash_kind, hash_source,"
            + " earlier_report_id, distance) select cast(?1 as uuid), cast(?2 as uuid), 'SEEN_BEFORE', ?3, ?4, ?5, cast(?6 as uuid), ?7"
            + " where not exists (select 1 from report_triage_hits where report_id = cast(?2 as uuid) and hit = 'SEEN_BEFORE'"
            + " and position = ?3 and hash_kind = ?4 and hash_source = ?5 and earlier_report_id = cast(?6 as uuid))"
            + " and (select count(*) from report_triage_hits where report_id = cast(?2 as uuid) and hit = 'SEEN_BEFORE'"
            + " and position = ?3 and hash_kind = ?4 and hash_source = ?5) < ?8";

    static final String MARK_LATER = "update report_triage set seen_before = true, score = ?2 where report_id = ?1";

    /**
     * Asks PostgreSQL for the generic plan of {@link #SEEN_BEFORE}, until the job's transaction ends. Left
     * to itself (plan_cache_mode auto) it would plan every execution again: the generic plan assumes
     * ten probes of each kind and costs four times a custom plan for one probe, so it never wins the
     * comparison, although it runs as fast (the same index scans; docs/reports.md "Triage keeping pace").
     *
     * <p>And built from index scans whatever the tables' sizes when it is built: a session keeps its
     * generic plan until the tables' statistics change, so a plan made while report_pdq_hashes and
     * report_evidence were nearly empty (a new database, or autovacuum off or behind) read both tables
     * in full at every later triage, a cost growing with every report stored (docs/reports.md
     * "PostgreSQL's CPU per report, 2026-12-05"). Both lookups are probes by key by design; with
     * sequential scans discouraged the plan keeps the (kind, hash_value) index and the GIN index of
     * the band keys. One text, two settings, one round trip.
     */
    static final String GENERIC_PLAN = "set local plan_cache_mode = force_generic_plan; set local enable_seqscan = off";

    /** Keeps one PDQ hash of a triaged report, its 16 band keys an int[] parameter (?8): one text for every hash. */
    static final String ADD_PDQ = "insert into report_pdq_hashes (report_id, position, hash_source, w0, w1, w2, w3, bands, finished_at)"
            + " values (?1, ?2, ?3, ?4, ?5, ?6, ?7, cast(?8 as int[]), ?9) on conflict do nothing";

    /**
     * For each of {@code probes} (by its index in the list), the other finished reports that hold it, in one
     * query for the whole report, both ways: for a digest the reports whose evidence has the same digest
     * (the (kind, hash_value) index of report_evidence), at distance 0; for a PDQ hash those with a PDQ
     * hash within {@code radius} (the GIN index of the band keys picks the candidates sharing a probe key,
     * the exact distance decides). Those finished before {@code finishedAt} (or at the same instant with a
     * smaller id) are {@link Seen#earlier()}, at most {@code limit} per probe, closest first, then by id; a
     * probe nothing matches has no entry. Those finished after it and already triaged are
     * {@link Seen#later()}, each matching hash of theirs (not limited: each must learn of this report,
     * {@link #addToLater}).
     *
     * <p>Runs in the caller's transaction, and for the rest of it statements are planned generically
     * and without sequential scans where an index serves ({@link #GENERIC_PLAN}): triage's later
     * statements are inserts and lookups by key, whose generic plans are the ones PostgreSQL settles on
     * anyway. A caller takes its hashes' locks first ({@link #lock}), so that a job triaging
     * a near hash at the same moment has committed before this lookup or waits until this one has.
     */
    public Seen seenBefore(UUID reportId, Instant finishedAt, List<Probe> probes, int radius, int limit) {
        Map<Integer, List<Earlier>> earlier = new TreeMap<>();
        List<Later> later = new ArrayList<>();
        if (probes.isEmpty()) {
            return new Seen(earlier, later);
        }
        em.createNativeQuery(GENERIC_PLAN).executeUpdate();
        var query = em.createNativeQuery(SEEN_BEFORE);
        List<Object> parameters = seenBeforeParameters(reportId, finishedAt, probes, radius, limit);
        for (int p = 0; p < parameters.size(); p++) {
            query.setParameter(p + 1, parameters.get(p));
        }
        for (Object row : query.getResultList()) {
            Object[] r = (Object[]) row;
            int probe = ((Number) r[0]).intValue();
            int distance = ((Number) r[2]).intValue();
            if (Boolean.TRUE.equals(r[3])) {
                later.add(new Later(probe, (UUID) r[1], ((Number) r[4]).intValue(), EvidenceKind.valueOf((String) r[6]),
                        TriageHit.Source.valueOf((String) r[5]), distance));
            } else {
                earlier.computeIfAbsent(probe, k -> new ArrayList<>()).add(new Earlier((UUID) r[1], distance));
            }
        }
        return new Seen(earlier, later);
    }

    /**
     * Takes the transaction-level advisory locks of a report's hashes, {@code exclusive} and {@code shared}
     * keys (the caller's rule: band keys of PDQ hashes, a key per digest), in one statement in ascending key
     * order (V62), waiting for any job that holds a conflicting one to end. Nothing for no keys.
     */
    public void lock(int[] exclusive, int[] shared) {
        if (exclusive.length + shared.length == 0) {
            return;
        }
        em.createNativeQuery(LOCK_KEYS).setParameter(1, intArray(exclusive)).setParameter(2, intArray(shared)).getResultList();
    }

    /**
     * Adds to the triage of each later report in {@code later} a SEEN_BEFORE hit naming {@code earlierReport}
     * for each of its matching hashes (the closest distance where several of the earlier report's hashes
     * match it), unless that hash's hits name it already or number {@code limit} already; a triage that
     * gains a hit is {@code seen_before} and its score follows {@link TriageScore}. The later triage rows
     * are locked first in the order of their keys (one statement), so two jobs adding to the same ones
     * cannot deadlock. Returns the triages changed, in that order.
     */
    public List<Amended> addToLater(UUID earlierReport, List<Later> later, int limit) {
        if (later.isEmpty()) {
            return List.of();
        }
        Map<UUID, Map<String, Later>> closest = new TreeMap<>();
        for (Later l : later) {
            closest.computeIfAbsent(l.reportId(), k -> new TreeMap<>())
                    .merge(l.position() + "/" + l.kind() + "/" + l.source(), l, (x, y) -> x.distance() <= y.distance() ? x : y);
        }
        String ids = closest.keySet().stream().map(UUID::toString).collect(Collectors.joining(",", "{", "}"));
        List<Amended> out = new ArrayList<>();
        for (Object row : em.createNativeQuery(LOCK_LATER).setParameter(1, ids).getResultList()) {
            Object[] r = (Object[]) row;
            UUID reportId = (UUID) r[0];
            int added = 0;
            for (Later hash : closest.get(reportId).values()) {
                added += em.createNativeQuery(ADD_LATER_HIT).setParameter(1, UUID.randomUUID()).setParameter(2, reportId)
                        .setParameter(3, hash.position()).setParameter(4, hash.kind().name()).setParameter(5, hash.source().name())
                        .setParameter(6, earlierReport).setParameter(7, hash.distance()).setParameter(8, limit).executeUpdate();
            }
            if (added > 0) {
                int score = TriageScore.of((Boolean) r[1], (Boolean) r[2], true);
                em.createNativeQuery(MARK_LATER).setParameter(1, reportId).setParameter(2, score).executeUpdate();
                out.add(new Amended(reportId, added, score));
            }
        }
        return out;
    }

    /**
     * The values of {@link #SEEN_BEFORE}'s parameters ?1 to ?14, in that order; the arrays as PostgreSQL
     * array literals (text, cast in the statement), so that their length changes only the values.
     */
    static List<Object> seenBeforeParameters(UUID reportId, Instant finishedAt, List<Probe> probes, int radius, int limit) {
        List<Integer> digestIndexes = new ArrayList<>();
        List<String> kinds = new ArrayList<>();
        List<String> values = new ArrayList<>();
        List<Integer> pdqIndexes = new ArrayList<>();
        List<List<Long>> words = List.of(new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
        StringJoiner keys = new StringJoiner(",", "{", "}");
        int keysEach = -1;
        for (int i = 0; i < probes.size(); i++) {
            Probe p = probes.get(i);
            if (p.kind() == EvidenceKind.PDQ) {
                if (keysEach >= 0 && p.probeKeys().length != keysEach) {
                    throw new IllegalArgumentException("every PDQ probe has as many band keys as the first (" + keysEach + ")");
                }
                keysEach = p.probeKeys().length;
                pdqIndexes.add(i);
                for (int w = 0; w < 4; w++) {
                    words.get(w).add(p.words()[w]);
                }
                IntStream.of(p.probeKeys()).forEach(k -> keys.add(Integer.toString(k)));
            } else {
                digestIndexes.add(i);
                kinds.add(p.kind().name());
                values.add(p.value());
            }
        }
        return List.of(reportId, Timestamp.from(finishedAt), radius, limit, array(digestIndexes), textArray(kinds), textArray(values),
                array(pdqIndexes), array(words.get(0)), array(words.get(1)), array(words.get(2)), array(words.get(3)), keys.toString(),
                Math.max(keysEach, 0));
    }

    /** Keeps a PDQ hash of a triaged report, so later reports find it. */
    public void addPdq(UUID reportId, int position, TriageHit.Source source, long[] words, int[] bandKeys, Instant finishedAt) {
        em.createNativeQuery(ADD_PDQ)
                .setParameter(1, reportId).setParameter(2, position).setParameter(3, source.name())
                .setParameter(4, words[0]).setParameter(5, words[1]).setParameter(6, words[2]).setParameter(7, words[3])
                .setParameter(8, intArray(bandKeys)).setParameter(9, Timestamp.from(finishedAt)).executeUpdate();
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

    /** A PostgreSQL array literal of numbers (a parameter's value, cast to int[] or bigint[] in the statement). */
    private static String array(List<? extends Number> values) {
        return values.stream().map(Object::toString).collect(Collectors.joining(",", "{", "}"));
    }

    static String intArray(int[] values) {
        return IntStream.of(values).mapToObj(Integer::toString).collect(Collectors.joining(",", "{", "}"));
    }

    /** A PostgreSQL array literal of strings, each quoted (a provider's digest is text from outside: quotes and backslashes escaped). */
    static String textArray(List<String> values) {
        return values.stream().map(v -> '"' + v.replace("\\", "\\\\").replace("\"", "\\\"") + '"')
                .collect(Collectors.joining(",", "{", "}"));
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
