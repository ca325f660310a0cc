package eu.csar.web.platform.rest;

import jakarta.enterprise.util.Nonbinding;
import jakarta.interceptor.InterceptorBinding;
import jakarta.ws.rs.NameBinding;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a REST write that a partner may retry (STYLE.md): with an {@code Idempotency-Key} header,
 * the same request again returns the first answer (with {@code Idempotent-Replayed: true}) and never
 * writes twice; the write and its kept answer commit in one transaction. What a resource needs to
 * take part: this annotation on the method (and, for the OpenAPI document, the header parameter
 * {@link IdempotencyKeys#HEADER_DOC}); the class must be a CDI bean ({@code @RequestScoped}), and the
 * services it calls join the caller's transaction. Contract: docs/idempotency.md.
 *
 * <p>Both a JAX-RS name binding ({@link IdempotencyKeyFilter} checks the key and fingerprints the
 * request as sent) and a CDI interceptor binding ({@link IdempotencyInterceptor} runs the method in
 * the transaction that keeps its answer).
 */
@NameBinding
@InterceptorBinding
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface Idempotent {

    /** True: a request without the header is refused (400 {@code idempotency-key-missing}). */
    @Nonbinding
    boolean required() default false;
}
