package eu.csar.testsupport.batch;

import eu.csar.platform.application.BatchJobs;
import eu.csar.shared.domain.RuleViolationException;
import eu.csar.shared.domain.UnknownObjectException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.batch.operations.JobOperator;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.JobExecution;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;

/**
 * Test controls for the test job: {@code POST /test-support/batch/runs} starts a run
 * ({@code {"items":50,"failAt":25,"chunk":10,"delayMs":0}}), {@code GET .../executions/{id}} tells its
 * status, {@code POST .../executions/{id}/restart} restarts it through the platform's operator service
 * (audited, as the screen's Restart button does; 409 when the execution cannot be restarted).
 */
@Path("batch")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed("centre-admin")
public class BatchControl {

    /** What a test asks for; items between 1 and 100000. */
    public record RunRequest(int items, int failAt, int chunk, long delayMs) {
    }

    @Inject
    BatchJobs batchJobs;

    @Inject
    TestItemsJob testItemsJob;

    @POST
    @Path("runs")
    @Consumes(MediaType.APPLICATION_JSON)
    public Map<String, Object> start(RunRequest request) {
        if (request == null || request.items() < 1 || request.items() > 100_000 || request.chunk() < 0 || request.delayMs() < 0) {
            throw new jakarta.ws.rs.BadRequestException("items 1..100000, chunk and delayMs not negative");
        }
        testItemsJob.ensureTable();
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
    public Response restart(@PathParam("id") long id) {
        try {
            return Response.ok(Map.of("executionId", batchJobs.restart(id))).build();
        } catch (RuleViolationException e) {
            return Response.status(Response.Status.CONFLICT).entity(Map.of("refused", e.getMessage())).build();
        } catch (UnknownObjectException e) {
            return Response.status(Response.Status.NOT_FOUND).entity(Map.of("unknown", id)).build();
        }
    }
}
