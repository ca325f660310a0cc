package eu.csar.audit.application;

import eu.csar.audit.domain.ChainSealer;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The chainer: {@value #PERIOD_MILLIS} ms after its last run ended it links the committed, unsealed
 * audit events into the hash chain, a batch of up to {@link ChainSealer#BATCH} per transaction, until
 * none is left. A single-action timer set again at the end of each run rather than an interval
 * timer: a run that takes longer under load delays the next instead of overlapping it, which the
 * container refuses with a warning in the log for every skipped tick.
 * One chainer works at a time in a cluster: each batch locks the chain head row, so a second node's
 * chainer waits and then finds the events sealed. A non-persistent timer: after a restart the
 * chainer simply starts again and seals whatever waits, so nothing is lost while it is down (the
 * verifier warns about events that wait too long).
 */
@Singleton
@Startup
@DependsOn("SchemaMigrator")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class AuditChainer {

    static final long PERIOD_MILLIS = 200;
    private static final Logger LOG = Logger.getLogger(AuditChainer.class.getName());

    @Resource
    TimerService timers;

    @Inject
    AuditSealer sealer;

    @PostConstruct
    void start() {
        next();
    }

    /** Seals until the last batch was not full, then sets the next run; a failed run is retried by the next. */
    @Timeout
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void tick() {
        try {
            while (ChainSealer.moreWaiting(sealer.sealNextBatch())) {
                // the last batch was full: more events are waiting
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "audit chainer: sealing failed, retried at the next tick", e);
        } finally {
            next();
        }
    }

    private void next() {
        try {
            timers.createSingleActionTimer(PERIOD_MILLIS, new TimerConfig("audit chainer", false));
        } catch (IllegalStateException stopping) {
            // the application is being stopped: the next start seals whatever waits
        }
    }
}
