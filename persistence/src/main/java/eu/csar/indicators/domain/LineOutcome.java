package eu.csar.indicators.domain;

/**
 * What became of one submitted line: {@code ACCEPTED} (a new indicator), {@code LINKED} (an existing
 * indicator of the set gained a provenance link) or {@code REFUSED} (with the reason).
 */
public enum LineOutcome {
    ACCEPTED,
    LINKED,
    REFUSED
}
