package eu.csar.web.platform.rest;

import eu.csar.audit.api.AccessAction;
import eu.csar.audit.api.AuditOutcome;
import eu.csar.audit.application.AuditRecorder;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

/**
 * Answers an exception with {@code application/problem+json}. A call refused for the caller's role
 * is recorded in the audit trail here, where the refused operation is known; the operation is named
 * by the resource method that was matched, never by the request path the caller chose.
 */
abstract class ProblemResponder {

    static final MediaType PROBLEM_JSON = MediaType.valueOf("application/problem+json");

    @Context
    UriInfo uriInfo;

    @Context
    ResourceInfo resourceInfo;

    @Inject
    AuditRecorder audit;

    Response respond(Throwable thrown) {
        Problem problem = Problems.of(thrown);
        problem.instance = uriInfo == null ? null : uriInfo.getRequestUri().getRawPath();
        if (Problems.isForbidden(thrown)) {
            audit.refusal(AccessAction.OPERATION_REFUSED, operation(), "partner API call", AuditOutcome.REFUSED);
        }
        return Response.status(problem.status).type(PROBLEM_JSON).entity(problem).build();
    }

    /** e.g. {@code REST ProviderResource.open}. */
    private String operation() {
        if (resourceInfo == null || resourceInfo.getResourceClass() == null || resourceInfo.getResourceMethod() == null) {
            return "REST (no resource matched)";
        }
        return "REST " + resourceInfo.getResourceClass().getSimpleName() + "." + resourceInfo.getResourceMethod().getName();
    }
}
