package eu.csar.reports.domain;

import java.time.Duration;

/**
 * The retry schedule of a delivery (issue 11 §4): exponential, {@code first} after the first failed
 * attempt, doubling after each further one, never more than {@code max}; after {@code attempts}
 * attempts the delivery is DEAD. The broker applies it (the address settings of ReportDeliveryQueue,
 * wildfly-config/cli/configure-91-report-forwarding.cli: redelivery-delay, redelivery-multiplier 2,
 * max-redelivery-delay, max-delivery-attempts); this record states it for the delivery's
 * {@code next_attempt_at} and for the tests, and must be given the same numbers.
 */
public record DeliveryBackoff(Duration first, Duration max, int attempts) {

    /**
     * The shipped schedule: 1 s, 2 s, 4 s ... 60 s, 20 attempts, the last 843 s (14 min 3 s) after the
     * first, so a recipient down for ten minutes receives everything with minutes to spare (16 attempts
     * left only 603 s: bin/crash-test receiver-down saw every delivery arrive at its last attempt).
     */
    public static final DeliveryBackoff DEFAULT = new DeliveryBackoff(Duration.ofSeconds(1), Duration.ofSeconds(60), 20);

    public DeliveryBackoff {
        if (first.isNegative() || first.isZero() || max.compareTo(first) < 0 || attempts < 1) {
            throw new IllegalArgumentException("a backoff starts above zero, grows to its maximum and allows an attempt");
        }
    }

    /** How long after failed attempt number {@code attempt} (1-based) the next one comes. */
    public Duration delayAfter(int attempt) {
        if (attempt < 1) {
            throw new IllegalArgumentException("attempts count from 1");
        }
        Duration delay = first;
        for (int i = 1; i < attempt && delay.compareTo(max) < 0; i++) {
            delay = delay.multipliedBy(2);
        }
        return delay.compareTo(max) > 0 ? max : delay;
    }

    /** Whether failed attempt number {@code attempt} was the last allowed. */
    public boolean exhaustedAfter(int attempt) {
        return attempt >= attempts;
    }
}
