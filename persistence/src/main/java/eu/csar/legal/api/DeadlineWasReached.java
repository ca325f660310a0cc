package eu.csar.legal.api;

import java.io.Serializable;
import java.time.Instant;

/**
 * A CDI event the deadline sweep fires when a deadline's due time (or its reminder, or its
 * escalation) is reached by the platform clock. It carries ids only; the owning workflow observes it
 * synchronously ({@code @Observes}), in the sweep's transaction for that one deadline, filters by
 * {@link #kind()} and reloads its case by {@link #subject()}. If the observer throws, that
 * deadline's transaction rolls back and the next sweep tells it again; the others are not held up.
 *
 * @param occasion what was reached
 * @param at       the platform clock's time when the sweep fired it
 */
public record DeadlineWasReached(DeadlineId deadline, String kind, DeadlineSubject subject, ProfileRef profile,
                                 Occasion occasion, Instant due, Instant at, String escalateTo) implements Serializable {

    /** What was reached: the reminder before the due time, the due time, or the escalation after it. */
    public enum Occasion { REMINDER, DUE, ESCALATION }
}
