package eu.csar.orders.domain;

/**
 * What moves a removal order, each with the provision it rests on (written into the history row).
 * ISSUE opens the history and is not in the table.
 */
public enum RemovalOrderEvent {
    /** The order reaches the provider's point of contact or legal representative over the platform. */
    TRANSMIT("Art 14(3)"),
    /** The provider acknowledges receipt; the execution period starts (receipt). */
    ACKNOWLEDGE("Art 14(3)"),
    /** No acknowledgement within the profile's period: the issuing authority and the Coordinating Authority are told. */
    ESCALATE("Art 14(3); platform rule, pending legal review"),
    /** Annex V: force majeure, de facto impossibility, or a request for clarification; the clock stops. */
    DECLARE_CANNOT_EXECUTE("Art 14(5), Art 14(6), Annex V"),
    /** The issuing authority clarifies, or confirms the reasons ceased: the period runs again in full. */
    CLARIFY("Art 14(5), Art 14(6)"),
    /** Annex VI: the provider reports the items removed or access to them disabled. */
    REPORT_EXECUTION("Art 14(4), Annex VI"),
    /** The provider or the uploader contests the order before the issuing Member State's courts. */
    CONTEST("Art 15(1)"),
    /** The court's decision on a contested order is recorded. */
    RECORD_OUTCOME("Art 15(1)"),
    /** The issuing authority closes an executed order. */
    CLOSE("Art 14"),
    /** The issuing authority withdraws an order not yet executed. */
    WITHDRAW("Art 14");

    private final String legalBasis;

    RemovalOrderEvent(String legalBasis) {
        this.legalBasis = legalBasis;
    }

    public String legalBasis() {
        return legalBasis;
    }
}
