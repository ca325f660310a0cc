package eu.csar.web.platform.rest;

import eu.csar.platform.api.IdempotencyKey;
import eu.csar.platform.api.RequestFingerprint;

/**
 * The names the idempotent REST writes share: the request header, the replay header, and the request
 * property through which the filter hands the checked key and fingerprint to the interceptor.
 */
public final class IdempotencyKeys {

    public static final String HEADER = IdempotencyKey.HEADER;
    public static final String REPLAYED_HEADER = "Idempotent-Replayed";
    /** For {@code @Parameter(description = ...)} on an {@link Idempotent} method. */
    public static final String HEADER_DOC = "Optional. A key of the caller's choice (1-255 printable ASCII "
            + "characters; a UUID is best) that makes a retry of this request safe: the same request with the same key "
            + "within 24 hours returns the first answer, with Idempotent-Replayed: true, and writes nothing again. "
            + "The same key with another request is refused (422 idempotency-key-reused). See docs/idempotency.md.";

    static final String REQUEST_PROPERTY = "eu.csar.idempotent-request";

    private IdempotencyKeys() {
    }

    /** A request with a checked key, as the filter read it. */
    record KeyedRequest(IdempotencyKey key, RequestFingerprint fingerprint) {
    }
}
