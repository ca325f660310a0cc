package eu.csar.platform.api;

/**
 * The contract of every message the outbox relay sends: the producer's string properties, and the
 * outbox row's id as the property {@link #MESSAGE_ID}, the same on every send of that row. A consumer
 * deduplicates by it: a message the relay sent twice (it crashed after sending, before marking sent)
 * or the broker redelivered changes nothing twice.
 */
public final class OutboxMessages {

    public static final String MESSAGE_ID = "messageId";

    private OutboxMessages() {
    }

    /** Fired in a transaction that put a message into the outbox; the relay observes its commit. */
    public record Enqueued(String destination) {
    }
}
