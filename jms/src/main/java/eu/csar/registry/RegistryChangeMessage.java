package eu.csar.registry;

import eu.csar.registry.api.ProviderContactChanged;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSException;
import jakarta.jms.Message;

import java.util.UUID;

/**
 * The message contract of the registry notification queue: ids and a change kind as message
 * properties, no body and never an entity, so consumers reload what they need.
 */
final class RegistryChangeMessage {

    static final String QUEUE_JNDI = "java:/jms/queue/RegistryNotificationQueue";
    static final String PROVIDER_ID = "providerId";
    static final String WHAT = "what";

    private RegistryChangeMessage() {
    }

    static Message create(JMSContext context, ProviderContactChanged change) {
        Message message = context.createMessage();
        try {
            message.setStringProperty(PROVIDER_ID, change.providerId().toString());
            message.setStringProperty(WHAT, change.what().name());
        } catch (JMSException e) {
            throw new IllegalStateException("cannot set registry message properties", e);
        }
        return message;
    }

    /** Reads a message back; a message that does not follow the contract is rejected as unusable. */
    static ProviderContactChanged read(Message message) throws JMSException {
        String providerId = message.getStringProperty(PROVIDER_ID);
        String what = message.getStringProperty(WHAT);
        if (providerId == null || what == null) {
            throw new IllegalArgumentException("registry message without providerId or what");
        }
        return new ProviderContactChanged(UUID.fromString(providerId), ProviderContactChanged.What.valueOf(what));
    }
}
