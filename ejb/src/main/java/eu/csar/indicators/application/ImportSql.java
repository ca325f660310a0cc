package eu.csar.indicators.application;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The SQL of a bulk import, on a plain JDBC connection so that the batch job (in its chunk's JTA
 * transaction) and the benchmark (directly against PostgreSQL) run the very same statements.
 * <ul>
 * <li>{@link #stage}: one chunk of parsed lines into {@code indicator_import_staging} in ONE statement
 * ({@code unnest} of arrays), {@code ON CONFLICT DO NOTHING} on (submission, line), so that a chunk
 * written again after a restart never duplicates a line;</li>
 * <li>{@link #publish}: every staged line into the indicator database, set-based, within the caller's
 * one transaction: new indicators (SUBMITTED), links to existing ones, one provenance link per
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
        try (Statement st = c.createStatement()) {
            // the de-duplication and the joins sort or hash every line: in memory, for this transaction only
            st.execute("SET LOCAL work_mem = '256MB'");
            st.execute("CREATE TEMP TABLE IF NOT EXISTS import_new (id UUID PRIMARY KEY) ON COMMIT DROP");
            st.execute("CREATE TEMP TABLE IF NOT EXISTS import_lines (line_no INTEGER PRIMARY KEY, kind VARCHAR(8), value VARCHAR(2048), "
                    + "quality SMALLINT, label VARCHAR(500), reason VARCHAR(500), indicator_id UUID, outcome VARCHAR(8)) ON COMMIT DROP");
        }
        // 1. the new indicators: one per (kind, value) not yet in the set
        update(c, "WITH src AS (SELECT DISTINCT ON (kind, value) kind, value, quality FROM indicator_import_staging "
                + "WHERE submission_id = ? AND reason IS NULL ORDER BY kind, value, line_no), "
                + "ins AS (INSERT INTO indicators (id, version, set_id, kind, value, quality, state, created_at, state_changed_at) "
                + "SELECT gen_random_uuid(), 0, ?, kind, value, quality, 'SUBMITTED', ?, ? FROM src "
                + "ON CONFLICT (set_id, kind, value) DO NOTHING RETURNING id) "
                + "INSERT INTO import_new SELECT id FROM ins", submission, set, at, at);
        update(c, "ANALYZE import_new");
        // 2. every line with its indicator and outcome: the first line of a new indicator ACCEPTED, any other LINKED
        update(c, "INSERT INTO import_lines SELECT s.line_no, s.kind, s.value, s.quality, s.label, s.reason, i.id, "
                + "CASE WHEN s.reason IS NOT NULL THEN 'REFUSED' "
                + "WHEN n.id IS NOT NULL AND row_number() OVER (PARTITION BY i.id ORDER BY s.line_no) = 1 THEN 'ACCEPTED' "
                + "ELSE 'LINKED' END "
                + "FROM indicator_import_staging s LEFT JOIN indicators i ON s.reason IS NULL AND i.set_id = ? AND i.kind = s.kind "
                + "AND i.value = s.value LEFT JOIN import_new n ON n.id = i.id WHERE s.submission_id = ?", set, submission);
        // temporary tables have no statistics until analysed: without them the planner loops
        update(c, "ANALYZE import_lines");
        // 3. the change feed: an ACTIVE indicator without a live link becomes matchable again with this link
        long maxSeq = 0;
        try (PreparedStatement ps = c.prepareStatement("WITH ins AS (INSERT INTO indicator_changes (indicator_id, set_id, change, changed_at) "
                + "SELECT i.id, i.set_id, 'ADD', ? FROM indicators i WHERE i.state = 'ACTIVE' "
                + "AND i.id IN (SELECT indicator_id FROM import_lines WHERE indicator_id IS NOT NULL) "
                + "AND NOT EXISTS (SELECT 1 FROM indicator_provenance p WHERE p.indicator_id = i.id AND p.withdrawn_at IS NULL) "
                + "RETURNING seq) SELECT coalesce(max(seq), 0) FROM ins")) {
            ps.setTimestamp(1, at);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                maxSeq = rs.getLong(1);
            }
        }
        // 4. one provenance link per indicator, with the first line's label
        update(c, "INSERT INTO indicator_provenance (id, indicator_id, submission_id, source, member_state, authority, "
                + "decision_reference, decision_date, process, process_version, label, verified, added_at) "
                + "SELECT gen_random_uuid(), l.indicator_id, s.id, s.source, s.member_state, s.authority, s.decision_reference, "
                + "s.decision_date, s.process, s.process_version, l.label, FALSE, ? "
                + "FROM (SELECT DISTINCT ON (indicator_id) indicator_id, label FROM import_lines WHERE indicator_id IS NOT NULL "
                + "ORDER BY indicator_id, line_no) l CROSS JOIN indicator_submissions s WHERE s.id = ?", at, submission);
        // 5. every line with its outcome (refused lines keep their raw text as value and the reason)
        update(c, "INSERT INTO indicator_submission_lines (submission_id, line_no, kind, value, quality, label, outcome, reason, indicator_id) "
                + "SELECT ?, line_no, kind, value, quality, label, outcome, reason, indicator_id FROM import_lines", submission);
        // 6. one history row per indicator: "imported by job N"
        String reason = "imported by job " + jobId;
        update(c, "INSERT INTO indicator_status_changes (id, indicator_id, from_state, event, to_state, occurred_at, actor, reason, import_job_id) "
                + "SELECT gen_random_uuid(), i.id, CASE WHEN n.id IS NULL THEN i.state END, "
                + "CASE WHEN n.id IS NULL THEN 'LINKED' ELSE 'IMPORTED' END, i.state, ?, ?, ?, ? "
                + "FROM (SELECT DISTINCT indicator_id FROM import_lines WHERE indicator_id IS NOT NULL) d "
                + "JOIN indicators i ON i.id = d.indicator_id LEFT JOIN import_new n ON n.id = i.id", at, actor, reason, jobId);
        // 7. the counts; the submission now waits for four-eyes verification
        Published counts;
        try (PreparedStatement ps = c.prepareStatement("SELECT count(*), count(*) FILTER (WHERE outcome = 'ACCEPTED'), "
                + "count(*) FILTER (WHERE outcome = 'LINKED'), count(*) FILTER (WHERE outcome = 'REFUSED'), "
                + "count(DISTINCT indicator_id) FROM import_lines")) {
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                counts = new Published(rs.getInt(1), rs.getInt(2), rs.getInt(3), rs.getInt(4), rs.getInt(5), maxSeq);
            }
        }
        update(c, "UPDATE indicator_submissions SET state = 'SUBMITTED', version = version + 1, import_job_id = ?, "
                + "line_count = ?, refused_count = ?, linked_count = ? WHERE id = ?",
                jobId, counts.lines(), counts.refused(), counts.linked(), submission);
        update(c, "UPDATE indicator_imports SET finished_at = ? WHERE submission_id = ?", at, submission);
        update(c, "DELETE FROM indicator_import_staging WHERE submission_id = ?", submission);
        update(c, "DELETE FROM indicator_import_blocks WHERE submission_id = ?", submission);
        try (Statement st = c.createStatement()) {
            st.execute("DROP TABLE import_new");
            st.execute("DROP TABLE import_lines");
        }
        return counts;
    }

    static int update(Connection c, String sql, Object... parameters) throws SQLException {
        long t0 = System.nanoTime();
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                ps.setObject(i + 1, parameters[i]);
            }
            return ps.executeUpdate();
        } finally {
            if (TRACE) {
                System.err.printf("%6d ms  %s%n", (System.nanoTime() - t0) / 1_000_000, sql.substring(0, Math.min(90, sql.length())));
            }
        }
    }

    /** -Dcsar.import.trace=true: the time of each statement on stderr (the benchmark). */
    static final boolean TRACE = Boolean.getBoolean("csar.import.trace");
}
