package eu.csar.platform.application;

import eu.csar.audit.application.AuditRecorder;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.logging.Logger;

/**
 * Crash recovery for batch jobs. A node killed while a job runs leaves the execution marked STARTED
 * in the job repository: the operator screen would show it running for ever and offer no restart.
 * At start-up, before any job of this JVM can run, every execution still marked running that was
 * created before this JVM started is marked FAILED, with its running steps, and each is audited
 * (actor {@code system}); an operator then restarts it and it resumes from its last checkpoint.
 *
 * <p>Single node only: the repository does not record which node runs an execution, so on a cluster
 * a starting node would also fail the executions another living node is running. A cluster needs
 * node ownership (e.g. the node name in the exit status and a heartbeat) before this may run there.
 */
@Singleton
@Startup
@DependsOn("SchemaMigrator")
public class InterruptedJobs {

    static final String EXIT_STATUS = "INTERRUPTED_BY_SERVER_STOP";
    static final String PURPOSE = "platform recovery";

    private static final Logger LOG = Logger.getLogger(InterruptedJobs.class.getName());

    @Inject
    JobRepositoryTables tables;

    @Inject
    AuditRecorder recorder;

    @Inject
    Clock clock;

    @PostConstruct
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    void recover() {
        Instant jvmStart = Instant.ofEpochMilli(ManagementFactory.getRuntimeMXBean().getStartTime());
        List<Long> failed = tables.markInterruptedAsFailed(jvmStart, clock.instant(), EXIT_STATUS);
        for (Long executionId : failed) {
            recorder.success(JobAction.JOB_MARKED_FAILED_AFTER_CRASH, executionId, PURPOSE);
        }
        if (!failed.isEmpty()) {
            LOG.warning(() -> "Batch job executions left running by an earlier server process, now marked FAILED "
                    + "(an operator may restart them from their last checkpoint): " + failed);
        }
    }
}
