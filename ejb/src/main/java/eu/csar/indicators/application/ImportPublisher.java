package eu.csar.indicators.application;

import eu.csar.audit.application.AuditRecorder;
import eu.csar.indicators.api.IndicatorsChanged;
import eu.csar.indicators.api.SubmissionId;
import eu.csar.indicators.domain.ImportAction;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.UserTransaction;

import java.sql.Connection;
import java.time.Clock;
import java.util.UUID;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * Moves the staged lines of an import into the indicator database in ONE transaction (nothing
 * half-imported is ever visible), with a timeout long enough for millions of lines, records the
 * publication on the audit trail and, when an indicator became matchable again, fires
 * {@link IndicatorsChanged} in the same transaction. Internal: called by the import job only.
 */
@Stateless
@TransactionManagement(TransactionManagementType.BEAN)
@PermitAll
public class ImportPublisher {

    /** Seconds the publication may take (a million lines took 1-2 minutes on the 2-core machine, docs/indicator-import.md). */
    static final int TIMEOUT_SECONDS = 3600;

    private static final Logger LOG = Logger.getLogger(ImportPublisher.class.getName());

    @Resource
    UserTransaction transaction;

    @Resource(lookup = "java:jboss/datasources/CsarDS")
    DataSource dataSource;

    @Inject
    AuditRecorder audit;

    @Inject
    Event<IndicatorsChanged> changed;

    @Inject
    Clock clock;

    /** Returns the counts, or null when an earlier execution already published this import. */
    @PermitAll
    public ImportSql.Published publish(SubmissionId id, long jobId) throws Exception {
        UUID submission = id.value();
        try (Connection c = dataSource.getConnection()) {
            ImportSql.analyzeStaging(c); // outside the transaction: its lock on the staging ends at once
        }
        transaction.setTransactionTimeout(TIMEOUT_SECONDS);
        transaction.begin();
        try {
            ImportSql.Published published;
            try (Connection c = dataSource.getConnection()) {
                published = ImportSql.publish(c, submission, jobId, clock.instant());
            }
            if (published != null) {
                audit.success(ImportAction.INDICATOR_IMPORT_PUBLISHED, submission, "bulk import job " + jobId + ": "
                        + published.lines() + " lines, " + published.accepted() + " new, " + published.linked() + " linked, "
                        + published.refused() + " refused");
                if (published.maxChangeSeq() > 0) {
                    changed.fire(new IndicatorsChanged(published.maxChangeSeq()));
                }
            }
            transaction.commit();
            if (published != null) {
                LOG.info(() -> "Import " + submission + " (job " + jobId + ") published: " + published);
            }
            return published;
        } catch (Exception | Error e) {
            if (transaction.getStatus() != Status.STATUS_NO_TRANSACTION) {
                transaction.rollback();
            }
            throw e;
        } finally {
            transaction.setTransactionTimeout(0);
        }
    }
}
