package eu.csar.platform.api;

import java.util.Map;

/**
 * The contract of every message the outbox relay sends: the producer's string properties, and the
 * outbox row's id as the property {@link #MESSAGE_ID}, the same on every send of that row. A consumer
 * deduplicates by it: a message the relay sent twice (it crashed after sending, before marking sent)
 * or the broker redelivered changes nothing twice.
 */
public final class OutboxMessages {

    public static final String MESSAGE_ID = "messageId";
    /**
     * The property by which a producer asks for a JMS priority (0-9, as text); the relay sends the
     * message at that priority, and at the JMS default (4) without it or with anything else.
     */
    public static final String PRIORITY = "jmsPriority";
    static final int DEFAULT_PRIORITY = 4;

    private OutboxMessages() {
    }

    /** The JMS priority a message's properties ask for: {@link #PRIORITY} if it is 0-9, else the default 4. */
    public static int priorityOf(Map<String, String> properties) {
        String value = properties.get(PRIORITY);
        if (value != null && value.length() == 1 && value.charAt(0) >= '0' && value.charAt(0) <= '9') {
            return value.charAt(0) - '0';
        }
        return DEFAULT_PRIORITY;
    }

    /** Fired in a transaction that put a message into the outbox; the relay observes its commit. */
    public record Enqueued(String destination) {
    }
}
