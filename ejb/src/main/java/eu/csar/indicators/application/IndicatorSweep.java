package eu.csar.indicators.application;

import eu.csar.indicators.api.IndicatorId;
import eu.csar.indicators.domain.IndicatorEvent;
import eu.csar.indicators.domain.IndicatorRepository;
import eu.csar.security.api.Roles;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Enables again, by themselves, the indicators whose disablement ended ({@code disabled_until}
 * passed by the platform clock), and retires the ACTIVE indicators whose Art 46 necessity review lapsed
 * (not confirmed within the retention rule {@code retention.indicator-review} after their review date):
 * every minute, each in its own transaction, as {@code system} (run-as: the rule's period is read from
 * the legal profile, whose service admits the platform's role).
 */
@Singleton
@DependsOn("SchemaMigrator")
@RunAs(Roles.SYSTEM)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class IndicatorSweep {

    static final int MAX_PER_SWEEP = 500;

    private static final Logger LOG = Logger.getLogger(IndicatorSweep.class.getName());

    @Inject
    Work work;

    @Schedule(minute = "*", hour = "*", persistent = false, info = "indicator disablement sweep")
    void onSchedule() {
        for (IndicatorId id : work.due()) {
            try {
                work.enable(id);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Indicator sweep: " + id + " not enabled (" + e + "); retried next minute", e);
            }
        }
        for (IndicatorId id : work.lapsed()) {
            try {
                work.retireLapsed(id);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Indicator sweep: " + id + " not retired (" + e + "); retried next minute", e);
            }
        }
    }

    /** The transactional steps of the sweep. */
    @ApplicationScoped
    public static class Work {

        @Inject
        IndicatorRepository indicators;

        @Inject
        IndicatorMoves moves;

        @Inject
        Clock clock;

        @Transactional(Transactional.TxType.REQUIRES_NEW)
        public List<IndicatorId> due() {
            return indicators.disablementEnded(clock.instant(), MAX_PER_SWEEP);
        }

        @Inject
        NecessityReview review;

        /** ACTIVE indicators whose necessity review lapsed (retention rule {@code retention.indicator-review}). */
        @Transactional(Transactional.TxType.REQUIRES_NEW)
        public List<IndicatorId> lapsed() {
            return indicators.reviewDue(review.lapsedBefore(clock.instant()), MAX_PER_SWEEP).stream().map(i -> i.id()).toList();
        }

        /** Retires a lapsed indicator: history row and audit entry through the one door, the reason naming the rule. */
        @Transactional(Transactional.TxType.REQUIRES_NEW)
        public void retireLapsed(IndicatorId id) {
            moves.move(id, IndicatorEvent.RETIRE, NecessityReview.LAPSED_REASON, null);
        }

        @Transactional(Transactional.TxType.REQUIRES_NEW)
        public void enable(IndicatorId id) {
            moves.move(id, IndicatorEvent.ENABLE, "disablement ended", null);
        }
    }
}
