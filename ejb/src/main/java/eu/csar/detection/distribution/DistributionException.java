package eu.csar.detection.distribution;

/** A page or manifest that must not be used: bad signature, wrong key, tampered body, malformed JSON. */
public class DistributionException extends Exception {

    private static final long serialVersionUID = 1L;

    public DistributionException(String message) {
        super(message);
    }

    public DistributionException(String message, Throwable cause) {
        super(message, cause);
    }
}
