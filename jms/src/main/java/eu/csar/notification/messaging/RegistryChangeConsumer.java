package eu.csar.notification.messaging;

import eu.csar.notification.application.RegistryNotifier;
import eu.csar.platform.api.OutboxMessages;
import eu.csar.registry.api.ProviderContactChanged;
import eu.csar.registry.api.RegistryMessages;
import eu.csar.security.api.Roles;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.MessageDriven;
import jakarta.inject.Inject;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;

import java.util.HashMap;
import java.util.Map;
import java.util.logging.Logger;

/**
 * Thin consumer of the registry's notification queue: reads the ids ({@link RegistryMessages}) and
 * lets the notifier do the work as the platform's own {@code system} role. A failure rolls back and
 * the broker redelivers; after the configured attempts the message rests on the dead-letter queue
 * for an admin. The notifier deduplicates by the outbox message id ({@link OutboxMessages#MESSAGE_ID}),
 * which stays the same if the relay sends a message twice; a message without one (sent before the
 * outbox existed) by its JMS message id.
 */
@MessageDriven(activationConfig = {
        @ActivationConfigProperty(propertyName = "destinationLookup", propertyValue = RegistryMessages.QUEUE_JNDI),
        @ActivationConfigProperty(propertyName = "destinationType", propertyValue = "jakarta.jms.Queue"),
        @ActivationConfigProperty(propertyName = "maxSession", propertyValue = "2")
})
@RunAs(Roles.SYSTEM)
@PermitAll // invoked by the broker, never by a user; what it calls runs as SYSTEM and is checked there
public class RegistryChangeConsumer implements MessageListener {

    private static final Logger LOG = Logger.getLogger(RegistryChangeConsumer.class.getName());

    @Inject
    RegistryNotifier notifier;

    @Override
    public void onMessage(Message message) {
        try {
            Map<String, String> properties = new HashMap<>();
            for (String name : RegistryMessages.PROPERTIES) {
                properties.put(name, message.getStringProperty(name));
            }
            ProviderContactChanged change = RegistryMessages.changeOf(properties::get);
            String outboxId = message.getStringProperty(OutboxMessages.MESSAGE_ID);
            int delivered = notifier.deliver(change, outboxId != null ? outboxId : message.getJMSMessageID());
            LOG.fine(() -> "Registry change " + change + " delivered to " + delivered + " inbox(es)");
        } catch (JMSException e) {
            throw new IllegalStateException("cannot read registry message", e);
        }
    }
}
