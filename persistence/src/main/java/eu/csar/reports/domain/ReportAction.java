package eu.csar.reports.domain;

import eu.csar.audit.api.AuditAction;

/** What report intake records on the audit trail (Art 12-13): every write, and every read of a report. */
public enum ReportAction implements AuditAction {
    REPORT_OPENED,
    REPORT_EVIDENCE_ATTACHED,
    REPORT_FINISHED,
    REPORT_RETRACTED,
    /** A report opened, given its evidence and finished in one call. */
    REPORT_SUBMITTED,
    /** A report was read by its provider. */
    REPORT_READ,
    /** A provider listed its own reports (one page). */
    REPORT_LIST_READ;

    @Override
    public String objectType() {
        return "Report";
    }

    /** The action recording a move of the workflow. */
    public static ReportAction of(ReportEvent event) {
        return switch (event) {
            case FINISH -> REPORT_FINISHED;
            case RETRACT -> REPORT_RETRACTED;
        };
    }
}
