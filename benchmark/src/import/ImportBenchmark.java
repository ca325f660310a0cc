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
 * Usage: java -cp ... ImportBenchmark.java JDBC_URL USER PASSWORD LINES CHUNK
 */
public class ImportBenchmark {

    public static void main(String[] args) throws Exception {
        String url = args[0];
        int lines = Integer.parseInt(args[3]);
        int chunk = Integer.parseInt(args[4]);
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
            long t2 = System.nanoTime();
            ImportSql.Published published = ImportSql.publish(c, submission, 1L, Instant.now());
            c.commit();
            long t3 = System.nanoTime();
            double upload = (t1 - t0) / 1e9;
            double stage = (t2 - t1) / 1e9;
            double publish = (t3 - t2) / 1e9;
            System.out.printf("lines %d (%d chunks of %d): upload %.1f s, stage %.1f s (%.0f lines/s), publish %.1f s (%.0f lines/s)%n",
                    total, chunks, chunk, upload, stage, total / stage, publish, total / publish);
            System.out.printf("job (stage + publish): %.1f s = %.0f hashes/s; with the upload: %.0f hashes/s; %s%n",
                    stage + publish, total / (stage + publish), total / (upload + stage + publish), published);
        }
    }
}
