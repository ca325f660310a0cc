package eu.csar.risk.api;

/**
 * Where a risk assessment stands in the Coordinating Authority's review (Art 5): submitted and
 * awaiting review, more information asked for (Art 5(2)), measures required (Art 5(4)), accepted,
 * or superseded by the provider's next assessment (Art 3(4)).
 */
public enum RiskAssessmentState {
    SUBMITTED,
    INFORMATION_REQUESTED,
    MEASURES_REQUIRED,
    ACCEPTED,
    SUPERSEDED
}
