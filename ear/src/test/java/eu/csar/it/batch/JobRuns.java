package eu.csar.it.batch;

import eu.csar.it.support.Api;
import eu.csar.it.support.Db;
import eu.csar.it.support.Tokens;
import jakarta.json.JsonObject;

import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Runs of the test-support module's test job ({@code csar-test-items}), for the batch tests. */
public final class JobRuns {

    private static final Duration JOB_TIMEOUT = Duration.ofSeconds(90);

    private JobRuns() {
    }

    /** Starts a run as admin; answers {@code {"run": "...", "executionId": n}}. */
    public static JsonObject startRun(int items, int failAt, int chunk) {
        Api.Response r = Api.postJson("/test-support/batch/runs",
                "{\"items\":" + items + ",\"failAt\":" + failAt + ",\"chunk\":" + chunk + ",\"delayMs\":0}", Tokens.user("admin"));
        assertEquals(200, r.status(), r.toString());
        return r.json();
    }

    /** Waits (polling the repository) until the execution reaches {@code status}; fails on any other end state. */
    public static void awaitStatus(long executionId, String status) {
        long deadline = System.nanoTime() + JOB_TIMEOUT.toNanos();
        String seen = null;
        while (System.nanoTime() < deadline) {
            seen = (String) Db.value("select batchstatus from job_execution where jobexecutionid = ?", executionId);
            if (status.equals(seen)) {
                return;
            }
            if (List.of("COMPLETED", "FAILED", "STOPPED", "ABANDONED").contains(seen)) {
                throw new AssertionError("execution " + executionId + " ended " + seen + ", expected " + status);
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
        throw new AssertionError("execution " + executionId + " still " + seen + " after " + JOB_TIMEOUT);
    }

}
