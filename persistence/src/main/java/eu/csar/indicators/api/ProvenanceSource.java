package eu.csar.indicators.api;

/**
 * The class of a provenance link, which is all a provider learns of where a match came from
 * (never the decision reference): a national authority's decision (Art 36), a victim's request
 * (Art 20-21), a third-party list, or the Centre's own review.
 */
public enum ProvenanceSource {
    AUTHORITY_DECISION,
    VICTIM_REQUEST,
    THIRD_PARTY_LIST,
    CENTRE_REVIEW
}
