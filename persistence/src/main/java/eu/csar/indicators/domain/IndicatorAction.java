package eu.csar.indicators.domain;

import eu.csar.audit.api.AuditAction;

/** What the indicator database records on the audit trail (Art 36, 44, 46). */
public enum IndicatorAction implements AuditAction {
    /** A Coordinating Authority sent a submission (or was refused). */
    INDICATOR_SUBMISSION_SENT("IndicatorSubmission"),
    /** A submission was opened (its lines read). */
    INDICATOR_SUBMISSION_READ("IndicatorSubmission"),
    /** The verification queue was read. */
    INDICATOR_SUBMISSION_QUEUE_READ("IndicatorSubmission"),
    /** A reviewer verified a submission, four eyes, line by line. */
    INDICATOR_SUBMISSION_VERIFIED("IndicatorSubmission"),
    /** A survivor withdrew the hashes of a victim submission (Art 20-21): their provenance links are withdrawn. */
    INDICATOR_SUBMISSION_WITHDRAWN("IndicatorSubmission"),
    INDICATOR_VERIFIED("Indicator"),
    INDICATOR_REJECTED("Indicator"),
    INDICATOR_ACTIVATED("Indicator"),
    INDICATOR_DISABLED("Indicator"),
    INDICATOR_ENABLED("Indicator"),
    INDICATOR_QUARANTINED("Indicator"),
    INDICATOR_CONFIRMED("Indicator"),
    INDICATOR_RETIRED("Indicator"),
    /** A reviewer confirmed that an indicator is still necessary (Art 46 review). */
    INDICATOR_NECESSITY_CONFIRMED("Indicator"),
    /** An indicator's detail was read. */
    INDICATOR_READ("Indicator"),
    /** The indicator sets, a search or the review list was read; the purpose names it. */
    INDICATOR_LIST_READ("Indicator");

    private final String objectType;

    IndicatorAction(String objectType) {
        this.objectType = objectType;
    }

    @Override
    public String objectType() {
        return objectType;
    }

    /** The action recording a move of the indicator workflow. */
    public static IndicatorAction of(IndicatorEvent event) {
        return switch (event) {
            case VERIFY -> INDICATOR_VERIFIED;
            case REJECT -> INDICATOR_REJECTED;
            case ACTIVATE -> INDICATOR_ACTIVATED;
            case DISABLE -> INDICATOR_DISABLED;
            case ENABLE -> INDICATOR_ENABLED;
            case QUARANTINE -> INDICATOR_QUARANTINED;
            case CONFIRM -> INDICATOR_CONFIRMED;
            case RETIRE -> INDICATOR_RETIRED;
        };
    }
}
