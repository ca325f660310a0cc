package eu.csar.platform.application;

import eu.csar.platform.api.OutboxMessages;
import eu.csar.platform.domain.OutboxMessage;
import eu.csar.platform.domain.OutboxRepository;
import eu.csar.shared.api.PublishedService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * The transactional outbox (docs/write-path.md): a context that must tell others of a change puts
 * the message here, in the change's own transaction, instead of sending it to the broker in an XA
 * transaction. The message commits with the change or not at all, in one local (one-phase) commit;
 * the relay ({@code eu.csar.platform.messaging.OutboxRelay}) sends it to its queue soon after, in
 * batches, with the row's id as the message id, so that consumers deduplicate by it.
 * An internal bean like the audit recorder, not an EJB: only services and their event observers call it.
 */
@PublishedService
@ApplicationScoped
public class Outbox {

    @Inject
    OutboxRepository repository;

    @Inject
    Clock clock;

    @Inject
    Event<OutboxMessages.Enqueued> enqueued;

    /** Queues a message of string properties (no body) for the queue with JNDI name {@code destination}. */
    @Transactional(Transactional.TxType.MANDATORY)
    public UUID enqueue(String destination, Map<String, String> properties) {
        OutboxMessage message = new OutboxMessage(destination, properties, clock.instant());
        repository.add(message);
        enqueued.fire(new OutboxMessages.Enqueued(destination)); // the relay wakes when this commits
        return message.id();
    }

    /** As {@link #enqueue(String, Map)}, sent at JMS {@code priority} (0-9): the broker hands higher ones out first. */
    @Transactional(Transactional.TxType.MANDATORY)
    public UUID enqueue(String destination, Map<String, String> properties, int priority) {
        if (priority < 0 || priority > 9) {
            throw new IllegalArgumentException("a JMS priority is 0-9, not " + priority);
        }
        Map<String, String> withPriority = new LinkedHashMap<>(properties);
        withPriority.put(OutboxMessages.PRIORITY, Integer.toString(priority));
        return enqueue(destination, withPriority);
    }
}
