package eu.csar.web.platform.rest;

import eu.csar.shared.domain.SystemSettings;
import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;

import java.lang.reflect.Method;

/**
 * The one place where a request body's size is bounded, before any other filter reads it: a JSON
 * body at most {@link #JSON_MAX_BYTES}, a file ({@link RawBody}) at most its operation's
 * {@link RawBody#maxBytes()}. A {@code Content-Length} over the limit is answered 413
 * {@code content-too-large} before a byte is read; a body without one (chunked) is read through
 * {@link CappedBody}, which answers the same as soon as it passes the limit. The HTTP listener's own
 * {@code max-post-size} is only the outer bound for the largest file operation.
 */
@Provider
@Priority(Priorities.AUTHORIZATION + 500) // before IdempotencyKeyFilter and StrictJsonBodies read the body
public class RequestBodyLimit implements ContainerRequestFilter {

    /** A JSON body: an indicator submission of 10,000 lines is about 2 MiB. */
    public static final long JSON_MAX_BYTES = 8L * 1024 * 1024;

    static final String JSON_MAX_TEXT = "8 MiB";

    @Context
    ResourceInfo resourceInfo;

    @Override
    public void filter(ContainerRequestContext request) {
        if (!request.hasEntity()) {
            return;
        }
        RawBody raw = rawBody(resourceInfo);
        long limit = raw == null ? JSON_MAX_BYTES : maxBytes(raw);
        String detail = raw == null ? "A JSON body is at most " + JSON_MAX_TEXT
                : "This operation takes at most " + (limit == raw.maxBytes() ? raw.maxText() + " (" + limit + " bytes)" : limit + " bytes");
        if (declaredLength(request) > limit) {
            request.abortWith(ProblemResponder.refusal(request, new Problem(ProblemType.CONTENT_TOO_LARGE, detail))
                    .header("Connection", "close") // the rest of the body is not read
                    .build());
            return;
        }
        request.setEntityStream(new CappedBody(request.getEntityStream(), limit, detail));
    }

    /**
     * The {@code Content-Length} as a long, -1 when there is none: Jakarta REST's {@code getLength()} is
     * an int (RESTEasy throws for a length past 2 GiB, which the content upload's limit reaches).
     * Undertow has already refused a malformed one.
     */
    static long declaredLength(ContainerRequestContext request) {
        String value = request.getHeaderString(HttpHeaders.CONTENT_LENGTH);
        try {
            return value == null ? -1 : Long.parseLong(value.strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /** The most a {@link RawBody} operation takes: its configured property when that is a positive number, else its own. */
    public static long maxBytes(RawBody raw) {
        return raw.maxBytesProperty().isEmpty() ? raw.maxBytes() : SystemSettings.positiveNumber(raw.maxBytesProperty(), raw.maxBytes());
    }

    /** The operation's {@link RawBody}, or null for a JSON body. */
    static RawBody rawBody(ResourceInfo info) {
        Method method = info == null ? null : info.getResourceMethod();
        return method == null ? null : method.getAnnotation(RawBody.class);
    }
}
