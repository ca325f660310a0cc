package eu.csar.platform.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * A message waiting in the transactional outbox: written in the transaction of the change it tells
 * of, sent later by the relay to the queue named by {@code destination} with its string properties
 * and its id as the message id. A failed send leaves it unsent and due again after a back-off that
 * doubles per attempt (1 s, 2 s, 4 s ... at most {@link #MAX_BACKOFF}).
 */
@Entity
@Table(name = "outbox_messages")
public class OutboxMessage {

    /** The longest wait between two attempts to send one message. */
    public static final Duration MAX_BACKOFF = Duration.ofMinutes(1);
    static final int MAX_ERROR_LENGTH = 500;

    @Id
    private UUID id;

    @Column(nullable = false)
    private String destination;

    @Column(nullable = false)
    private String properties;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "next_attempt_at", nullable = false)
    private Instant nextAttemptAt;

    @Column(nullable = false)
    private int attempts;

    @Column(name = "last_error")
    private String lastError;

    @Column(name = "sent_at")
    private Instant sentAt;

    protected OutboxMessage() {
    }

    public OutboxMessage(String destination, Map<String, String> properties, Instant now) {
        this.id = UUID.randomUUID();
        this.destination = Objects.requireNonNull(destination, "destination");
        this.properties = encode(properties);
        this.createdAt = Objects.requireNonNull(now, "now");
        this.nextAttemptAt = now;
    }

    /** Sent at {@code now}: the relay never picks it again. */
    public void markSent(Instant now) {
        sentAt = now;
        lastError = null;
    }

    /** Not sent because of {@code error}: due again after the back-off of this attempt. */
    public void markFailed(String error, Instant now) {
        attempts++;
        lastError = error == null ? "unknown error" : error.substring(0, Math.min(error.length(), MAX_ERROR_LENGTH));
        nextAttemptAt = now.plus(backoff(attempts));
    }

    /** 1 s after the first failure, doubling, at most {@link #MAX_BACKOFF}. */
    static Duration backoff(int attempts) {
        if (attempts >= 7) {
            return MAX_BACKOFF;
        }
        Duration wait = Duration.ofSeconds(1L << Math.max(0, attempts - 1));
        return wait.compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : wait;
    }

    public UUID id() {
        return id;
    }

    public String destination() {
        return destination;
    }

    /** The message's string properties, in the order they were given. */
    public Map<String, String> properties() {
        return decode(properties);
    }

    public boolean sent() {
        return sentAt != null;
    }

    public int attempts() {
        return attempts;
    }

    public String lastError() {
        return lastError;
    }

    public Instant nextAttemptAt() {
        return nextAttemptAt;
    }

    /** One {@code name=value} per line; names are identifiers, values must not hold a line break. */
    static String encode(Map<String, String> properties) {
        StringBuilder text = new StringBuilder();
        properties.forEach((name, value) -> {
            if (!name.matches("[A-Za-z_][A-Za-z0-9_]*")) {
                throw new IllegalArgumentException("message property name must be an identifier: " + name);
            }
            if (value == null || value.indexOf('\n') >= 0 || value.indexOf('\r') >= 0) {
                throw new IllegalArgumentException("message property " + name + " must be one line of text");
            }
            text.append(name).append('=').append(value).append('\n');
        });
        return text.toString();
    }

    static Map<String, String> decode(String text) {
        Map<String, String> properties = new LinkedHashMap<>();
        for (String line : text.split("\n")) {
            int eq = line.indexOf('=');
            if (eq > 0) {
                properties.put(line.substring(0, eq), line.substring(eq + 1));
            }
        }
        return properties;
    }
}
