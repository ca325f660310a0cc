package eu.csar.orders.api;

/**
 * Where a removal order stands (Art 14-15): ISSUED by the issuing authority, TRANSMITTED to the
 * provider's point of contact (or legal representative), ESCALATED when the provider did not
 * acknowledge it within the profile's period, RECEIVED (the provider's acknowledgement starts the
 * execution clock), PAUSED by an Annex V notice (force majeure, de facto impossibility, or a
 * request for clarification), EXECUTED (Annex VI), CONTESTED before the issuing Member State's
 * courts, CLOSED.
 */
public enum RemovalOrderState {
    ISSUED,
    TRANSMITTED,
    ESCALATED,
    RECEIVED,
    PAUSED,
    EXECUTED,
    CONTESTED,
    CLOSED
}
