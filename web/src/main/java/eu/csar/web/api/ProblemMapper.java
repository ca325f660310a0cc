package eu.csar.web.api;

import eu.csar.audit.AuditOutcome;
import eu.csar.audit.AuditRecorder;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * Every error of the REST API leaves as {@code application/problem+json}. A call refused for the
 * caller's role is recorded in the audit trail here, where the refused request is known.
 */
@Provider
public class ProblemMapper implements ExceptionMapper<Throwable> {

    public static final MediaType PROBLEM_JSON = MediaType.valueOf("application/problem+json");

    @Context
    UriInfo uriInfo;

    @Context
    Request request;

    @Inject
    AuditRecorder audit;

    @Override
    public Response toResponse(Throwable thrown) {
        Problem problem = Problems.of(thrown);
        problem.instance = uriInfo == null ? null : uriInfo.getRequestUri().getRawPath();
        if (Problems.isForbidden(thrown)) {
            audit.refusal(request.getMethod() + " " + problem.instance, "API", null, "partner API call", AuditOutcome.REFUSED);
        }
        return Response.status(problem.status).type(PROBLEM_JSON).entity(problem).build();
    }
}
