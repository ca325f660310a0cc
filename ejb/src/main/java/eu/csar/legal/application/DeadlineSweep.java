package eu.csar.legal.application;

import eu.csar.legal.api.DeadlineWasReached;
import eu.csar.security.api.Roles;
import eu.csar.shared.api.PublishedService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Lock;
import jakarta.ejb.LockType;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Fires whatever deadline is due by the platform clock. EJB timers run on real time, so deadlines are
 * rows in PostgreSQL and this sweep looks for due ones every few seconds, on a persistent calendar
 * timer: with the timer service's database data store (configure-82-timers.cli) the timer itself is a
 * row in PostgreSQL, survives restarts and redeployments, and runs on one node of a cluster at a time.
 * Even if two sweeps ran at once, each deadline is claimed with {@code FOR UPDATE SKIP LOCKED} and
 * fired in its own transaction ({@link DeadlineFiring}): once, and a failing one is skipped (and
 * retried by the next sweep) without holding up the others. The test-support clock control runs
 * {@link #sweepAfter} to move the clock and sweep at once.
 */
@Singleton
@DependsOn("SchemaMigrator")
@PublishedService
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DeadlineSweep {

    /** At most this many deadlines per sweep, so that one sweep ends well before the next is due. */
    static final int MAX_PER_SWEEP = 500;

    private static final Logger LOG = Logger.getLogger(DeadlineSweep.class.getName());

    @Inject
    DeadlineFiring firing;

    @Inject
    Clock clock;

    @Schedule(second = "*/5", minute = "*", hour = "*", persistent = true, info = "deadline sweep")
    void onSchedule() {
        sweep();
    }

    /**
     * Makes {@code change} (the clock control moving the clock) and sweeps at once, and says what was
     * reached; the timer's own sweep waits meanwhile, so what the move made due is reported here.
     */
    @RolesAllowed(Roles.CENTRE_ADMIN)
    @Lock(LockType.WRITE)
    public List<DeadlineWasReached> sweepAfter(Runnable change) {
        change.run();
        return sweep();
    }

    private List<DeadlineWasReached> sweep() {
        // The database keeps microseconds: compare at the precision it stores.
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        List<DeadlineWasReached> reached = new ArrayList<>();
        Set<UUID> failed = new HashSet<>();
        while (reached.size() + failed.size() < MAX_PER_SWEEP) {
            try {
                Optional<DeadlineWasReached> next = firing.fireNext(now, failed);
                if (next.isEmpty()) {
                    break;
                }
                reached.add(next.get());
            } catch (DeadlineFiring.Failed e) {
                LOG.log(Level.SEVERE, "Deadline sweep: " + e.getMessage() + "; skipped until the next sweep", e.getCause());
                failed.add(e.deadline().value());
            } catch (RuntimeException e) {
                // A failure outside one deadline's work (the database, the commit): the next sweep tries again.
                LOG.log(Level.SEVERE, "Deadline sweep stopped: " + e, e);
                break;
            }
        }
        if (!reached.isEmpty() || !failed.isEmpty()) {
            LOG.info(() -> "Deadline sweep at " + now + ": " + reached.size() + " reached, " + failed.size() + " failed");
        }
        return reached;
    }
}
