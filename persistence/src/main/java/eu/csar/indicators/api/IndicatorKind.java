package eu.csar.indicators.api;

/**
 * What an indicator is: a PDQ perceptual hash (256 bits, 64 hex digits, with its quality), an MD5
 * or SHA-256 digest of a file (32 or 64 hex digits), or a URL. Values are computed on the
 * submitter's side with the project's hasher; content never reaches the platform.
 */
public enum IndicatorKind {
    PDQ,
    MD5,
    SHA256,
    URL
}
