import eu.csar.indicators.application.ImportBlocks;
import eu.csar.indicators.application.ImportSql;
import eu.csar.indicators.application.ImportSql.StagedLine;
import eu.csar.indicators.domain.ImportLineParser;
import eu.csar.indicators.api.IndicatorKind;

import java.io.BufferedReader;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.SplittableRandom;
import java.util.UUID;

/**
 * The bulk import's database code path without the application server (bin/import-bench): N synthetic
 * PDQ lines of the hasher's CSV (random 256-bit hashes, 1% below quality 50) are stored as the job
 * stores an upload (blocks), then read block by block, parsed with ImportLineParser and staged with
 * ImportSql.stage, one transaction per chunk as the job's chunks, then published with
 * ImportSql.publish in one transaction. Prints the time of each phase and hashes/s.
 * With MODE {@code floor}, before the publication, the least work the rules ask for (see {@link Floor}).
 * BENCH_SET="name=value;..." sets those settings (SET LOCAL) in the publication's transaction and in each
 * floor variant's; BENCH_ADMIN_URL (a superuser's JDBC URL) makes each measured phase start after a CHECKPOINT.
 * Usage: java -cp ... ImportBenchmark.java JDBC_URL USER PASSWORD LINES CHUNK [MODE]
 */
public class ImportBenchmark {

