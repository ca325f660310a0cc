package eu.csar.indicators.messaging;

import eu.csar.indicators.api.IndicatorsChanged;
import eu.csar.indicators.application.FollowUpTrace;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Timeout;
import jakarta.ejb.Timer;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.jms.JMSContext;
import jakarta.jms.Topic;

import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Tells every node's match index that the change feed grew: after a transaction that wrote change
 * rows commits, a TextMessage with the highest seq written goes to the index-change topic (ids
 * only, never content). Sent from a timer a millisecond later, outside the finished transaction;
 * several commits meanwhile make one message with the highest seq. A message lost costs at most
 * the index's five-second safety poll.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class IndicatorChangeRelay {

    /** The topic every node's index follows (configure-86-indicator-topic.cli). */
    public static final String TOPIC_JNDI = "java:/jms/topic/IndicatorChangeTopic";

    private static final Logger LOG = Logger.getLogger(IndicatorChangeRelay.class.getName());

    @Resource
    TimerService timers;

    @Inject
    JMSContext context;

    @Resource(lookup = TOPIC_JNDI)
    Topic topic;

    private final AtomicLong highest = new AtomicLong();
    private final AtomicLong sent = new AtomicLong();

    /** {@code @PermitAll}: it adds no authority, it only tells the nodes sooner what is committed. */
    @PermitAll
    public void onCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) IndicatorsChanged changed) {
        FollowUpTrace.committed(changed.upToSeq());
        long before = highest.getAndAccumulate(changed.upToSeq(), Math::max);
        if (changed.upToSeq() > before) {
            timers.createSingleActionTimer(1, new TimerConfig(null, false));
        }
    }

    @Timeout
    void send(Timer timer) {
        long seq = highest.get();
        if (seq <= sent.get()) {
            return;
        }
        try {
            context.createProducer().send(topic, Long.toString(seq));
            FollowUpTrace.published(seq);
            sent.accumulateAndGet(seq, Math::max);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "index-change message for seq " + seq + " not sent; the nodes' safety poll picks it up", e);
        }
    }
}
