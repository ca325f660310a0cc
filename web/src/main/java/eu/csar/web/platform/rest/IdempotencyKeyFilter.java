package eu.csar.web.platform.rest;

import eu.csar.platform.api.IdempotencyKey;
import eu.csar.platform.api.RequestFingerprint;
import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Provider;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.List;
import java.util.Optional;

/**
 * For an {@link Idempotent} write: checks the {@code Idempotency-Key} header (400
 * {@code idempotency-key-invalid} for an empty, over-long or non-printable key, or more than one;
 * 400 {@code idempotency-key-missing} where the write requires one), and fingerprints the request as
 * sent (method, path with query, SHA-256 of the body bytes) for {@link IdempotencyInterceptor}.
 *
 * <p>The fingerprint must be known before the operation runs, so the body is read here to its end,
 * but never held whole: {@link RequestBodyLimit} has already bounded it (413 past the operation's
 * limit, before it is read), and a body over {@link #IN_MEMORY_BYTES} waits for the operation in an
 * encrypted temporary file ({@link SpooledBody}) that is gone when the answer has been sent.
 */
@Provider
@Idempotent
@Priority(Priorities.HEADER_DECORATOR)
public class IdempotencyKeyFilter implements ContainerRequestFilter {

    /** The most of a keyed body kept in memory; more goes to an encrypted temporary file. */
    static final int IN_MEMORY_BYTES = 1024 * 1024;

    /** The request property that holds the {@link SpooledBody} until {@link SpooledBodyCleanup} removes it. */
    static final String SPOOL_PROPERTY = IdempotencyKeyFilter.class.getName() + ".spool";

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
        SpooledBody body = SpooledBody.read(request.hasEntity() ? request.getEntityStream() : InputStream.nullInputStream(),
                IN_MEMORY_BYTES);
        request.setProperty(SPOOL_PROPERTY, body);
        request.setEntityStream(body.open());
        request.setProperty(IdempotencyKeys.REQUEST_PROPERTY, new IdempotencyKeys.KeyedRequest(new IdempotencyKey(values.get(0)),
                new RequestFingerprint(request.getMethod(), pathAndQuery(request.getUriInfo().getRequestUri()), body.sha256())));
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
        request.abortWith(ProblemResponder.refusal(request, problem).build());
    }
}
