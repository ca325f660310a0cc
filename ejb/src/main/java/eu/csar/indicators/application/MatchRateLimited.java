package eu.csar.indicators.application;

import jakarta.ejb.ApplicationException;

/**
 * A provider sent more hashes than its rate allows on this node: answered 429 with
 * {@code Retry-After} (REST) or a fault with the same code (SOAP). Nothing of the call was recorded.
 */
@ApplicationException(rollback = true)
public class MatchRateLimited extends RuntimeException {

    private final long retryAfterSeconds;

    public MatchRateLimited(long retryAfterSeconds) {
        super("Too many hashes for this provider; retry after " + retryAfterSeconds + " s");
        this.retryAfterSeconds = retryAfterSeconds;
    }

    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
