package eu.csar.orders.api;

/**
 * Which complaints a Coordinating Authority's list shows: those it RECEIVED from users living in its
 * Member State, those FORWARDED to it as the authority of establishment by another Member State's
 * authority, or ALL it may see.
 */
public enum ComplaintDirection {
    RECEIVED,
    FORWARDED,
    ALL
}
