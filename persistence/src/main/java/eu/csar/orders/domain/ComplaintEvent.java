package eu.csar.orders.domain;

/**
 * What moves a complaint, each with the provision it rests on (written into the history row). FILE
 * opens the history and is not in the table.
 */
public enum ComplaintEvent {
    /** The receiving authority passes the complaint to the Coordinating Authority of establishment. */
    FORWARD("Art 34(3)"),
    /** The Coordinating Authority of establishment takes the complaint up for examination. */
    TAKE_UP("Art 34(3)"),
    /** The Coordinating Authority of establishment decides, with reasons. */
    DECIDE("Art 34(3); platform rule, pending legal review"),
    /** The complainant withdraws the complaint before a decision. */
    WITHDRAW("Art 34(1)");

    private final String legalBasis;

    ComplaintEvent(String legalBasis) {
        this.legalBasis = legalBasis;
    }

    public String legalBasis() {
        return legalBasis;
    }
}
