package eu.csar.web.orders.portal;

import eu.csar.orders.application.RemovalOrderView;

import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;

/**
 * The next deadline of a removal order as the pages show it, read at {@code now} (the platform
 * clock): the acknowledgement while the provider has not acknowledged, then the execution; paused
 * (with the time left when it stopped) while an Annex V notice stands; none once executed or
 * closed. Overdue: escalated, or the execution period ran out without an execution report.
 *
 * @param kind      {@code acknowledgement}, {@code execution}, {@code paused} or {@code none}
 * @param remaining from now to {@code dueAt} (negative when past), or the time left at the pause
 */
public record RemovalOrderDeadline(String kind, Instant dueAt, Duration remaining, boolean overdue) implements Serializable {

    private static final long serialVersionUID = 1L;

    public static RemovalOrderDeadline of(RemovalOrderView o, Instant now) {
        switch (o.state()) {
            case TRANSMITTED, ESCALATED -> {
                return new RemovalOrderDeadline("acknowledgement", o.acknowledgementDueAt(),
                        Duration.between(now, o.acknowledgementDueAt()), o.escalatedAt() != null);
            }
            case RECEIVED -> {
                if (o.executionDueAt() == null) {
                    return new RemovalOrderDeadline("none", null, null, o.executionOverdueAt() != null);
                }
                return new RemovalOrderDeadline("execution", o.executionDueAt(), Duration.between(now, o.executionDueAt()),
                        o.executionOverdueAt() != null || !now.isBefore(o.executionDueAt()));
            }
            case PAUSED -> {
                return new RemovalOrderDeadline("paused", null, o.remainingAtPause(), o.executionOverdueAt() != null);
            }
            default -> {
                return new RemovalOrderDeadline("none", null, null, false);
            }
        }
    }

    /** Whole seconds left, never below zero: what the countdown in the page starts from. */
    public long getSecondsLeft() {
        return remaining == null || remaining.isNegative() ? 0 : remaining.toSeconds();
    }

    public boolean isRunning() {
        return dueAt != null;
    }
}
