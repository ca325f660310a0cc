package eu.csar.reports.domain;

/**
 * What moves a report, each with the provision it rests on (written into the history row) and
 * whether the provider or a centre reviewer takes it. OPEN starts the history and is not in the table.
 */
public enum ReportEvent {
    /** The provider completes the report and signs it (Art 13(1)(a): time stamp and electronic signature). */
    FINISH("Art 12(1), 13(1)", true),
    /** The provider withdraws the report before the EU Centre decided on it (platform rule, pending legal review). */
    RETRACT("Art 12(1); platform rule, pending legal review", true),
    /** A centre reviewer takes the report (or, after a first reviewer's finding, the second review) from the queue. */
    CLAIM("Art 48(1); platform rule", false),
    /** The claiming reviewer puts it back in the queue undecided. */
    RELEASE("Art 48(1); platform rule", false),
    /** Another reviewer takes over a claim abandoned for longer than the desk's claim timeout. */
    TAKE_OVER("Art 48(1); platform rule", false),
    /** The Centre decides to forward the report to the authorities with jurisdiction and/or Europol. */
    DECIDE_FORWARD("Art 48(3)", false),
    /** The Centre finds the report manifestly unfounded (one reviewer, where the profile needs no second). */
    DECIDE_UNFOUNDED("Art 48(2)", false),
    /** A first reviewer finds it manifestly unfounded; a second reviewer must confirm (four eyes). */
    PROPOSE_UNFOUNDED("Art 48(2); four eyes per the legal profile", false),
    /** A second reviewer, other than the first, confirms the manifestly-unfounded finding. */
    CONFIRM_UNFOUNDED("Art 48(2); four eyes per the legal profile", false),
    /**
     * The platform decides to forward a FINISHED, unclaimed report without a reviewer, because every
     * evidence item matched an ACTIVE indicator of verified provenance and the legal profile allows it
     * ({@code report.automatic-forwarding-of-known-material}); actor {@code system}.
     */
    DECIDE_FORWARD_AUTOMATICALLY("Art 48(3); automatic per the legal profile (pending legal review)", false),
    /** Every recipient of the forward decision (each Member State's law-enforcement authority, Europol) received the report. */
    FORWARD("Art 48(3)", false);

    private final String legalBasis;
    private final boolean byProvider;

    ReportEvent(String legalBasis, boolean byProvider) {
        this.legalBasis = legalBasis;
        this.byProvider = byProvider;
    }

    public String legalBasis() {
        return legalBasis;
    }

    /** Whether the provider takes this step (and sees it in its history); the others are the review desk's. */
    public boolean byProvider() {
        return byProvider;
    }

    /** Whether this step is a reviewer's decision (what the desk's daily count counts). */
    public boolean decision() {
        return this == DECIDE_FORWARD || this == DECIDE_UNFOUNDED || this == PROPOSE_UNFOUNDED || this == CONFIRM_UNFOUNDED;
    }
}
