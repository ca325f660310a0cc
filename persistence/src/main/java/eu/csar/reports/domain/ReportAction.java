package eu.csar.reports.domain;

import eu.csar.audit.api.AuditAction;

/** What report intake and triage record on the audit trail (Art 12-13): every write, every read of a report, each triage and redelivery. */
public enum ReportAction implements AuditAction {
    REPORT_OPENED,
    REPORT_EVIDENCE_ATTACHED,
    REPORT_FINISHED,
    REPORT_RETRACTED,
    /** A report opened, given its evidence and finished in one call. */
    REPORT_SUBMITTED,
    /** A report was read by its provider. */
    REPORT_READ,
    /** The Centre's detection job triaged a finished report (known material, seen before; actor: system). */
    REPORT_TRIAGED,
    /** An operator put a detection job from the dead-letter queue back on the triage queue (or was refused). */
    REPORT_TRIAGE_JOB_REDELIVERED;

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