    public static void main(String[] args) throws Exception {
        String url = args[0];
        int lines = Integer.parseInt(args[3]);
        int chunk = Integer.parseInt(args[4]);
        boolean floor = args.length > 5 && "floor".equals(args[5]);
        String admin = System.getenv("BENCH_ADMIN_URL");
        try (Connection c = DriverManager.getConnection(url, args[1], args[2])) {
            c.setAutoCommit(false);
            UUID submission = UUID.randomUUID();
            UUID set = UUID.fromString("00000000-0000-4000-8000-000000000441");
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO indicator_submissions (id, version, set_id, source, process, "
                    + "process_version, submitted_by, submitted_at, state) VALUES (?, 0, ?, 'THIRD_PARTY_LIST', 'bench', '1', 'bench', now(), 'IMPORTING')")) {
                ps.setObject(1, submission);
                ps.setObject(2, set);
                ps.executeUpdate();
            }
            SplittableRandom random = new SplittableRandom(lines);
            StringBuilder file = new StringBuilder(lines * 90);
            for (int i = 1; i <= lines; i++) {
                file.append(String.format("%016x%016x%016x%016x", random.nextLong(), random.nextLong(), random.nextLong(), random.nextLong()))
                        .append(',').append(i % 100 == 0 ? 30 : 90).append(",/synthetic/").append(i).append(".jpg\n");
            }
            long t0 = System.nanoTime();
            int total;
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO indicator_import_blocks VALUES (?, ?, ?, ?, ?)")) {
                total = ImportBlocks.split(new BufferedReader(new StringReader(file.toString())), ImportBlocks.LINES_PER_BLOCK, b -> {
                    try {
                        ps.setObject(1, submission);
                        ps.setInt(2, b.number());
                        ps.setInt(3, b.firstLine());
                        ps.setInt(4, b.lines().size());
                        ps.setString(5, b.content());
                        ps.executeUpdate();
                    } catch (java.sql.SQLException e) {
                        throw new IllegalStateException(e);
                    }
                });
            }
            file = null;
            c.commit();
            long t1 = System.nanoTime();
            ImportLineParser parser = new ImportLineParser(ImportLineParser.Format.CSV, true, EnumSet.allOf(IndicatorKind.class));
            List<StagedLine> batch = new ArrayList<>(chunk);
            int chunks = 0;
            for (int block = 0; ; block++) {
                String content;
                int first;
                int count;
                try (PreparedStatement ps = c.prepareStatement("SELECT first_line, line_count, content FROM indicator_import_blocks "
                        + "WHERE submission_id = ? AND block_no = ?")) {
                    ps.setObject(1, submission);
                    ps.setInt(2, block);
                    try (ResultSet rs = ps.executeQuery()) {
                        if (!rs.next()) {
                            break;
                        }
                        first = rs.getInt(1);
                        count = rs.getInt(2);
                        content = rs.getString(3);
                    }
                }
                String[] text = ImportBlocks.lines(content, count);
                for (int i = 0; i < count; i++) {
                    ImportLineParser.Outcome o = parser.parse(text[i]);
                    batch.add(o.accepted()
                            ? new StagedLine(first + i, o.entry().kind().name(), o.entry().value(), o.entry().quality(), o.entry().label(), null)
                            : new StagedLine(first + i, null, text[i], null, null, o.refusal()));
                    if (batch.size() == chunk) {
                        ImportSql.stage(c, submission, batch);
                        c.commit();
                        chunks++;
                        batch.clear();
                    }
                }
            }
            if (!batch.isEmpty()) {
                ImportSql.stage(c, submission, batch);
                c.commit();
                chunks++;
            }
            long staged = System.nanoTime();
            double analyze = 0;
            if (!"noanalyze".equals(System.getenv("BENCH_ANALYZE"))) {
                // the planner needs the staging's statistics (a fresh table has none: the statement's joins become nested loops)
                try (java.sql.Statement st = c.createStatement()) {
                    st.execute("ANALYZE indicator_import_staging");
                }
                c.commit();
                analyze = (System.nanoTime() - staged) / 1e9;
                System.out.printf("ANALYZE indicator_import_staging: %.1f s%n", analyze);
            }
            if (floor) {
                Floor.run(c, submission, set, admin);
            }
            if (args.length > 5 && "explain".equals(args[5])) {
                explain(c, submission, set);
                return;
            }
            checkpoint(admin);
            String lsn0 = Floor.lsn(c);
            long ckpt0 = Floor.checkpoints(c);
            long t2 = System.nanoTime();
            settings(c);
            ImportSql.Published published = ImportSql.publish(c, submission, 1L, Instant.now());
            c.commit();
            long t3 = System.nanoTime();
            check(c, submission);
            System.out.printf("publication: WAL %d MB, checkpoints during it %d%n", Floor.walBytes(c, lsn0) >> 20, Floor.checkpoints(c) - ckpt0);
            double upload = (t1 - t0) / 1e9;
            double stage = (staged - t1) / 1e9;
            double publish = (t3 - t2) / 1e9 + analyze; // the staging's ANALYZE is part of the publication
            System.out.printf("lines %d (%d chunks of %d): upload %.1f s, stage %.1f s (%.0f lines/s), publish %.1f s (%.0f lines/s)%n",
                    total, chunks, chunk, upload, stage, total / stage, publish, total / publish);
            System.out.printf("job (stage + publish): %.1f s = %.0f hashes/s; with the upload: %.0f hashes/s; %s%n",
                    stage + publish, total / (stage + publish), total / (upload + stage + publish), published);
        }
    }

    /**
     * MODE explain: the publication's statement (ImportSql.PUBLISH, bound as ImportSql.publish binds it) under
     * EXPLAIN (ANALYZE, WAL, BUFFERS), printed and rolled back: where its time and WAL go.
     */
    static void explain(Connection c, UUID submission, UUID set) throws Exception {
        try {
            java.lang.reflect.Method m = ImportSql.class.getMethod("explain", Connection.class, UUID.class, long.class, Instant.class);
            settings(c);
            for (Object line : (List<?>) m.invoke(null, c, submission, 1L, Instant.now())) {
                System.out.println(line);
            }
            c.rollback();
            return;
        } catch (NoSuchMethodException older) {
            // an ImportSql without explain (BENCH_CLASSES): its statement bound as it was then
        }
        java.lang.reflect.Field f = ImportSql.class.getDeclaredField("PUBLISH");
        f.setAccessible(true);
        java.lang.reflect.Method prefix = ImportSql.class.getDeclaredMethod("idPrefix", Instant.class, java.util.Random.class);
        prefix.setAccessible(true);
        Instant now = Instant.now();
        java.util.Random random = new java.security.SecureRandom();
        Timestamp at = Timestamp.from(now);
        try (java.sql.Statement st = c.createStatement()) {
            st.execute("SELECT 1 FROM indicator_submissions WHERE id = '" + submission + "' FOR UPDATE");
            st.execute("SET LOCAL work_mem = '256MB'");
        }
        settings(c);
        try (PreparedStatement ps = c.prepareStatement("EXPLAIN (ANALYZE, WAL, BUFFERS) " + f.get(null))) {
            Object[] p = {set, submission, prefix.invoke(null, now, random), set, at, at, submission, set, at,
                prefix.invoke(null, now, random), at, submission, prefix.invoke(null, now, random), at, "bench", "imported by job 1", 1L};
            for (int i = 0; i < p.length; i++) {
                ps.setObject(i + 1, p[i]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    System.out.println(rs.getString(1));
                }
            }
        }
        c.rollback();
    }

    /** After the publication: every line's indicator has the line's value, one provenance link and one history row per indicator. */
    static void check(Connection c, UUID submission) throws java.sql.SQLException {
        try (PreparedStatement ps = c.prepareStatement(("SELECT (SELECT count(*) FROM indicator_submission_lines l JOIN indicators i ON i.id = l.indicator_id "
                + "WHERE l.submission_id = ?1 AND (i.kind <> l.kind OR i.value <> l.value)), "
                + "(SELECT count(*) FROM indicators), (SELECT count(*) FROM indicator_provenance WHERE submission_id = ?1), "
                + "(SELECT count(DISTINCT indicator_id) FROM indicator_status_changes WHERE import_job_id = 1), "
                + "(SELECT count(*) FROM indicator_status_changes WHERE import_job_id = 1)").replace("?1", "'" + submission + "'"))) {
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                System.out.printf("check: %d lines whose indicator has another value; %d indicators, %d provenance links, "
                        + "%d history rows for %d indicators%n", rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(5), rs.getLong(4));
            }
        }
    }

    /** BENCH_SET="jit=off;work_mem=256MB": SET LOCAL each, in the current transaction. */
    static void settings(Connection c) throws java.sql.SQLException {
        String set = System.getenv("BENCH_SET");
        if (set == null || set.isBlank()) {
            return;
        }
        try (java.sql.Statement st = c.createStatement()) {
            for (String kv : set.split(";")) {
                if (!kv.isBlank()) {
                    String[] p = kv.split("=", 2);
                    st.execute("SET LOCAL " + p[0].trim() + " = '" + p[1].trim() + "'");
                }
            }
        }
    }

    static void checkpoint(String admin) throws java.sql.SQLException {
        if (admin != null && !admin.isBlank()) {
            long t = System.nanoTime();
            try (Connection a = DriverManager.getConnection(admin); java.sql.Statement st = a.createStatement()) {
                st.execute("CHECKPOINT");
            }
            System.out.printf("  (checkpoint before the next phase: %.1f s)%n", (System.nanoTime() - t) / 1e9);
        }
    }

    /**
     * The floor: the least work the import's rules require, as plain INSERT ... SELECT from the staging,
     * each variant in its own transaction that is rolled back (then the tables are truncated, so that each
     * starts from empty tables as the publication does): one indicator per accepted line (no duplicates in
     * the synthetic file, so no de-duplication), one provenance link and one history row per indicator, a
     * submission line only for the refused lines. Ids come from the line number (a statement prefix +
     * the line number), so the link and the history row know their indicator without a join.
     * Variants: with the foreign keys; without them (dropped inside the transaction); with the indicators
     * inserted in the order of their unique key (as the publication does: its entries then land side by side
     * instead of on random pages of an index larger than shared_buffers); and with a submission line for
     * every line as today (with the foreign keys).
     */
    static final class Floor {
        static void run(Connection c, UUID submission, UUID set, String admin) throws java.sql.SQLException {
            variant(c, submission, set, admin, "floor, with the foreign keys", false, false, false);
            variant(c, submission, set, admin, "floor, without the foreign keys", true, false, false);
            variant(c, submission, set, admin, "floor, with the foreign keys, indicators inserted in (kind, value) order", false, false, true);
            variant(c, submission, set, admin, "floor + a submission line for every line (today's rows), with the foreign keys", false, true, false);
        }

        static void variant(Connection c, UUID submission, UUID set, String admin, String name, boolean dropForeignKeys, boolean allLines,
                boolean sorted)
                throws java.sql.SQLException {
            checkpoint(admin);
            System.out.println(name + ":");
            String lsn0 = lsn(c);
            long ckpt0 = checkpoints(c);
            long t0 = System.nanoTime();
            settings(c);
            if (dropForeignKeys) {
                List<String> drops = new ArrayList<>();
                try (PreparedStatement ps = c.prepareStatement("SELECT conrelid::regclass::text, conname FROM pg_constraint WHERE contype = 'f' "
                        + "AND conrelid::regclass::text IN ('indicators', 'indicator_provenance', 'indicator_status_changes', 'indicator_submission_lines')");
                        ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        drops.add("ALTER TABLE " + rs.getString(1) + " DROP CONSTRAINT " + rs.getString(2));
                    }
                }
                for (String d : drops) {
                    exec(c, d);
                }
                System.out.printf("  %d foreign keys dropped (inside the transaction)%n", drops.size());
            }
            String at = "'" + Timestamp.from(Instant.now()) + "'::timestamptz";
            String ind = "('0190c0de-0000-7000-8000-' || lpad(to_hex(line_no), 12, '0'))::uuid";
            String prov = "('0190c0de-0001-7000-8000-' || lpad(to_hex(line_no), 12, '0'))::uuid";
            String hist = "('0190c0de-0002-7000-8000-' || lpad(to_hex(line_no), 12, '0'))::uuid";
            String from = " FROM indicator_import_staging WHERE submission_id = '" + submission + "'";
            timed(c, "indicators", "INSERT INTO indicators (id, version, set_id, kind, value, quality, state, created_at, state_changed_at) "
                    + "SELECT " + ind + ", 0, '" + set + "', kind, value, quality, 'SUBMITTED', " + at + ", " + at + from + " AND reason IS NULL" + (sorted ? " ORDER BY kind, value COLLATE \"C\"" : ""));
            timed(c, "provenance links", "INSERT INTO indicator_provenance (id, indicator_id, submission_id, source, process, process_version, "
                    + "label, verified, added_at) SELECT " + prov + ", " + ind + ", submission_id, 'THIRD_PARTY_LIST', 'bench', '1', label, FALSE, "
                    + at + from + " AND reason IS NULL");
            timed(c, "history rows", "INSERT INTO indicator_status_changes (id, indicator_id, from_state, event, to_state, occurred_at, actor, "
                    + "reason, import_job_id) SELECT " + hist + ", " + ind + ", NULL, 'IMPORTED', 'SUBMITTED', " + at + ", 'bench', "
                    + "'imported by job 1', 1" + from + " AND reason IS NULL");
            timed(c, allLines ? "submission lines (all)" : "submission lines (refused only)",
                    "INSERT INTO indicator_submission_lines (submission_id, line_no, kind, value, quality, label, outcome, reason, indicator_id) "
                    + "SELECT submission_id, line_no, kind, value, quality, label, CASE WHEN reason IS NULL THEN 'ACCEPTED' ELSE 'REFUSED' END, "
                    + "reason, CASE WHEN reason IS NULL THEN " + ind + " END" + from + (allLines ? "" : " AND reason IS NOT NULL"));
            double s = (System.nanoTime() - t0) / 1e9;
            long wal = walBytes(c, lsn0);
            long ckpts = checkpoints(c) - ckpt0;
            c.rollback();
            System.out.printf("  total %.1f s, WAL %d MB, checkpoints during it %d (rolled back)%n", s, wal >> 20, ckpts);
            // CASCADE: the bench's own fresh database, where every table that references indicators (the later contexts'
            // too, such as the URL list orders' entries) is empty
            exec(c, "TRUNCATE indicator_submission_lines, indicator_provenance, indicator_status_changes, indicator_changes, "
                    + "indicator_match_counts, indicator_flags, indicators CASCADE");
            c.commit();
        }

        static void timed(Connection c, String what, String sql) throws java.sql.SQLException {
            long t = System.nanoTime();
            int n;
            try (java.sql.Statement st = c.createStatement()) {
                n = st.executeUpdate(sql);
            }
            System.out.printf("  %-32s %8d rows %6.1f s%n", what, n, (System.nanoTime() - t) / 1e9);
        }

        static void exec(Connection c, String sql) throws java.sql.SQLException {
            try (java.sql.Statement st = c.createStatement()) {
                st.execute(sql);
            }
        }

        static String lsn(Connection c) throws java.sql.SQLException {
            try (java.sql.Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT pg_current_wal_insert_lsn()::text")) {
                rs.next();
                return rs.getString(1);
            }
        }

        static long walBytes(Connection c, String from) throws java.sql.SQLException {
            try (PreparedStatement ps = c.prepareStatement("SELECT pg_wal_lsn_diff(pg_current_wal_insert_lsn(), ?::pg_lsn)::bigint")) {
                ps.setString(1, from);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    return rs.getLong(1);
                }
            }
        }

        static long checkpoints(Connection c) throws java.sql.SQLException {
            try (java.sql.Statement st = c.createStatement();
                    ResultSet rs = st.executeQuery("SELECT checkpoints_timed + checkpoints_req FROM pg_stat_bgwriter, pg_stat_clear_snapshot()")) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }
}
