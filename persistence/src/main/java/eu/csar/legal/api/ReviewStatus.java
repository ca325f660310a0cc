package eu.csar.legal.api;

/**
 * Whether a legal officer has checked a profile value against the adopted text. The values shipped
 * with the platform come from a careful reading of the proposal, not a certified copy: they are
 * {@link #PENDING_LEGAL_REVIEW} until a reviewed version is imported. A value a profile takes from
 * another (its {@link ProfileValue#inheritedFrom()}) keeps its own status.
 */
public enum ReviewStatus {
    PENDING_LEGAL_REVIEW,
    CONFIRMED
}
