package eu.csar.platform.api;

/**
 * The first answer to a request with an idempotency key, as the partner got it: status, the headers
 * that matter to a client ({@code Content-Type}, {@code Location}, {@code ETag}; each may be null)
 * and the body (JSON text, or null).
 */
public record StoredAnswer(int status, String contentType, String location, String etag, String body) {

    /** Only successful answers are kept: a failed request changed nothing and may be tried again. */
    public boolean isKept() {
        return status >= 200 && status < 300;
    }
}
