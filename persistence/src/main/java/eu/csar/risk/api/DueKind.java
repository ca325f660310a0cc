package eu.csar.risk.api;

/**
 * The due dates a risk assessment runs against, each a deadline of the deadline service: the next
 * assessment (Art 3(4), {@code risk-assessment.update-interval}), the provider's answer to a request
 * for information (Art 5(2), {@code risk-assessment.information-request-period}), or to a requirement
 * of measures (Art 5(4), {@code risk-assessment.measures-period}); before any assessment, the first
 * one (Art 3(4), first subparagraph, {@code risk-assessment.first-assessment-period} after the
 * provider's registration).
 */
public enum DueKind {
    FIRST("risk-assessment.first"),
    UPDATE("risk-assessment.update"),
    INFORMATION("risk-assessment.information"),
    MEASURES("risk-assessment.measures");

    private final String deadlineKind;

    DueKind(String deadlineKind) {
        this.deadlineKind = deadlineKind;
    }

    /** The kind the deadline is scheduled under. */
    public String deadlineKind() {
        return deadlineKind;
    }

    /** The due kind of a deadline kind; null for a deadline of another workflow. */
    public static DueKind ofDeadlineKind(String kind) {
        for (DueKind k : values()) {
            if (k.deadlineKind.equals(kind)) {
                return k;
            }
        }
        return null;
    }
}
