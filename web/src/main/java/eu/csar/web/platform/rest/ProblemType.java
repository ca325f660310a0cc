package eu.csar.web.platform.rest;

/**
 * The catalogue of errors the partner APIs answer with. The URIs are stable identifiers that
 * client code may switch on; titles never change for a type; status is the HTTP status.
 */
public enum ProblemType {
    VALIDATION_FAILED(400, "The request has invalid fields"),
    MALFORMED_REQUEST(400, "The request body could not be read"),
    NOT_AUTHENTICATED(401, "Authentication is required"),
    FORBIDDEN(403, "Your role does not allow this action"),
    NOT_FOUND(404, "No such object"),
    METHOD_NOT_ALLOWED(405, "This method is not allowed here"),
    NOT_ACCEPTABLE(406, "The requested representation is not available"),
    CONFLICT(409, "The request conflicts with the current state"),
    STALE_VERSION(409, "The object was changed meanwhile"),
    DUPLICATE(409, "The object already exists"),
    CONTENT_TOO_LARGE(413, "The request body is too large"),
    UNSUPPORTED_MEDIA_TYPE(415, "Unsupported content type"),
    REQUEST_REFUSED(400, "The request was refused"),
    IDEMPOTENCY_KEY_INVALID(400, "The Idempotency-Key header is not usable"),
    IDEMPOTENCY_KEY_MISSING(400, "This write needs an Idempotency-Key header"),
    IDEMPOTENCY_KEY_REUSED(422, "The Idempotency-Key was used for another request"),
    INTERNAL_ERROR(500, "An internal error occurred");

    public static final String NAMESPACE = "urn:eu:csar:problem:v1";

    private final int status;
    private final String title;

    ProblemType(int status, String title) {
        this.status = status;
        this.title = title;
    }

    public String uri() {
        return "urn:eu:csar:problem:" + name().toLowerCase().replace('_', '-');
    }

    public int status() {
        return status;
    }

    public String title() {
        return title;
    }
}
