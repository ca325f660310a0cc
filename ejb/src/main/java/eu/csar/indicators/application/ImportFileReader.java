package eu.csar.indicators.application;

import jakarta.annotation.Resource;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * Reads the uploaded file of an import line by line from PostgreSQL ({@code indicator_import_blocks}),
 * one block at a time. Its checkpoint is the number of the last line read, so that a restart (on any
 * node) continues with the next line.
 */
@Named
@Dependent
public class ImportFileReader extends AbstractItemReader {

    /** One line of the file and its number (from 1). */
    public record RawLine(int lineNo, String text) implements Serializable {
    }

    @Inject
    @BatchProperty
    String submission;

    @Resource(lookup = "java:jboss/datasources/CsarDS")
    DataSource dataSource;

    private int last;
    private String[] block;
    private int blockFirst;

    @Override
    public void open(Serializable checkpoint) {
        last = checkpoint == null ? 0 : (Integer) checkpoint;
    }

    @Override
    public Object readItem() throws Exception {
        int next = last + 1;
        if (block == null || next >= blockFirst + block.length) {
            if (!loadBlockWith(next)) {
                return null;
            }
        }
        last = next;
        return new RawLine(next, block[next - blockFirst]);
    }

    private boolean loadBlockWith(int line) throws Exception {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(
                "SELECT first_line, line_count, content FROM indicator_import_blocks WHERE submission_id = ? "
                        + "AND first_line <= ? AND first_line + line_count > ? ORDER BY block_no LIMIT 1")) {
            ps.setObject(1, UUID.fromString(submission));
            ps.setInt(2, line);
            ps.setInt(3, line);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return false;
                }
                blockFirst = rs.getInt(1);
                int count = rs.getInt(2);
                block = ImportBlocks.lines(rs.getString(3), count);
                return true;
            }
        }
    }

    @Override
    public Serializable checkpointInfo() {
        return last;
    }
}
