package eu.csar.testsupport.batch;

import jakarta.annotation.Resource;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.ItemProcessor;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import javax.sql.DataSource;

/**
 * Passes items through, except that the first execution of a job instance fails at item
 * {@code failAt} (0: never), so that the restart, which keeps the job's parameters, runs through.
 */
@Named
@Dependent
public class FailureInjectingProcessor implements ItemProcessor {

    @Inject
    @BatchProperty
    String failAt;

    @Inject
    JobContext jobContext;

    @Resource(lookup = "java:jboss/datasources/CsarDS")
    DataSource dataSource;

    private Boolean firstExecution;

    @Override
    public Object processItem(Object item) throws SQLException {
        int failure = Integer.parseInt(failAt);
        if (failure > 0 && (Integer) item == failure && isFirstExecution()) {
            throw new IllegalStateException("failure injected at item " + failure + " (test job)");
        }
        return item;
    }

    private boolean isFirstExecution() throws SQLException {
        if (firstExecution == null) {
            try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(
                    "SELECT min(jobexecutionid) FROM job_execution WHERE jobinstanceid = ?")) {
                ps.setLong(1, jobContext.getInstanceId());
                try (ResultSet rs = ps.executeQuery()) {
                    firstExecution = rs.next() && rs.getLong(1) == jobContext.getExecutionId();
                }
            }
        }
        return firstExecution;
    }
}
