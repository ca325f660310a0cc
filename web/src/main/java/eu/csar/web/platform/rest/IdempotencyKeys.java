package eu.csar.web.platform.rest;

import eu.csar.platform.api.IdempotencyKey;
import eu.csar.platform.api.RequestFingerprint;
import jakarta.transaction.Status;

import java.util.List;
import java.util.Optional;

/**
 * What the idempotent partner writes share, REST and SOAP alike: the request header and its check,
 * the replay header, and the request property through which the REST filter hands the checked key
 * and fingerprint to the interceptor.
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

    /**
     * Why the {@code Idempotency-Key} header values of a request are not usable (more than one header,
     * or a malformed key), or empty if they hold one good key. Not for a request without the header.
     */
    public static Optional<String> problemWith(List<String> values) {
        return values.size() > 1 ? Optional.of("Send one " + HEADER + " header") : IdempotencyKey.problemWith(values.get(0));
    }

    /** True while a transaction of this status can still commit or be rolled back by its owner. */
    public static boolean isActive(int status) {
        return status != Status.STATUS_NO_TRANSACTION && status != Status.STATUS_COMMITTED
                && status != Status.STATUS_ROLLEDBACK && status != Status.STATUS_UNKNOWN;
    }

    /** A request with a checked key, as the filter read it. */
    record KeyedRequest(IdempotencyKey key, RequestFingerprint fingerprint) {
    }
}
