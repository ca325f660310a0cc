package eu.csar.platform.application;

import eu.csar.audit.api.AuditAction;

/** What operators and the platform do with batch job executions, recorded on the audit trail. */
public enum JobAction implements AuditAction {
    /** An operator restarted a failed or stopped execution from its last checkpoint (or was refused). */
    JOB_RESTARTED,
    /** At start-up, the platform marked an execution that a crash left running as failed (actor: system). */
    JOB_MARKED_FAILED_AFTER_CRASH;

    @Override
    public String objectType() {
        return "JobExecution";
    }
}
