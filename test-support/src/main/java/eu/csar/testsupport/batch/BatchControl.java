package eu.csar.testsupport.batch;

import eu.csar.platform.application.BatchJobs;
import jakarta.annotation.security.RolesAllowed;
import jakarta.batch.operations.JobOperator;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.JobExecution;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;

/**
 * Test controls for the test job: {@code POST /test-support/batch/runs} starts a run
 * ({@code {"items":50,"failAt":25,"chunk":10,"delayMs":0}}), {@code GET .../executions/{id}} tells its
 * status, {@code POST .../executions/{id}/restart} restarts it through the platform's operator service
 * (audited, as the screen's Restart button does).
 */
@Path("batch")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed("centre-admin")
public class BatchControl {

    /** What a test asks for; items between 1 and 100000. */
    public record RunRequest(int items, int failAt, int chunk, long delayMs) {
    }

    @Inject
    BatchJobs batchJobs;

    @POST
    @Path("runs")
    @Consumes(MediaType.APPLICATION_JSON)
    public Map<String, Object> start(RunRequest request) {
        if (request == null || request.items() < 1 || request.items() > 100_000 || request.chunk() < 0 || request.delayMs() < 0) {
            throw new jakarta.ws.rs.BadRequestException("items 1..100000, chunk and delayMs not negative");
        }
        String run = UUID.randomUUID().toString();
        Properties parameters = new Properties();
        parameters.setProperty("run", run);
        parameters.setProperty("items", Integer.toString(request.items()));
        parameters.setProperty("failAt", Integer.toString(request.failAt()));
        parameters.setProperty("chunk", Integer.toString(request.chunk() == 0 ? 10 : request.chunk()));
        parameters.setProperty("delayMs", Long.toString(request.delayMs()));
        parameters.setProperty("csar.expectedItems", Integer.toString(request.items()));
        long execution = BatchRuntime.getJobOperator().start(TestItemsJob.JOB, parameters);
        return Map.of("run", run, "executionId", execution);
    }

    @GET
    @Path("executions/{id}")
    public Map<String, Object> execution(@PathParam("id") long id) {
        JobOperator operator = BatchRuntime.getJobOperator();
        JobExecution execution = operator.getJobExecution(id);
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("executionId", id);
        answer.put("status", execution.getBatchStatus().name());
        answer.put("exitStatus", execution.getExitStatus());
        return answer;
    }

    @POST
    @Path("executions/{id}/restart")
    public Map<String, Object> restart(@PathParam("id") long id) {
        return Map.of("executionId", batchJobs.restart(id));
    }
}
