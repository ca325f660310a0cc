package eu.csar.orders.api;

/** The decision of the Coordinating Authority of establishment on a complaint (Art 34), always with reasons. */
public enum ComplaintOutcome {
    UPHELD,
    PARTLY_UPHELD,
    REJECTED
}
