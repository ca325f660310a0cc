package eu.csar.web.platform.rest;

/**
 * The {@code Idempotency-Key} of a write is not usable (empty, too long, not printable ASCII, or sent
 * twice): 400 {@code idempotency-key-invalid}, nothing runs. Thrown where the check happens inside the
 * call (the SOAP writes); the REST filter answers before the resource runs.
 */
public class IdempotencyKeyInvalid extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public IdempotencyKeyInvalid(String problem) {
        super(problem, null, false, false);
    }
}
