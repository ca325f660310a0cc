package eu.csar.web.platform.rest;

/**
 * A request body that an operation taking a file of its own ({@link RawBody}) refuses before any
 * service runs: a media type it does not take (415 {@code unsupported-media-type}) or more bytes than
 * it keeps (413 {@code content-too-large}). The detail names what the operation accepts.
 */
public class BodyRefused extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient ProblemType type;

    private BodyRefused(ProblemType type, String detail) {
        super(detail, null, false, false);
        this.type = type;
    }

    /** 415: the {@code Content-Type} is not one the operation takes. */
    public static BodyRefused unsupportedMediaType(String detail) {
        return new BodyRefused(ProblemType.UNSUPPORTED_MEDIA_TYPE, detail);
    }

    /** 413: the body is larger than the operation keeps. */
    public static BodyRefused tooLarge(String detail) {
        return new BodyRefused(ProblemType.CONTENT_TOO_LARGE, detail);
    }

    ProblemType type() {
        return type;
    }
}
