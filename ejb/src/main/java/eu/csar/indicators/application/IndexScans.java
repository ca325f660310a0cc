package eu.csar.indicators.application;

import eu.csar.indicators.api.IndicatorKind;
import eu.csar.indicators.api.ProvenanceSource;
import org.postgresql.PGConnection;
import org.postgresql.copy.PGCopyInputStream;

import java.io.IOException;
import java.io.InputStream;
import java.sql.Connection;
import java.sql.SQLException;

/**
 * The start-up load's two plain scans (issue 9: ten million indicators in at most 60 s), each one
 * {@code COPY (SELECT ...) TO STDOUT (FORMAT binary)} on the load's connection, so in its
 * repeatable-read snapshot: ids arrive as 16 bytes, seqs as 8, hashes as their ASCII digits, read
 * by {@link BinaryCopyReader} straight into {@link IndexLoad} without a String or UUID per row.
 * PostgreSQL streams the rows while this thread decodes them (no cursor round trips as with a
 * fetch size), so the database's core and the node's work at once.
 */
final class IndexScans {

    static final String INDICATORS = "COPY (select seq, id, set_id, kind, value from indicators"
            + " where state = 'ACTIVE' and kind in ('PDQ', 'MD5', 'SHA256')) TO STDOUT (FORMAT binary)";
    static final String LINKS = "COPY (select indicator_id, source from indicator_provenance where withdrawn_at is null)"
            + " TO STDOUT (FORMAT binary)";
    private static final IndicatorKind[] KINDS = IndicatorKind.values();
    private static final ProvenanceSource[] SOURCES = ProvenanceSource.values();
    /** The longest value a loaded kind has (64 hex digits); the column allows URLs of 2048. */
    private static final int VALUE_MAX = 2048;

    private IndexScans() {
    }

    /** Feeds every active PDQ, MD5 and SHA-256 indicator to {@code load}; returns how many rows were read. */
    static long indicators(Connection c, IndexLoad load) throws SQLException {
        long rows = 0;
        long[] id = new long[2];
        long[] set = new long[2];
        try (InputStream in = new PGCopyInputStream(c.unwrap(PGConnection.class), INDICATORS)) {
            BinaryCopyReader r = new BinaryCopyReader(in);
            for (int fields = r.row(); fields != -1; fields = r.row()) {
                expect(5, fields);
                long seq = r.int8();
                r.uuid(id);
                r.uuid(set);
                IndicatorKind kind = r.named(KINDS);
                int length = r.field(VALUE_MAX);
                load.indicator(seq, id[0], id[1], set[0], set[1], kind, r.buffer(), r.at(), length);
                rows++;
            }
        } catch (IOException e) {
            throw new SQLException("the indicators scan of the start-up load failed", e);
        }
        return rows;
    }

    /** Feeds every live provenance link to {@code load}; returns how many rows were read. */
    static long links(Connection c, IndexLoad load) throws SQLException {
        long rows = 0;
        long[] id = new long[2];
        try (InputStream in = new PGCopyInputStream(c.unwrap(PGConnection.class), LINKS)) {
            BinaryCopyReader r = new BinaryCopyReader(in);
            for (int fields = r.row(); fields != -1; fields = r.row()) {
                expect(2, fields);
                r.uuid(id);
                ProvenanceSource source = r.named(SOURCES);
                if (source == null) {
                    throw new SQLException("a provenance link of an unknown source");
                }
                load.link(id[0], id[1], source);
                rows++;
            }
        } catch (IOException e) {
            throw new SQLException("the provenance scan of the start-up load failed", e);
        }
        return rows;
    }

    private static void expect(int fields, int got) throws IOException {
        if (got != fields) {
            throw new IOException("a row of " + got + " fields, " + fields + " expected");
        }
    }
}
