package eu.csar.reports.domain;

/**
 * What moves a report, each with the provision it rests on (written into the history row). OPEN
 * starts the history and is not in the table.
 */
public enum ReportEvent {
    /** The provider completes the report and signs it (Art 13(1)(a): time stamp and electronic signature). */
    FINISH("Art 12(1), 13(1)"),
    /** The provider withdraws the report before the EU Centre forwarded it (platform rule, pending legal review). */
    RETRACT("Art 12(1); platform rule, pending legal review");

    private final String legalBasis;

    ReportEvent(String legalBasis) {
        this.legalBasis = legalBasis;
    }

    public String legalBasis() {
        return legalBasis;
    }
}
