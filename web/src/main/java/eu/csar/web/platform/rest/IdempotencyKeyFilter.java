package eu.csar.web.platform.rest;

import eu.csar.platform.api.IdempotencyKey;
import eu.csar.platform.api.RequestFingerprint;
import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Optional;

/**
 * For an {@link Idempotent} write: checks the {@code Idempotency-Key} header (400
 * {@code idempotency-key-invalid} for an empty, over-long or non-printable key, or more than one;
 * 400 {@code idempotency-key-missing} where the write requires one), and fingerprints the request as
 * sent (method, path with query, SHA-256 of the body bytes) for {@link IdempotencyInterceptor}.
 */
@Provider
@Idempotent
@Priority(Priorities.HEADER_DECORATOR)
public class IdempotencyKeyFilter implements ContainerRequestFilter {

    @Context
    ResourceInfo resourceInfo;

    @Override
    public void filter(ContainerRequestContext request) throws IOException {
        List<String> values = request.getHeaders().get(IdempotencyKeys.HEADER);
        if (values == null || values.isEmpty()) {
            if (required()) {
                abort(request, new Problem(ProblemType.IDEMPOTENCY_KEY_MISSING,
                        "This write needs an " + IdempotencyKeys.HEADER + " header; see docs/idempotency.md"));
            }
            return;
        }
        Optional<String> problem = IdempotencyKeys.problemWith(values);
        if (problem.isPresent()) {
            abort(request, new Problem(ProblemType.IDEMPOTENCY_KEY_INVALID, problem.get()));
            return;
        }
        byte[] body = request.hasEntity() ? request.getEntityStream().readAllBytes() : new byte[0];
        request.setEntityStream(new ByteArrayInputStream(body));
        request.setProperty(IdempotencyKeys.REQUEST_PROPERTY, new IdempotencyKeys.KeyedRequest(new IdempotencyKey(values.get(0)),
                RequestFingerprint.of(request.getMethod(), pathAndQuery(request.getUriInfo().getRequestUri()), body)));
    }

    static String pathAndQuery(URI uri) {
        return uri.getRawQuery() == null ? uri.getRawPath() : uri.getRawPath() + "?" + uri.getRawQuery();
    }

    private boolean required() {
        if (resourceInfo == null || resourceInfo.getResourceMethod() == null) {
            return false;
        }
        Idempotent onMethod = resourceInfo.getResourceMethod().getAnnotation(Idempotent.class);
        Idempotent onClass = resourceInfo.getResourceClass().getAnnotation(Idempotent.class);
        return (onMethod != null && onMethod.required()) || (onMethod == null && onClass != null && onClass.required());
    }

    private static void abort(ContainerRequestContext request, Problem problem) {
        problem.instance = ProblemResponder.instance(request.getUriInfo());
        request.abortWith(Response.status(problem.status).type(ProblemResponder.PROBLEM_JSON).entity(problem).build());
    }
}
