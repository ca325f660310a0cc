package eu.csar.platform.application;

import eu.csar.platform.domain.IdempotencyKeyRepository;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;

import java.time.Clock;
import java.util.logging.Logger;

/**
 * Deletes expired idempotency keys every 15 minutes, so the store holds about one retention period
 * of keys. Not persistent: a missed run is made up by the next, and in a cluster each node's purge
 * deletes what is expired (running twice deletes nothing twice). An expired key that is still there
 * is treated as absent anyway ({@link IdempotencyStore}).
 */
@Singleton
public class IdempotencyPurge {

    private static final Logger LOG = Logger.getLogger(IdempotencyPurge.class.getName());

    @Inject
    IdempotencyKeyRepository keys;

    @Inject
    Clock clock;

    @Schedule(hour = "*", minute = "*/15", persistent = false, info = "idempotency key purge")
    void purge() {
        int purged = keys.purgeExpired(clock.instant());
        if (purged > 0) {
            LOG.fine(() -> "Purged " + purged + " expired idempotency key(s)");
        }
    }
}
