package eu.csar.web.platform.rest;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a resource method whose body is a file in its own format (e.g. the hasher's CSV or JSON
 * lines for {@code POST /api/v1/indicator-imports}), not one JSON value: {@link StrictJsonBodies}
 * leaves it to the method, which declares its media types with {@code @Consumes} and must itself
 * refuse bytes that are not valid UTF-8.
 *
 * <p>{@link #maxBytes()} is the most the operation keeps: {@link RequestBodyLimit} answers 413
 * {@code content-too-large} for a larger {@code Content-Length} before anything is read, and for a
 * body sent without one as soon as the stream passes the limit, so nothing (not the idempotency
 * fingerprint either) ever holds more than that.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface RawBody {

    /** The most bytes this operation takes. */
    long maxBytes();

    /** How the limit reads in the 413's detail, e.g. {@code "20 MiB"}. */
    String maxText();

    /**
     * A system property that, when set to a positive number, replaces {@link #maxBytes()} (read on every
     * request, so an operator's change applies at once); none when empty.
     */
    String maxBytesProperty() default "";
}
