package eu.csar.registry;

import eu.csar.notification.RegistryNotifier;
import eu.csar.security.api.Roles;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.MessageDriven;
import jakarta.inject.Inject;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;

import java.util.logging.Logger;

/**
 * Thin consumer of the registry notification queue: reads the ids and lets the notifier do the
 * work as the platform's own {@code system} role. A failure rolls back and the broker redelivers;
 * after the configured attempts the message rests on the dead-letter queue for an admin.
 */
@MessageDriven(activationConfig = {
        @ActivationConfigProperty(propertyName = "destinationLookup", propertyValue = RegistryChangeMessage.QUEUE_JNDI),
        @ActivationConfigProperty(propertyName = "destinationType", propertyValue = "jakarta.jms.Queue"),
        @ActivationConfigProperty(propertyName = "maxSession", propertyValue = "2")
})
@RunAs(Roles.SYSTEM)
public class RegistryNotificationConsumer implements MessageListener {

    private static final Logger LOG = Logger.getLogger(RegistryNotificationConsumer.class.getName());

    @Inject
    RegistryNotifier notifier;

    @Override
    public void onMessage(Message message) {
        try {
            var change = RegistryChangeMessage.read(message);
            int delivered = notifier.deliver(change.providerId(), change.what(), message.getJMSMessageID());
            LOG.fine(() -> "Registry change " + change + " delivered to " + delivered + " inbox(es)");
        } catch (JMSException e) {
            throw new IllegalStateException("cannot read registry message", e);
        }
    }
}
