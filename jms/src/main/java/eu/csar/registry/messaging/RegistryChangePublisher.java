package eu.csar.registry.messaging;

import eu.csar.registry.api.ProviderContactChanged;
import eu.csar.registry.api.RegistryMessages;
import eu.csar.security.api.Roles;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSProducer;
import jakarta.jms.Queue;

/**
 * Puts a registry change on the notification queue in the same XA transaction as the change:
 * the message leaves only if the change commits, and the change commits only with the message.
 * The message follows {@link RegistryMessages}: ids as properties, no body.
 */
@Stateless
public class RegistryChangePublisher {

    @Inject
    JMSContext context;

    @Resource(lookup = RegistryMessages.QUEUE_JNDI)
    Queue queue;

    @RolesAllowed({Roles.CENTRE_ADMIN, Roles.PROVIDER})
    public void publish(@Observes ProviderContactChanged change) {
        JMSProducer producer = context.createProducer();
        RegistryMessages.propertiesOf(change).forEach(producer::setProperty);
        producer.send(queue, context.createMessage());
    }
}
