package eu.csar.risk.domain;

import eu.csar.audit.api.AuditAction;

/** What the risk context records on the audit trail (Art 3-6). */
public enum RiskAction implements AuditAction {
    RISK_ASSESSMENT_SUBMITTED,
    RISK_ASSESSMENT_ACCEPTED,
    RISK_INFORMATION_REQUESTED,
    RISK_MEASURES_REQUIRED,
    RISK_ASSESSMENT_SUPPLEMENTED,
    RISK_CATEGORY_ASSIGNED,
    RISK_ASSESSMENT_SUPERSEDED,
    /** A due date of an assessment passed without the provider acting (the deadline fired). */
    RISK_ASSESSMENT_OVERDUE,
    /** The next assessment's due date moved because a detection order against the provider came into force or ended (Art 3(4)). */
    RISK_ASSESSMENT_DUE_DATE_MOVED,
    /** One risk assessment was read. */
    RISK_ASSESSMENT_READ,
    /** A list of risk assessments was read. */
    RISK_ASSESSMENT_LIST_READ,
    /** The provider attached a document to its assessment. */
    RISK_DOCUMENT_ATTACHED,
    /** The documents of an assessment were listed. */
    RISK_DOCUMENT_LIST_READ,
    /** A document of an assessment was downloaded. */
    RISK_DOCUMENT_DOWNLOADED,
    /** The clock of a provider's first assessment started (its registration, or the start-up sweep); object: the provider. */
    RISK_FIRST_ASSESSMENT_STARTED,
    /** A provider's first assessment fell due without one (Art 3(4)); object: the provider. */
    RISK_FIRST_ASSESSMENT_OVERDUE,
    /** A provider's first assessment arrived and ended its clock; object: the provider. */
    RISK_FIRST_ASSESSMENT_MET;

    @Override
    public String objectType() {
        return name().startsWith("RISK_FIRST_ASSESSMENT_") ? "Provider" : "RiskAssessment";
    }

    /** The action recording a move of the workflow. */
    public static RiskAction of(RiskAssessmentEvent event) {
        return switch (event) {
            case ACCEPT -> RISK_ASSESSMENT_ACCEPTED;
            case REQUEST_INFORMATION -> RISK_INFORMATION_REQUESTED;
            case REQUIRE_MEASURES -> RISK_MEASURES_REQUIRED;
            case SUPPLEMENT -> RISK_ASSESSMENT_SUPPLEMENTED;
            case ASSIGN_CATEGORY -> RISK_CATEGORY_ASSIGNED;
            case SUPERSEDE -> RISK_ASSESSMENT_SUPERSEDED;
        };
    }
}
