package eu.csar.indicators.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;

import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * After a counter flush committed ({@link MatchCountFlush}), quarantines what its counters showed
 * flooding, each indicator in a transaction of its own ({@link FloodWatch}). A failure is logged:
 * the next flush that counts matches of the indicator tries again.
 */
@ApplicationScoped
public class FloodObserver {

    private static final Logger LOG = Logger.getLogger(FloodObserver.class.getName());

    @Inject
    FloodWatch floodWatch;

    void afterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) FloodsFound found) {
        found.reasons().forEach((indicator, reason) -> {
            try {
                floodWatch.quarantine(indicator, reason);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "flood quarantine of " + indicator + " not done (moved meanwhile?); the next flush that counts its matches tries again", e);
            }
        });
    }
}
