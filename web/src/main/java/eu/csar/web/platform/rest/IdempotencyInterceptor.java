package eu.csar.web.platform.rest;

import eu.csar.platform.api.StoredAnswer;
import eu.csar.platform.application.IdempotencyStore;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import jakarta.json.bind.Jsonb;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.transaction.Status;
import jakarta.transaction.UserTransaction;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * Runs an {@link Idempotent} REST write that came with a key in ONE transaction with its kept answer:
 * begin; claim the key (a concurrent request with the same key waits here until the first commits);
 * a request answered before gets that answer ({@link IdempotentReplay}) and runs nothing; the same
 * key with another request is refused (422); otherwise the method runs (its services join this
 * transaction), its answer is kept, and both commit together. So a crash before the commit leaves
 * neither the write nor the key, and a retry writes once.
 *
 * <p>Only successful (2xx) answers are kept. A write that fails (an exception, or a 4xx/5xx answer)
 * is rolled back with its key: it changed nothing, and the partner may send the same key again,
 * e.g. after fixing a stale version (docs/idempotency.md).
 */
@Idempotent
@Interceptor
@Priority(Interceptor.Priority.APPLICATION)
public class IdempotencyInterceptor {

    @Inject
    HttpServletRequest httpRequest;

    @Inject
    UserTransaction transaction;

    @Inject
    IdempotencyStore store;

    @AroundInvoke
    Object exactlyOnce(InvocationContext invocation) throws Exception {
        Object keyed = httpRequest.getAttribute(IdempotencyKeys.REQUEST_PROPERTY);
        if (!(keyed instanceof IdempotencyKeys.KeyedRequest request)) {
            return invocation.proceed(); // no key: an ordinary write
        }
        if (transaction.getStatus() != Status.STATUS_NO_TRANSACTION) {
            throw new IllegalStateException("an idempotent write must begin its own transaction");
        }
        transaction.begin();
        try {
            IdempotencyStore.Claim claim = store.claim(request.key(), request.fingerprint());
            switch (claim.verdict()) {
                case REPLAY -> {
                    transaction.rollback();
                    throw new IdempotentReplay(claim.answer().orElseThrow());
                }
                case REUSED -> {
                    transaction.rollback();
                    throw new IdempotencyKeyReused();
                }
                default -> {
                    // FIRST: run the write below
                }
            }
            Object result = invocation.proceed();
            StoredAnswer answer = answerOf(result, StrictJsonBinding.jsonb());
            if (!answer.isKept()) {
                transaction.rollback();
                return result;
            }
            store.keep(request.key(), answer);
            transaction.commit();
            return asKept(result, answer);
        } catch (Exception | Error e) {
            if (IdempotencyKeys.isActive(transaction.getStatus())) {
                transaction.rollback();
            }
            throw e;
        }
    }

    /** The answer the partner gets, as it will be written: a DTO as 200 JSON, a Response as built. */
    static StoredAnswer answerOf(Object result, Jsonb jsonb) {
        if (result instanceof Response response) {
            Object entity = response.getEntity();
            MediaType type = response.getMediaType();
            return new StoredAnswer(response.getStatus(),
                    entity == null ? null : type == null ? MediaType.APPLICATION_JSON : type.toString(),
                    response.getHeaderString(HttpHeaders.LOCATION), response.getHeaderString(HttpHeaders.ETAG),
                    entity == null ? null : body(entity, jsonb));
        }
        if (result == null) {
            return new StoredAnswer(Response.Status.NO_CONTENT.getStatusCode(), null, null, null, null);
        }
        return new StoredAnswer(Response.Status.OK.getStatusCode(), MediaType.APPLICATION_JSON, null, null, body(result, jsonb));
    }

    /**
     * A {@link Response} whose JSON entity was just written into the kept answer, with that text as its
     * entity: the partner gets the very text a retry will get, and the entity is not written to JSON a
     * second time (the same binding, {@link StrictJsonBinding}, would write the same text). Other
     * results as they are: a DTO (its return type is the method's), a text, or an entity of another media type.
     */
    static Object asKept(Object result, StoredAnswer answer) {
        if (result instanceof Response response && response.getEntity() != null && !(response.getEntity() instanceof String)
                && answer.body() != null && isJson(response.getMediaType())) {
            return Response.fromResponse(response).entity(answer.body()).type(answer.contentType()).build();
        }
        return result;
    }

    private static boolean isJson(MediaType type) {
        return type == null || MediaType.APPLICATION_JSON_TYPE.isCompatible(type)
                || ("application".equals(type.getType()) && type.getSubtype().endsWith("+json"));
    }

    private static String body(Object entity, Jsonb jsonb) {
        return entity instanceof String text ? text : jsonb.toJson(entity);
    }
}
