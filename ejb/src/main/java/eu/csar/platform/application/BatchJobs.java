package eu.csar.platform.application;

import eu.csar.audit.api.AuditOutcome;
import eu.csar.audit.application.AuditRecorder;
import eu.csar.security.api.Roles;
import eu.csar.shared.domain.RuleViolationException;
import eu.csar.shared.domain.UnknownObjectException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.batch.operations.BatchRuntimeException;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import java.util.List;
import java.util.logging.Logger;

/**
 * The operator's view of the deployment's batch jobs: every job's executions with their status and
 * progress, read from the job repository (so jobs of every module appear), and the restart of a
 * failed or stopped execution from its last checkpoint, through the job operator of the module that
 * defines the job ({@link BatchJobOwners}; the EJB module's own jobs need no registration). A
 * restart, or a refused one, is audited. Auditors may look but not restart.
 */
@Stateless
public class BatchJobs {

    /** How many job instances (with all their executions) the screen shows, newest first. */
    static final int INSTANCES_SHOWN = 50;
    static final String PURPOSE = "batch operations";

    private static final Logger LOG = Logger.getLogger(BatchJobs.class.getName());

    @Inject
    JobRepositoryTables tables;

    @Inject
    BatchJobOwners owners;

    @Inject
    AuditRecorder recorder;

    @RolesAllowed({Roles.CENTRE_ADMIN, Roles.CENTRE_AUDITOR})
    public List<JobExecutionView> executions() {
        return JobExecutionView.of(tables.recentExecutions(INSTANCES_SHOWN));
    }

    /**
     * Restarts execution {@code executionId}; returns the new execution's id. Refused (and audited
     * as refused) when the execution is unknown, still running, completed, not the latest of its
     * job instance, or its job is defined by no module of this deployment.
     */
    @RolesAllowed(Roles.CENTRE_ADMIN)
    public long restart(long executionId) {
        String jobName = tables.jobNameOf(executionId).orElse(null);
        if (jobName == null) {
            recorder.refusal(JobAction.JOB_RESTARTED, executionId, PURPOSE, AuditOutcome.NOT_FOUND);
            throw new UnknownObjectException(JobAction.JOB_RESTARTED.objectType(), executionId);
        }
        BatchJobOwner owner = owners.ownerOf(jobName).orElseGet(() -> BatchJobOwner.ofModule(BatchJobs.class.getClassLoader()));
        long restarted;
        try {
            restarted = owner.restart(executionId);
        } catch (BatchRuntimeException e) {
            recorder.refusal(JobAction.JOB_RESTARTED, executionId, PURPOSE, AuditOutcome.REFUSED);
            throw new RuleViolationException(RuleViolationException.Code.NOT_PERMITTED_IN_STATE, null,
                    "execution " + executionId + " of job " + jobName + " cannot be restarted (" + e.getClass().getSimpleName() + ")");
        }
        recorder.success(JobAction.JOB_RESTARTED, executionId, PURPOSE);
        LOG.info(() -> "Job " + jobName + ": execution " + executionId + " restarted as execution " + restarted);
        return restarted;
    }
}
