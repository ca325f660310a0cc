package eu.csar.reports.application;

import eu.csar.reports.api.ReportId;
import eu.csar.security.api.Roles;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Runs the removal checks of reported public material ({@link RemovalChecks}) on a persistent
 * calendar timer, as {@code system}: first it starts watching the public URLs of reports newly
 * decided for forwarding, then asks each URL due by the platform clock (so a test or demo that moves
 * the clock sees the next check within one period of this timer). As with the deadline sweep, the
 * timer runs on real time and the legal time is in the rows. No transaction is open while a host
 * answers: each start and each record is a transaction of its own, and a node that finds a URL
 * locked or already recorded by another skips it.
 */
@Singleton
@DependsOn("SchemaMigrator")
@RunAs(Roles.SYSTEM)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class RemovalCheckSweep {

    /** At most this many URLs per sweep: each may take the probe's timeouts (8 s), and the timer skips a busy sweep. */
    static final int MAX_PER_SWEEP = 50;

    private static final Logger LOG = Logger.getLogger(RemovalCheckSweep.class.getName());

    @Inject
    RemovalChecks checks;

    @Schedule(second = "*/10", minute = "*", hour = "*", persistent = true, info = "removal checks")
    void onSchedule() {
        try {
            for (UUID report : checks.unwatched(MAX_PER_SWEEP)) {
                watch(report);
            }
            RemovalProbe probe = RemovalProbe.standard();
            for (RemovalChecks.Due due : checks.due(MAX_PER_SWEEP)) {
                RemovalProbe.Result result = probe.check(due.url());
                checks.record(due, result.outcome(), result.status(), result.detail());
            }
        } catch (RuntimeException e) {
            // the database or a commit: the next sweep tries again
            LOG.log(Level.SEVERE, "Removal checks stopped: " + e, e);
        }
    }

    private void watch(UUID report) {
        try {
            checks.watch(new ReportId(report));
        } catch (RuntimeException e) {
            // another node started it meanwhile (unique position), or the profile lacks a key: logged, tried again next time
            LOG.log(Level.WARNING, "Removal checks of report " + report + " not started: " + e, e);
        }
    }
}
