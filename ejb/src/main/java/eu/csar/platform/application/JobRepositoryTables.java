package eu.csar.platform.application;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * Reads the Jakarta Batch job repository (tables of V10, written by JBeret) for every job of the
 * deployment, whichever module defines it: a job operator would list only its own module's jobs.
 * Writes only one thing: the start-up recovery's verdict on executions a crash left running.
 */
@ApplicationScoped
class JobRepositoryTables {

    /** Statuses of an execution that some node is (or was, before a crash) running. */
    static final List<String> RUNNING = List.of("STARTING", "STARTED", "STOPPING");

    private static final String EXECUTIONS = """
            SELECT e.jobexecutionid, e.jobinstanceid, i.jobname, e.batchstatus, e.exitstatus,
                   e.createtime, e.starttime, e.endtime, e.jobparameters,
                   COALESCE(SUM(s.readcount), 0) AS items_read, COALESCE(SUM(s.writecount), 0) AS items_written
              FROM job_execution e
              JOIN job_instance i ON i.jobinstanceid = e.jobinstanceid
              LEFT JOIN step_execution s ON s.jobexecutionid = e.jobexecutionid
             WHERE e.jobinstanceid IN (SELECT jobinstanceid FROM job_instance ORDER BY jobinstanceid DESC LIMIT ?)
             GROUP BY e.jobexecutionid, e.jobinstanceid, i.jobname
             ORDER BY e.jobexecutionid DESC
            """;

    @Resource(lookup = "java:jboss/datasources/CsarDS")
    DataSource dataSource;

    /** All executions of the most recent {@code instances} job instances. */
    List<JobExecutionRecord> recentExecutions(int instances) {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(EXECUTIONS)) {
            ps.setInt(1, instances);
            List<JobExecutionRecord> records = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    records.add(new JobExecutionRecord(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4),
                            rs.getString(5), instant(rs, 6), instant(rs, 7), instant(rs, 8), rs.getString(9),
                            rs.getLong(10), rs.getLong(11)));
                }
            }
            return records;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the job repository", e);
        }
    }

    Optional<String> jobNameOf(long executionId) {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(
                "SELECT i.jobname FROM job_execution e JOIN job_instance i ON i.jobinstanceid = e.jobinstanceid "
                        + "WHERE e.jobexecutionid = ?")) {
            ps.setLong(1, executionId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the job repository", e);
        }
    }

    /**
     * Marks as FAILED every execution still marked running that was created before {@code before}
     * (the start of this JVM), with its running steps and partitions, ended at {@code now}. Returns
     * the ids of the executions so marked.
     */
    List<Long> markInterruptedAsFailed(Instant before, Instant now, String exitStatus) {
        try (Connection c = dataSource.getConnection()) {
            List<Long> ids = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("UPDATE job_execution SET batchstatus = 'FAILED', exitstatus = ?, "
                    + "endtime = ?, lastupdatedtime = ?, version = COALESCE(version, 0) + 1 "
                    + "WHERE batchstatus IN ('STARTING', 'STARTED', 'STOPPING') AND createtime < ? RETURNING jobexecutionid")) {
                ps.setString(1, exitStatus);
                ps.setTimestamp(2, Timestamp.from(now));
                ps.setTimestamp(3, Timestamp.from(now));
                ps.setTimestamp(4, Timestamp.from(before));
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        ids.add(rs.getLong(1));
                    }
                }
            }
            if (ids.isEmpty()) {
                return ids;
            }
            Long[] array = ids.toArray(Long[]::new);
            try (PreparedStatement ps = c.prepareStatement("UPDATE step_execution SET batchstatus = 'FAILED', exitstatus = ?, "
                    + "endtime = ?, version = COALESCE(version, 0) + 1 "
                    + "WHERE jobexecutionid = ANY (?) AND batchstatus IN ('STARTING', 'STARTED', 'STOPPING')")) {
                ps.setString(1, exitStatus);
                ps.setTimestamp(2, Timestamp.from(now));
                ps.setArray(3, c.createArrayOf("bigint", array));
                ps.executeUpdate();
            }
            try (PreparedStatement ps = c.prepareStatement("UPDATE partition_execution SET batchstatus = 'FAILED', exitstatus = ?, "
                    + "version = COALESCE(version, 0) + 1 WHERE batchstatus IN ('STARTING', 'STARTED', 'STOPPING') "
                    + "AND stepexecutionid IN (SELECT stepexecutionid FROM step_execution WHERE jobexecutionid = ANY (?))")) {
                ps.setString(1, exitStatus);
                ps.setArray(2, c.createArrayOf("bigint", array));
                ps.executeUpdate();
            }
            return ids;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot update the job repository", e);
        }
    }

    private static Instant instant(ResultSet rs, int column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }
}
