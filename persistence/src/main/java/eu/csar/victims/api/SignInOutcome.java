package eu.csar.victims.api;

/**
 * What one sign-in attempt on the victim page came to. The page says the same for a wrong code and
 * an unknown case number (so nobody learns which case numbers exist).
 */
public enum SignInOutcome {
    SIGNED_IN,
    /** Wrong code, or no such case. */
    WRONG_CODE,
    /** Too many wrong codes for this case, or this was the last one allowed: the case is locked for a while. */
    LOCKED,
    /** The code was revoked by the Coordinating Authority (or none was issued). */
    REVOKED,
    /** Too many wrong sign-ins from this client address: wait. */
    ADDRESS_LIMITED
}
