package eu.csar.platform.messaging;

import eu.csar.platform.api.OutboxMessages;
import eu.csar.security.api.Roles;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Relays the outbox to the broker: woken when a transaction that queued a message commits (many
 * wake-ups while one run is pending make one run), and every two seconds in any case, so that a
 * message whose wake-up was lost (a crash right after the commit) or whose send failed goes later.
 * Each run sends batches of {@value #BATCH} until fewer are due. Runs as the platform's {@code system}
 * role. A non-persistent timer: after a restart the sweep finds whatever was left.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@RunAs(Roles.SYSTEM)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class OutboxRelay {

    static final int BATCH = 100;
    /** At most this many batches per run, so one run never holds a timer thread for long. */
    static final int MAX_BATCHES_PER_RUN = 50;
    private static final Logger LOG = Logger.getLogger(OutboxRelay.class.getName());

    @Resource
    TimerService timers;

    @Inject
    OutboxSender sender;

    private final AtomicBoolean pending = new AtomicBoolean();

    /**
     * A transaction that queued a message has committed: run soon. {@code @PermitAll}: it adds no
     * authority, it only makes the relay send sooner what is already committed.
     */
    @PermitAll
    public void onCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) OutboxMessages.Enqueued enqueued) {
        wake();
    }

    @Timeout
    void woken() {
        pending.set(false);
        drain();
    }

    /**
     * The sweep only wakes the relay: the drain runs in the wake-up's own timer, so a drain that takes
     * longer than the two seconds under load never overlaps this schedule (which the container would
     * refuse with a warning in the log every time).
     */
    @Schedule(second = "*/2", minute = "*", hour = "*", persistent = false, info = "outbox sweep")
    void sweep() {
        wake();
    }

    /** Sets a run one millisecond from now unless one is already set (then that one sends what is due). */
    private void wake() {
        if (pending.compareAndSet(false, true)) {
            try {
                timers.createSingleActionTimer(1, new TimerConfig(null, false));
            } catch (RuntimeException e) {
                pending.set(false); // no run is set: the next commit or sweep sets one
                throw e;
            }
        }
    }

    private void drain() {
        try {
            for (int i = 0; i < MAX_BATCHES_PER_RUN; i++) {
                if (sender.sendDue(BATCH) < BATCH) {
                    return;
                }
            }
        } catch (RuntimeException e) {
            // The batch rolled back and its rows stay due: the next run sends them.
            LOG.log(Level.WARNING, "outbox relay run failed; the messages stay in the outbox and are sent later", e);
        }
    }
}
