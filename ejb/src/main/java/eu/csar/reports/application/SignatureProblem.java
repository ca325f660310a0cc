package eu.csar.reports.application;

/** Why a report's signature is refused; the code starts the problem's message, so client code may switch on it. */
public enum SignatureProblem {
    /** No signature was sent. */
    MISSING,
    /** Not a compact JWS with a detached payload (header..signature), or its header cannot be read. */
    MALFORMED,
    /** The header's {@code alg} is not the one the registered key's type calls for (ES256, ES384, RS256). */
    WRONG_ALGORITHM,
    /** The provider has no usable signing key in the registry. */
    NO_KEY_REGISTERED,
    /** The signature is not one of the registered key over the report's canonical document. */
    DOES_NOT_VERIFY
}
