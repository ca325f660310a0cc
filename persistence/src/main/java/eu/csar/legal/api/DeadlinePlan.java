package eu.csar.legal.api;

import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/**
 * What a workflow asks the deadline service to schedule.
 *
 * @param kind           what the deadline is, as the workflow names it ("removal-order.execution")
 * @param subject        the case it runs for
 * @param profile        the legal profile version the case was opened under
 * @param period         the legal period (from that profile), counted from {@code start}
 * @param start          when the period starts (the receipt instant); null for "now" by the platform clock
 * @param reminderBefore remind this long before the due time; null for no reminder
 * @param escalateAfter  escalate when still open this long after the due time; null for no escalation
 * @param escalateTo     who an escalation goes to (a role or a queue the workflow names); null for none
 */
public record DeadlinePlan(String kind, DeadlineSubject subject, ProfileRef profile, LegalPeriod period, Instant start,
                           LegalPeriod reminderBefore, LegalPeriod escalateAfter, String escalateTo) implements Serializable {

    public DeadlinePlan {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(profile, "profile");
        Objects.requireNonNull(period, "period");
        if (kind.isBlank() || kind.length() > 100) {
            throw new IllegalArgumentException("a deadline kind has 1 to 100 characters");
        }
        if ((escalateAfter == null) != (escalateTo == null || escalateTo.isBlank())) {
            throw new IllegalArgumentException("an escalation needs both a delay and a target");
        }
    }

    /** A plan without reminder or escalation, starting now. */
    public static DeadlinePlan of(String kind, DeadlineSubject subject, ProfileRef profile, LegalPeriod period) {
        return new DeadlinePlan(kind, subject, profile, period, null, null, null, null);
    }
}
