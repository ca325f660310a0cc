package eu.csar.web.platform.rest;

/** The same {@code Idempotency-Key} came with another request than the one it answered: 422. */
public class IdempotencyKeyReused extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public IdempotencyKeyReused() {
        super("This Idempotency-Key was used for another request (method, path or body differ); use a new key for a new request",
                null, false, false);
    }
}
