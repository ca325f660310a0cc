package eu.csar.platform.messaging;

import eu.csar.platform.api.OutboxMessages;
import eu.csar.platform.domain.OutboxMessage;
import eu.csar.platform.domain.OutboxRepository;
import eu.csar.security.api.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSProducer;
import jakarta.jms.Queue;
import javax.naming.InitialContext;
import javax.naming.NamingException;

import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Sends one batch of due outbox messages in one transaction of its own: the rows are locked (rows
 * another relay holds are skipped), sent to their queues and marked sent, and the batch commits the
 * database and the broker together (XA: one two-phase commit for the whole batch, not one per
 * change). A message that cannot be sent (its queue is unknown, the broker refuses it) is marked
 * failed and tried again after its back-off; if the commit itself fails, nothing of the batch is
 * marked and every row is sent again later.
 */
@Stateless
public class OutboxSender {

    @Inject
    OutboxRepository outbox;

    @Inject
    JMSContext context;

    @Inject
    Clock clock;

    /** Sends up to {@code max} due messages; returns how many it took (sent or failed). */
    @RolesAllowed(Roles.SYSTEM)
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public int sendDue(int max) {
        List<OutboxMessage> due = outbox.lockDue(clock.instant(), max);
        if (due.isEmpty()) {
            return 0;
        }
        Map<String, Queue> queues = new HashMap<>();
        OutboxDispatch.run(due, (destination, messageId, properties) -> {
            Queue queue = queues.get(destination);
            if (queue == null) {
                queue = lookup(destination);
                queues.put(destination, queue);
            }
            JMSProducer producer = context.createProducer();
            properties.forEach(producer::setProperty);
            producer.setProperty(OutboxMessages.MESSAGE_ID, messageId);
            producer.setPriority(OutboxMessages.priorityOf(properties));
            producer.send(queue, context.createMessage());
        }, clock.instant());
        return due.size();
    }

    private static Queue lookup(String destination) throws NamingException {
        return InitialContext.doLookup(destination);
    }
}
