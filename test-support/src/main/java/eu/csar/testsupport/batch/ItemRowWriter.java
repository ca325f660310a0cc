package eu.csar.testsupport.batch;

import jakarta.annotation.Resource;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.List;
import javax.sql.DataSource;

/**
 * Writes one row per item of the chunk, in the chunk's transaction: the rows commit together with
 * the checkpoint that JBeret saves through the same (XA) datasource, or not at all.
 */
@Named
@Dependent
public class ItemRowWriter extends AbstractItemWriter {

    @Inject
    @BatchProperty
    String run;

    @Inject
    JobContext jobContext;

    @Resource(lookup = "java:jboss/datasources/CsarDS")
    DataSource dataSource;

    @Override
    public void writeItems(List<Object> items) throws Exception {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(
                "INSERT INTO test_batch_items (run_id, item, execution_id) VALUES (?, ?, ?)")) {
            for (Object item : items) {
                ps.setString(1, run);
                ps.setInt(2, (Integer) item);
                ps.setLong(3, jobContext.getExecutionId());
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }
}
