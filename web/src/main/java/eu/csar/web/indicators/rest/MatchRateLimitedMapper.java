package eu.csar.web.indicators.rest;

import eu.csar.indicators.application.MatchRateLimited;
import eu.csar.web.platform.rest.Problem;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * A provider over its match rate: 429 with {@code Retry-After} (whole seconds) and an RFC 9457
 * problem of type {@value #TYPE}. Nothing of the refused call was recorded.
 */
@Provider
public class MatchRateLimitedMapper implements ExceptionMapper<MatchRateLimited> {

    public static final String TYPE = "urn:eu:csar:problem:too-many-requests";
    public static final String TITLE = "Too many requests";

    @Context
    UriInfo uriInfo;

    @Override
    public Response toResponse(MatchRateLimited limited) {
        return Response.status(429).type(MediaType.valueOf("application/problem+json"))
                .header(HttpHeaders.RETRY_AFTER, Long.toString(limited.retryAfterSeconds()))
                .entity(problem(limited, uriInfo == null ? null : "/api/" + uriInfo.getPath().replaceFirst("^/", "")))
                .build();
    }

    /** The problem for REST and the detail of the SOAP fault. */
    public static Problem problem(MatchRateLimited limited, String instance) {
        Problem problem = new Problem();
        problem.type = TYPE;
        problem.title = TITLE;
        problem.status = 429;
        problem.detail = "This provider's match rate on this node is used up; retry after " + limited.retryAfterSeconds() + " s";
        problem.instance = instance;
        return problem;
    }
}
