package eu.csar.orders.api;

/** The court's decision on a contested removal order (Art 15(1)): the order stands, or it is annulled. */
public enum RedressOutcome {
    UPHELD,
    ANNULLED
}
