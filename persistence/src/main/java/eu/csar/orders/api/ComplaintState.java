package eu.csar.orders.api;

/**
 * Where a complaint of a user about an order stands (Art 34): RECEIVED by the Coordinating
 * Authority of the Member State where the user lives, FORWARDED to the Coordinating Authority of
 * establishment (the order's Member State), UNDER_EXAMINATION there, DECIDED with an outcome and
 * reasons, or WITHDRAWN by the complainant before a decision.
 */
public enum ComplaintState {
    RECEIVED,
    FORWARDED,
    UNDER_EXAMINATION,
    DECIDED,
    WITHDRAWN
}
