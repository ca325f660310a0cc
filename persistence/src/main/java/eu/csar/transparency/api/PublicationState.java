package eu.csar.transparency.api;

/** A version of a transparency report: a DRAFT may be regenerated; a PUBLISHED one never changes. */
public enum PublicationState {
    DRAFT,
    PUBLISHED
}
