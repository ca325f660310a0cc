package eu.csar.orders.api;

/** The issuing authority's answer to a reassessment request: the entry stays blocked, or is lifted from the order. */
public enum ReassessmentOutcome {
    UPHELD,
    LIFTED
}
