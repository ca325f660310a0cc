package eu.csar.penalties.api;

/** What a penalty case is linked to: an order of one of the four kinds, or a provider's report. */
public enum LinkKind {
    REMOVAL_ORDER,
    DETECTION_ORDER,
    BLOCKING_ORDER,
    DELISTING_ORDER,
    REPORT
}
