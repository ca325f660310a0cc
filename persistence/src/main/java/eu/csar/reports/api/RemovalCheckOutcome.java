package eu.csar.reports.api;

/**
 * What one removal check of a public URL found (a HEAD request, never the body). GONE (404, 410) and
 * UNAVAILABLE_FOR_LEGAL_REASONS (451: access disabled) mean the material is no longer publicly
 * accessible at once; HOST_UNKNOWN (the host name no longer resolves) only when the check before found
 * the same, since a name server may fail for a while. ONLINE (2xx), REDIRECTED (3xx: not followed, the
 * target may be the material itself), ACCESS_RESTRICTED (401, 403: perhaps only for the Centre) and
 * ERROR (any other status, no answer, a timeout) prove nothing: checks go on. ADDRESS_REFUSED: the host
 * resolves to a private, loopback or otherwise non-public address, which the platform never asks.
 */
public enum RemovalCheckOutcome {
    ONLINE,
    REDIRECTED,
    ACCESS_RESTRICTED,
    GONE,
    UNAVAILABLE_FOR_LEGAL_REASONS,
    ERROR,
    HOST_UNKNOWN,
    ADDRESS_REFUSED;

    /** The outcome of an HTTP answer with {@code status}. */
    public static RemovalCheckOutcome ofStatus(int status) {
        if (status >= 200 && status < 300) {
            return ONLINE;
        }
        if (status >= 300 && status < 400) {
            return REDIRECTED;
        }
        return switch (status) {
            case 404, 410 -> GONE;
            case 451 -> UNAVAILABLE_FOR_LEGAL_REASONS;
            case 401, 403 -> ACCESS_RESTRICTED;
            default -> ERROR;
        };
    }

    /** Whether this outcome alone shows the material removed (HOST_UNKNOWN needs a second one in a row). */
    public boolean removes() {
        return this == GONE || this == UNAVAILABLE_FOR_LEGAL_REASONS;
    }
}
