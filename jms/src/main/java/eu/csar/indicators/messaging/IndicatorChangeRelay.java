package eu.csar.indicators.messaging;

import eu.csar.indicators.api.IndicatorsChanged;
import eu.csar.indicators.application.CoalescingRunner;
import eu.csar.indicators.application.FollowUpTrace;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.jms.DeliveryMode;
import jakarta.jms.JMSContext;
import jakarta.jms.Topic;

import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Tells every node's match index that the change feed grew: after a transaction that wrote change
 * rows commits, a TextMessage with the highest seq written so far goes to the index-change topic
 * (ids only, never content). Sent at once on the EJB asynchronous pool, outside the finished
 * transaction and without holding up the committing request. Every commit is followed by a message
 * sent after it, even one whose seq is lower than one already sent (identity values of concurrent
 * writers commit out of order, and the nodes look for a skipped number again only when told);
 * commits during a send make one message more, not one each. Non-persistent: a message lost costs
 * at most the index's five-second safety poll, and a persistent one would wait for a journal sync
 * in the cluster's store-and-forward queue.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class IndicatorChangeRelay {

    /** The topic every node's index follows (configure-86-indicator-topic.cli). */
    public static final String TOPIC_JNDI = "java:/jms/topic/IndicatorChangeTopic";

    private static final Logger LOG = Logger.getLogger(IndicatorChangeRelay.class.getName());

    @Resource
    SessionContext self;

    @Inject
    JMSContext context;

    @Resource(lookup = TOPIC_JNDI)
    Topic topic;

    private final AtomicLong highest = new AtomicLong();
    private final CoalescingRunner sends = new CoalescingRunner(this::send);

    /** {@code @PermitAll}: it adds no authority, it only tells the nodes sooner what is committed. */
    @PermitAll
    public void onCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) IndicatorsChanged changed) {
        FollowUpTrace.committed(changed.upToSeq());
        highest.accumulateAndGet(changed.upToSeq(), Math::max);
        if (!sends.offer()) {
            return; // the send under way goes once more, after this commit
        }
        try {
            self.getBusinessObject(IndicatorChangeRelay.class).publish();
        } catch (RuntimeException e) {
            sends.abandon();
            LOG.log(Level.WARNING, "index-change message not dispatched; the nodes' safety poll picks the change up", e);
        }
    }

    /** The asynchronous half of {@link #onCommit}: sends until no commit is left unannounced. */
    @Asynchronous
    @PermitAll
    public void publish() {
        sends.runOwed();
    }

    private void send() {
        long seq = highest.get();
        try {
            context.createProducer().setDeliveryMode(DeliveryMode.NON_PERSISTENT).send(topic, Long.toString(seq));
            FollowUpTrace.published(seq);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "index-change message for seq " + seq + " not sent; the nodes' safety poll picks it up", e);
        }
    }
}
