package eu.csar.indicators.application;

import java.security.SecureRandom;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Random;
import java.util.UUID;

/**
 * The SQL of a bulk import, on a plain JDBC connection so that the batch job (in its chunk's JTA
 * transaction) and the benchmark (directly against PostgreSQL) run the very same statements.
 * <ul>
 * <li>{@link #stage}: one chunk of parsed lines into {@code indicator_import_staging} in ONE statement
 * ({@code unnest} of arrays), {@code ON CONFLICT DO NOTHING} on (submission, line), so that a chunk
 * written again after a restart never duplicates a line;</li>
 * <li>{@link #publish}: every staged line into the indicator database in ONE statement within the
 * caller's one transaction: new indicators (SUBMITTED), links to existing ones, one provenance link per
 * indicator, every line with its outcome, one "imported by job N" history row per indicator, the
 * change feed for an ACTIVE indicator that becomes matchable again; then the staging rows and the
 * file are deleted and the submission waits for four-eyes verification (SUBMITTED).</li>
 * </ul>
 */
public final class ImportSql {

    /** What the staging holds for one line: either kind+value(+quality, label), or a reason (value = the raw line). */
    public record StagedLine(int lineNo, String kind, String value, Integer quality, String label, String reason) {
    }

    /** Counts of a publication; {@code maxChangeSeq} is 0 when no indicator became matchable. */
    public record Published(int lines, int accepted, int linked, int refused, int indicators, long maxChangeSeq) {
    }

    static final int MAX_RAW = 2048;

    private ImportSql() {
    }

