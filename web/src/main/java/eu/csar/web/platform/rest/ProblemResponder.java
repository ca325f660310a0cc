package eu.csar.web.platform.rest;

import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.PathSegment;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

/**
 * Answers an exception with {@code application/problem+json}. A 405 keeps the {@code Allow} header
 * the runtime computed. Refusals are not recorded here: {@link RoleGate} records a REST call it
 * refuses for the caller's role, the services' boundary any other
 * ({@code eu.csar.audit.application.RefusedCallRecorder}).
 */
abstract class ProblemResponder {

    static final MediaType PROBLEM_JSON = MediaType.valueOf("application/problem+json");

    @Context
    UriInfo uriInfo;

    Response respond(Throwable thrown) {
        Problem problem = Problems.of(thrown);
        problem.instance = instance(uriInfo);
        Response.ResponseBuilder response = Response.status(problem.status).type(PROBLEM_JSON).entity(problem);
        if (thrown instanceof NotAllowedException notAllowed) {
            String allow = notAllowed.getResponse().getHeaderString(HttpHeaders.ALLOW);
            if (allow != null) {
                response.header(HttpHeaders.ALLOW, allow);
            }
        }
        return response.build();
    }

    /**
     * The problem a request filter answers with before any resource runs: its {@code instance} the
     * request's path, {@code application/problem+json}, the problem's status. The caller may add
     * headers and builds it for {@code ContainerRequestContext.abortWith}.
     */
    static Response.ResponseBuilder refusal(ContainerRequestContext request, Problem problem) {
        problem.instance = instance(request.getUriInfo());
        return Response.status(problem.status).type(PROBLEM_JSON).entity(problem);
    }

    /**
     * The request path as decoded segments without matrix parameters ({@code /api/v1/providers/x}),
     * so that a problem never echoes the raw, attacker-chosen path ({@link ProblemInstance}).
     */
    static String instance(UriInfo uriInfo) {
        if (uriInfo == null) {
            return null;
        }
        return ProblemInstance.of(uriInfo.getBaseUri().getPath(),
                uriInfo.getPathSegments(true).stream().map(PathSegment::getPath).toList());
    }
}
