package eu.csar.web.platform.soap;

import eu.csar.platform.api.IdempotencyKey;
import eu.csar.platform.api.RequestFingerprint;
import eu.csar.platform.application.IdempotencyStore;
import eu.csar.web.platform.rest.IdempotencyKeyInvalid;
import eu.csar.web.platform.rest.IdempotencyKeyReused;
import eu.csar.web.platform.rest.IdempotencyKeys;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;

import java.util.Optional;
import java.util.function.Supplier;

/**
 * The part of an idempotent SOAP write that runs inside the endpoint: a write operation passes its
 * work through {@link #once}, reads do not (they ignore the key). With an {@code Idempotency-Key}
 * ({@link IdempotentSoapFilter} has begun the transaction and kept the body), it checks the key (a
 * malformed one throws {@link IdempotencyKeyInvalid}, 400), claims it in {@link IdempotencyStore}
 * for this caller with the fingerprint of the path, the operation and the body bytes, and then:
 * <ul>
 * <li>a new key: runs the write in the filter's transaction; the filter keeps its answer and commits both;</li>
 * <li>the same request answered before: runs nothing and returns {@code null}; the filter sends the
 *     kept envelope instead of whatever the endpoint answers;</li>
 * <li>the key answered another request: throws {@link IdempotencyKeyReused} (422), nothing runs.</li>
 * </ul>
 * The endpoint turns the two exceptions into its own fault, with the same problem as REST.
 */
@ApplicationScoped
public class IdempotentSoapWrites {

    @Inject
    HttpServletRequest request;

    @Inject
    IdempotencyStore store;

    public <T> T once(String operation, Supplier<T> write) {
        if (!(request.getAttribute(KeyedSoapCall.ATTRIBUTE) instanceof KeyedSoapCall call)) {
            return write.get(); // no key: an ordinary write
        }
        call.guarded = true;
        Optional<String> problem = IdempotencyKeys.problemWith(call.keyHeaders);
        if (problem.isPresent()) {
            throw new IdempotencyKeyInvalid(problem.get());
        }
        IdempotencyKey key = new IdempotencyKey(call.keyHeaders.get(0));
        IdempotencyStore.Claim claim = store.claim(key, fingerprint(call, operation));
        switch (claim.verdict()) {
            case REPLAY -> {
                call.replay = claim.answer().orElseThrow();
                return null;
            }
            case REUSED -> throw new IdempotencyKeyReused();
            default -> {
                call.claimed = key;
                return write.get();
            }
        }
    }

    /** The same request: POST to the same endpoint, the same operation, the same body bytes. */
    static RequestFingerprint fingerprint(KeyedSoapCall call, String operation) {
        return RequestFingerprint.of("POST", call.path + "#" + operation, call.body);
    }
}
