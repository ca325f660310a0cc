package eu.csar.orders.api;

/** The kinds of order a complaint may concern (Art 34). */
public enum OrderKind {
    REMOVAL,
    DETECTION,
    BLOCKING,
    DELISTING
}
