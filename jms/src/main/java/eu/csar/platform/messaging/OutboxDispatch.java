package eu.csar.platform.messaging;

import eu.csar.platform.domain.OutboxMessage;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * One pass of the relay over a batch of due outbox messages, free of the container so it can be
 * tested alone: each message is handed to the {@link Sender}; one that went is marked sent, one that
 * failed is marked failed (its error kept, due again after its back-off) and the others still go.
 * Every message carries its row id as {@link eu.csar.platform.api.OutboxMessages#MESSAGE_ID}, the key
 * by which consumers deduplicate.
 */
final class OutboxDispatch {

    /** Sends one message to the queue with the given JNDI name; throws if it cannot. */
    interface Sender {
        void send(String destination, String messageId, Map<String, String> properties) throws Exception;
    }

    /** How a pass went. */
    record Result(int sent, int failed) {
    }

    private OutboxDispatch() {
    }

    static Result run(List<OutboxMessage> due, Sender sender, Instant now) {
        int sent = 0;
        int failed = 0;
        for (OutboxMessage message : due) {
            if (message.sent()) {
                continue;
            }
            try {
                sender.send(message.destination(), message.id().toString(), message.properties());
                message.markSent(now);
                sent++;
            } catch (Exception e) {
                message.markFailed(e.getClass().getSimpleName() + ": " + e.getMessage(), now);
                failed++;
            }
        }
        return new Result(sent, failed);
    }
}
