package eu.csar.risk.domain;

/**
 * What moves a risk assessment, each with the provision it rests on (written into the history row).
 * SUBMIT opens the history and is not in the table.
 */
public enum RiskAssessmentEvent {
    /** The Coordinating Authority of establishment accepts the assessment and its measures. */
    ACCEPT("Art 5(1)"),
    /** The Coordinating Authority asks the provider for further information within a period. */
    REQUEST_INFORMATION("Art 5(2)"),
    /** The Coordinating Authority requires the provider to update the assessment or its measures within a period. */
    REQUIRE_MEASURES("Art 5(4)"),
    /** The provider answers a request for information or a requirement of measures. */
    SUPPLEMENT("Art 5(2), Art 5(4)"),
    /** The Coordinating Authority assigns a risk category (Council general approach only). */
    ASSIGN_CATEGORY("Council general approach 2025; pending legal review"),
    /** The provider's next assessment replaces this one. */
    SUPERSEDE("Art 3(4)");

    private final String legalBasis;

    RiskAssessmentEvent(String legalBasis) {
        this.legalBasis = legalBasis;
    }

    public String legalBasis() {
        return legalBasis;
    }
}
