package eu.csar.orders.api;

/**
 * Where a blocking or delisting order stands: ISSUED by the issuing authority, TRANSMITTED to the
 * provider's point of contact (or legal representative), RECEIVED (the provider acknowledged it),
 * EXECUTED (the provider reported the URLs blocked, or delisted), REVOKED by the issuing authority,
 * EXPIRED at the end of a blocking order's period of application.
 */
public enum UrlListOrderState {
    ISSUED,
    TRANSMITTED,
    RECEIVED,
    EXECUTED,
    REVOKED,
    EXPIRED
}
