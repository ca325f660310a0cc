package eu.csar.legal.domain;

import eu.csar.audit.api.AuditAction;

/**
 * What the deadline service and the clock record on the audit trail. Deadline actions concern a
 * deadline; the clock's are recorded only by the test and demo deployments, which alone can move it.
 */
public enum DeadlineAction implements AuditAction {
    DEADLINE_SCHEDULED,
    DEADLINE_PAUSED,
    DEADLINE_RESUMED,
    DEADLINE_RESTARTED,
    DEADLINE_EXTENDED,
    DEADLINE_CANCELLED,
    DEADLINE_REMINDER_SENT,
    DEADLINE_FIRED,
    DEADLINE_ESCALATED,
    /** The deadlines of one case were listed; the object is the case, the purpose names it. */
    DEADLINE_LIST_READ,
    CLOCK_ADVANCED("Clock"),
    CLOCK_RESET("Clock");

    private final String objectType;

    DeadlineAction() {
        this("Deadline");
    }

    DeadlineAction(String objectType) {
        this.objectType = objectType;
    }

    @Override
    public String objectType() {
        return objectType;
    }
}
