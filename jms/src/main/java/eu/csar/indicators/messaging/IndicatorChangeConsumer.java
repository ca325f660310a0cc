package eu.csar.indicators.messaging;

import eu.csar.indicators.application.FollowUpTrace;
import eu.csar.indicators.application.MatchIndex;
import eu.csar.security.api.Roles;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.MessageDriven;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;
import jakarta.jms.TextMessage;

/**
 * Thin consumer of the index-change topic on every node (a non-durable subscription: a node that
 * was down reloads or catches up from the feed, not from missed messages): the message says only
 * that the feed grew, and the node's {@link MatchIndex} reads what it has not applied yet. One
 * session: the index runs one catch-up at a time anyway, and a message that comes during one
 * returns at once (the catch-up under way goes once more).
 */
@MessageDriven(activationConfig = {
        @ActivationConfigProperty(propertyName = "destinationLookup", propertyValue = IndicatorChangeRelay.TOPIC_JNDI),
        @ActivationConfigProperty(propertyName = "destinationType", propertyValue = "jakarta.jms.Topic"),
        @ActivationConfigProperty(propertyName = "subscriptionDurability", propertyValue = "NonDurable"),
        @ActivationConfigProperty(propertyName = "maxSession", propertyValue = "1")
})
@RunAs(Roles.SYSTEM)
@PermitAll // invoked by the broker, never by a user
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class IndicatorChangeConsumer implements MessageListener {

    @Inject
    MatchIndex index;

    @Override
    public void onMessage(Message message) {
        if (FollowUpTrace.on()) {
            try {
                FollowUpTrace.received(Long.parseLong(((TextMessage) message).getText()), message.getJMSTimestamp());
            } catch (JMSException | RuntimeException e) {
                FollowUpTrace.received(-1, 0); // the trace only: the catch-up needs nothing from the message
            }
        }
        index.catchUp();
    }
}