    /** Writes the chunk; returns how many lines were new (a repeated chunk after a restart writes none). */
    public static int stage(Connection c, UUID submission, List<StagedLine> lines) throws SQLException {
        if (lines.isEmpty()) {
            return 0;
        }
        int n = lines.size();
        Integer[] lineNos = new Integer[n];
        String[] kinds = new String[n];
        String[] values = new String[n];
        Integer[] qualities = new Integer[n];
        String[] labels = new String[n];
        String[] reasons = new String[n];
        for (int i = 0; i < n; i++) {
            StagedLine l = lines.get(i);
            lineNos[i] = l.lineNo();
            kinds[i] = l.kind();
            values[i] = l.value() != null && l.value().length() > MAX_RAW ? l.value().substring(0, MAX_RAW) : l.value();
            qualities[i] = l.quality();
            labels[i] = l.label();
            reasons[i] = l.reason();
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO indicator_import_staging "
                + "(submission_id, line_no, kind, value, quality, label, reason) "
                + "SELECT ?, u.* FROM unnest(?::int4[], ?::varchar[], ?::varchar[], ?::int4[], ?::varchar[], ?::varchar[]) "
                + "AS u(line_no, kind, value, quality, label, reason) ON CONFLICT (submission_id, line_no) DO NOTHING")) {
            ps.setObject(1, submission);
            Array[] arrays = {c.createArrayOf("int4", lineNos), c.createArrayOf("varchar", kinds), c.createArrayOf("varchar", values),
                c.createArrayOf("int4", qualities), c.createArrayOf("varchar", labels), c.createArrayOf("varchar", reasons)};
            for (int i = 0; i < arrays.length; i++) {
                ps.setArray(i + 2, arrays[i]);
            }
            return ps.executeUpdate();
        }
    }

    /** How many lines of the import are staged (committed chunks). */
    public static long stagedCount(Connection c, UUID submission) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT count(*) FROM indicator_import_staging WHERE submission_id = ?")) {
            ps.setObject(1, submission);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    /**
     * Refreshes the planner's statistics of the staging, in the caller's (auto-committed) transaction,
     * before {@link #publish}: without them (a fresh table, or one autovacuum has not analysed since
     * the chunks arrived) the planner takes the staged lines for a handful and joins them by nested
     * loops, which grows with the square of the lines (5,000 lines: 24.7 million comparisons, 3 s).
     * Not inside the publication's transaction, whose lock on the table would then last until it commits.
     */
    public static void analyzeStaging(Connection c) throws SQLException {
        long t0 = System.nanoTime();
        try (Statement st = c.createStatement()) {
            st.execute("ANALYZE indicator_import_staging");
        } finally {
            trace(t0, "ANALYZE indicator_import_staging");
        }
    }

    /**
     * Publishes the staged lines of {@code submission} within the caller's transaction; the history rows
     * name the submitter (the centre admin who started the import) as the actor. Returns null when
     * the submission is no longer IMPORTING (already published by an earlier execution: a restart after a
     * crash that followed the commit publishes nothing twice). Locks the submission row first.
     */
    public static Published publish(Connection c, UUID submission, long jobId, Instant now) throws SQLException {
        UUID set;
        String actor;
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT set_id, state, submitted_by FROM indicator_submissions WHERE id = ? FOR UPDATE")) {
            ps.setObject(1, submission);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next() || !"IMPORTING".equals(rs.getString(2))) {
                    return null;
                }
                set = rs.getObject(1, UUID.class);
                actor = rs.getString(3);
            }
        }
        Timestamp at = Timestamp.from(now);
        SecureRandom random = new SecureRandom();
        try (Statement st = c.createStatement()) {
            // the one statement below sorts and hashes every line: in memory, for this transaction only
            st.execute("SET LOCAL work_mem = '256MB'");
            // its cost is far above jit_above_cost, but its time goes to inserts and foreign-key triggers, not to expressions
            st.execute("SET LOCAL jit = off");
        }
        String reason = "imported by job " + jobId;
        Published counts;
        long t0 = System.nanoTime();
        try (PreparedStatement ps = c.prepareStatement(PUBLISH)) {
            bind(ps, set, submission, at, random, now, actor, reason, jobId);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                counts = new Published(rs.getInt(1), rs.getInt(2), rs.getInt(3), rs.getInt(4), rs.getInt(5), rs.getLong(6));
            }
        } finally {
            trace(t0, "publish: indicators, lines, change feed, provenance, history");
        }
        update(c, "UPDATE indicator_submissions SET state = 'SUBMITTED', version = version + 1, import_job_id = ?, "
                + "line_count = ?, refused_count = ?, linked_count = ? WHERE id = ?",
                jobId, counts.lines(), counts.refused(), counts.linked(), submission);
        update(c, "UPDATE indicator_imports SET finished_at = ? WHERE submission_id = ?", at, submission);
        update(c, "DELETE FROM indicator_import_staging WHERE submission_id = ?", submission);
        update(c, "DELETE FROM indicator_import_blocks WHERE submission_id = ?", submission);
        return counts;
    }

    /** The publication's parameters, in the order of {@link #PUBLISH}; one prefix for the new indicators' ids, used twice. */
    private static void bind(PreparedStatement ps, UUID set, UUID submission, Timestamp at, Random random, Instant now, String actor,
            String reason, long jobId) throws SQLException {
        String indicators = idPrefix(now, random);
        int i = 0;
        ps.setObject(++i, set);
        ps.setObject(++i, submission);
        ps.setString(++i, indicators);
        ps.setObject(++i, set);
        ps.setTimestamp(++i, at);
        ps.setTimestamp(++i, at);
        ps.setString(++i, indicators);
        ps.setObject(++i, submission);
        ps.setObject(++i, set);
        ps.setTimestamp(++i, at);
        ps.setString(++i, idPrefix(now, random));
        ps.setTimestamp(++i, at);
        ps.setObject(++i, submission);
        ps.setString(++i, idPrefix(now, random));
        ps.setTimestamp(++i, at);
        ps.setString(++i, actor);
        ps.setString(++i, reason);
        ps.setLong(++i, jobId);
    }

    /**
     * For bin/import-bench --explain: the publication's statement of {@code submission} (set and actor as
     * {@link #publish} reads them) under EXPLAIN (ANALYZE, WAL, BUFFERS): it runs, so the caller rolls back.
     */
    public static List<String> explain(Connection c, UUID submission, long jobId, Instant now) throws SQLException {
        UUID set;
        String actor;
        try (PreparedStatement ps = c.prepareStatement("SELECT set_id, submitted_by FROM indicator_submissions WHERE id = ? FOR UPDATE")) {
            ps.setObject(1, submission);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                set = rs.getObject(1, UUID.class);
                actor = rs.getString(2);
            }
        }
        try (Statement st = c.createStatement()) {
            st.execute("SET LOCAL work_mem = '256MB'");
            st.execute("SET LOCAL jit = off");
        }
        List<String> plan = new java.util.ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("EXPLAIN (ANALYZE, WAL, BUFFERS) " + PUBLISH)) {
            bind(ps, set, submission, Timestamp.from(now), new SecureRandom(), now, actor, "imported by job " + jobId, jobId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    plan.add(rs.getString(1));
                }
            }
        }
        return plan;
    }

    /**
     * The id of the n-th row a statement inserts: a prefix of the statement's own ({@link #idPrefix}, one
     * parameter) and the row's number in insertion order (12 hex digits).
     */
    private static final String ID = "(?::text || lpad(to_hex(row_number() OVER ()), 12, '0'))::uuid";

    /**
     * The id of a new indicator: a prefix of the statement's own and the rank of its (kind, value) among
     * the file's, which is the order the statement inserts them in; both the insert and every line of
     * that indicator compute it, so the lines need not join the inserted rows to learn their indicator.
     */
    private static final String NEW_ID = "(?::text || lpad(to_hex(id_rank), 12, '0'))::uuid";

    /**
     * The publication in ONE statement, so that every staged line is read once and nothing is copied
     * into a temporary table: {@code src} sorts the lines once by (kind, value, line) and gives each its
     * occurrence in the file, the rank of its (kind, value) and the indicator the set already has;
     * {@code ins} creates the indicators not yet in the set (the first line of each (kind, value) gives
     * the quality) in that order; {@code lines} gives every line its indicator: an existing one, or the
     * new one, whose id both compute from the rank ({@link #NEW_ID}), so no line has to find its new
     * indicator by joining the inserted rows (the statement's snapshot would not show them anyway). The
     * first occurrence of a new indicator is ACCEPTED, any other accepted line LINKED. The change feed,
     * the provenance links and the history rows are written from the first occurrences (one per
     * indicator); the change feed's "no live link" test runs on the snapshot, so before this import's own
     * links. The SELECT returns the counts.
     * Ids are time-ordered ({@link #idPrefix}): new rows land at the end of each index.
     * A concurrent transaction that adds one of the file's hashes to the set while this statement runs
     * makes it fail on the unique key (nothing is written); the step fails and a restart publishes.
     */
    private static final String PUBLISH = "WITH src AS MATERIALIZED (SELECT s.line_no, s.kind, s.value, s.quality, s.label, s.reason, "
            + "CASE WHEN s.reason IS NULL THEN row_number() OVER w END AS occurrence, "
            + "CASE WHEN s.reason IS NULL THEN dense_rank() OVER (ORDER BY s.kind, s.value COLLATE \"C\") END AS id_rank, "
            + "e.id AS existing_id, e.state AS old_state FROM indicator_import_staging s "
            + "LEFT JOIN indicators e ON s.reason IS NULL AND e.set_id = ? AND e.kind = s.kind AND e.value = s.value "
            + "WHERE s.submission_id = ? WINDOW w AS (PARTITION BY s.kind, s.value COLLATE \"C\" ORDER BY s.line_no)), "
            + "ins AS (INSERT INTO indicators (id, version, set_id, kind, value, quality, state, created_at, state_changed_at) "
            + "SELECT " + NEW_ID + ", 0, ?, kind, value, quality, 'SUBMITTED', ?, ? FROM src WHERE occurrence = 1 AND existing_id IS NULL), "
            + "lines AS MATERIALIZED (SELECT line_no, kind, value, quality, label, reason, occurrence, old_state, "
            + "CASE WHEN reason IS NULL THEN coalesce(existing_id, " + NEW_ID + ") END AS indicator_id, "
            + "reason IS NULL AND existing_id IS NULL AS new, "
            + "CASE WHEN reason IS NOT NULL THEN 'REFUSED' WHEN existing_id IS NULL AND occurrence = 1 THEN 'ACCEPTED' "
            + "ELSE 'LINKED' END AS outcome FROM src), "
            + "submission_lines AS (INSERT INTO indicator_submission_lines (submission_id, line_no, kind, value, quality, label, "
            + "outcome, reason, indicator_id) SELECT ?, line_no, kind, value, quality, label, outcome, reason, indicator_id FROM lines), "
            + "feed AS (INSERT INTO indicator_changes (indicator_id, set_id, change, changed_at) "
            + "SELECT l.indicator_id, ?, 'ADD', ? FROM lines l WHERE l.occurrence = 1 AND l.old_state = 'ACTIVE' "
            + "AND NOT EXISTS (SELECT 1 FROM indicator_provenance p WHERE p.indicator_id = l.indicator_id AND p.withdrawn_at IS NULL) "
            + "RETURNING seq), "
            + "provenance AS (INSERT INTO indicator_provenance (id, indicator_id, submission_id, source, member_state, authority, "
            + "decision_reference, decision_date, process, process_version, label, verified, added_at) "
            + "SELECT " + ID + ", l.indicator_id, s.id, s.source, s.member_state, s.authority, s.decision_reference, "
            + "s.decision_date, s.process, s.process_version, l.label, FALSE, ? "
            + "FROM lines l CROSS JOIN indicator_submissions s WHERE s.id = ? AND l.occurrence = 1), "
            + "history AS (INSERT INTO indicator_status_changes (id, indicator_id, from_state, event, to_state, occurred_at, "
            + "actor, reason, import_job_id) SELECT " + ID + ", indicator_id, old_state, "
            + "CASE WHEN new THEN 'IMPORTED' ELSE 'LINKED' END, coalesce(old_state, 'SUBMITTED'), ?, ?, ?, ? "
            + "FROM lines WHERE occurrence = 1) "
            + "SELECT count(*), count(*) FILTER (WHERE outcome = 'ACCEPTED'), count(*) FILTER (WHERE outcome = 'LINKED'), "
            + "count(*) FILTER (WHERE outcome = 'REFUSED'), count(*) FILTER (WHERE occurrence = 1), "
            + "(SELECT coalesce(max(seq), 0) FROM feed) FROM lines";

    /**
     * The first 20 hex digits of the ids one statement of a publication gives its rows, in the layout of
     * a version 7 UUID: 48 bits of Unix milliseconds, the version (7), 12 random bits, the variant and 14
     * more random bits; the row's number in insertion order completes the id (48 bits). Random UUIDs
     * put each of a million rows on a random page of the primary key (and of every index keyed on
     * indicator_id); these land at the right-hand end of it, as the rows are written.
     */
    static String idPrefix(Instant now, Random random) {
        long millis = now.toEpochMilli() & 0xFFFF_FFFF_FFFFL;
        int randA = random.nextInt(1 << 12);
        int variantAndRandB = 0x8000 | random.nextInt(1 << 14);
        return String.format("%012x7%03x%04x", millis, randA, variantAndRandB);
    }

    static int update(Connection c, String sql, Object... parameters) throws SQLException {
        long t0 = System.nanoTime();
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                ps.setObject(i + 1, parameters[i]);
            }
            return ps.executeUpdate();
        } finally {
            trace(t0, sql);
        }
    }

    private static void trace(long t0, String what) {
        if (TRACE) {
            System.err.printf("%6d ms  %s%n", (System.nanoTime() - t0) / 1_000_000, what.substring(0, Math.min(90, what.length())));
        }
    }

    /** -Dcsar.import.trace=true: the time of each statement on stderr (the benchmark). */
    static final boolean TRACE = Boolean.getBoolean("csar.import.trace");
}
