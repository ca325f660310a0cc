package eu.csar.registry;

import eu.csar.registry.api.ProviderContactChanged;
import eu.csar.security.api.Roles;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.jms.JMSContext;
import jakarta.jms.Queue;

/**
 * Puts a registry change on the notification queue in the same XA transaction as the change:
 * the message leaves only if the change commits, and the change commits only with the message.
 */
@Stateless
public class RegistryChangePublisher {

    @Inject
    JMSContext context;

    @Resource(lookup = RegistryChangeMessage.QUEUE_JNDI)
    Queue queue;

    @RolesAllowed({Roles.CENTRE_ADMIN, Roles.PROVIDER})
    public void publish(@Observes ProviderContactChanged change) {
        context.createProducer().send(queue, RegistryChangeMessage.create(context, change));
    }
}
