package eu.csar.orders.domain;

import eu.csar.orders.api.UrlListOrderType;

/**
 * What moves a blocking or delisting order, each with the provision it rests on for each kind
 * (written into the history row). ISSUE opens the history and is not in the tables. REASSESS,
 * REQUEST_REASSESSMENT and ANSWER_REASSESSMENT leave the state as it is: the tables list them as
 * moves to the same state, so that they are refused where they make no sense.
 */
public enum UrlListOrderEvent {
    /** The order reaches the provider's point of contact or legal representative over the platform. */
    TRANSMIT("Art 17(1), Annex VII"),
    /** The provider acknowledges receipt. */
    ACKNOWLEDGE("Art 17"),
    /** The provider reports the URLs blocked (or delisted). */
    REPORT_EXECUTION("Art 16(1), Art 17"),
    /** The periodic reassessment of a blocking order by its issuer. */
    REASSESS("Art 16-18 (periodic reassessment), pending legal review"),
    /** The provider or a user asks for a blocked URL to be reassessed as mistaken. */
    REQUEST_REASSESSMENT("Art 18"),
    /** The issuing authority answers a reassessment request: upheld, or the entry lifted. */
    ANSWER_REASSESSMENT("Art 18"),
    /** The issuing authority revokes the order. */
    REVOKE("Art 16-18"),
    /** A blocking order's period of application ends. */
    EXPIRE("Art 16(6)");

    /** Delisting orders exist only in the Council's text, whose Article numbers are not settled. */
    static final String DELISTING_BASIS = "Council general approach 2025 (delisting orders), pending legal review";

    private final String blockingBasis;

    UrlListOrderEvent(String blockingBasis) {
        this.blockingBasis = blockingBasis;
    }

    public String legalBasis(UrlListOrderType type) {
        return type == UrlListOrderType.BLOCKING ? blockingBasis : DELISTING_BASIS;
    }
}
