package eu.csar.legal.api;

import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;

/**
 * A deadline as workflows and pages read it.
 *
 * @param remaining while paused: the time left when the clock stopped; otherwise null
 * @param reminderAt when the reminder goes out (null: none)
 * @param escalateAt when an overdue deadline escalates (null: never)
 */
public record DeadlineView(DeadlineId id, String kind, DeadlineSubject subject, ProfileRef profile, String rule,
                           Instant startedAt, Instant dueAt, DeadlineState state, Duration remaining,
                           Instant reminderAt, Instant escalateAt, String escalateTo, int escalationLevel,
                           int extensions) implements Serializable {
}
