package eu.csar.reports.messaging;

import eu.csar.reports.api.DeliveryId;
import eu.csar.reports.api.DeliveryMessages;
import eu.csar.reports.application.DeliveryFailedException;
import eu.csar.reports.application.ReportForwarding;
import eu.csar.security.api.Roles;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.MessageDriven;
import jakarta.inject.Inject;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;

/**
 * Thin consumer of the delivery queue of forwarded reports (issue 11 §4): reads the delivery's id
 * ({@link DeliveryMessages}) and lets {@link ReportForwarding} deliver it as the platform's
 * {@code system} role, in the message's transaction. When an attempt fails, the failure is recorded
 * in a transaction of its own and thrown on: the message rolls back and the broker delivers it again
 * after the queue's backoff (1 s doubling to 60 s, 20 attempts: configure-91-report-forwarding.cli);
 * after the last it rests on {@code DLQ.ReportDeliveryQueue}. Two sessions, no client buffer, so
 * urgent (priority 9) jobs go first.
 */
@MessageDriven(activationConfig = {
        @ActivationConfigProperty(propertyName = "destinationLookup", propertyValue = DeliveryMessages.QUEUE_JNDI),
        @ActivationConfigProperty(propertyName = "destinationType", propertyValue = "jakarta.jms.Queue"),
        @ActivationConfigProperty(propertyName = "maxSession", propertyValue = "2"),
        @ActivationConfigProperty(propertyName = "consumerWindowSize", propertyValue = "0")
})
@RunAs(Roles.SYSTEM)
@PermitAll // invoked by the broker, never by a user; what it calls runs as SYSTEM and is checked there
public class ReportDeliveryConsumer implements MessageListener {

    @Inject
    ReportForwarding forwarding;

    @Override
    public void onMessage(Message message) {
        DeliveryId delivery;
        try {
            delivery = DeliveryMessages.deliveryOf(message.getStringProperty(DeliveryMessages.DELIVERY_ID)).map(DeliveryId::new)
                    .orElseThrow(() -> new IllegalArgumentException("the job names no delivery id"));
        } catch (JMSException e) {
            throw new IllegalStateException("cannot read the delivery job", e);
        }
        try {
            forwarding.deliver(delivery);
        } catch (DeliveryFailedException e) {
            forwarding.recordFailure(delivery, e.httpStatus(), e.getMessage());
            throw e;
        } catch (RuntimeException e) {
            forwarding.recordFailure(delivery, null, e.getClass().getSimpleName() + ": " + e.getMessage());
            throw e;
        }
    }
}
