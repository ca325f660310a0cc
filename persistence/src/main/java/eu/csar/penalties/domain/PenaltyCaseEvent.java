package eu.csar.penalties.domain;

/**
 * What moves a penalty case, each with the provision it rests on (written into the history row).
 * OPEN starts the history and is not in the table.
 */
public enum PenaltyCaseEvent {
    /** The Coordinating Authority decides the penalty, within the cap of Art 35(4) or (5). */
    DECIDE("Art 35(4)-(6)"),
    /** The decided case is closed (the decision is final and followed up). */
    CLOSE("Art 35; platform rule, pending legal review"),
    /** The case is dropped before a decision. */
    WITHDRAW("Art 35; platform rule, pending legal review");

    private final String legalBasis;

    PenaltyCaseEvent(String legalBasis) {
        this.legalBasis = legalBasis;
    }

    public String legalBasis() {
        return legalBasis;
    }
}
