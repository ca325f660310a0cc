package eu.csar.registry.messaging;

import eu.csar.platform.application.Outbox;
import eu.csar.registry.api.ProviderContactChanged;
import eu.csar.registry.api.RegistryMessages;
import eu.csar.security.api.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

/**
 * Puts a registry change into the transactional outbox, in the same transaction as the change: the
 * message leaves only if the change commits, and the change commits only with the message, in one
 * local commit (no two-phase commit with the broker on the write path). The outbox relay sends it
 * to the notification queue right after the commit, with the outbox row's id as its message id.
 * The message follows {@link RegistryMessages}: ids as properties, no body.
 */
@Stateless
public class RegistryChangePublisher {

    @Inject
    Outbox outbox;

    @RolesAllowed({Roles.CENTRE_ADMIN, Roles.PROVIDER})
    public void publish(@Observes ProviderContactChanged change) {
        outbox.enqueue(RegistryMessages.QUEUE_JNDI, RegistryMessages.propertiesOf(change));
    }
}
