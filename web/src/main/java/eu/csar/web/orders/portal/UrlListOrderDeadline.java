package eu.csar.web.orders.portal;

import eu.csar.orders.api.UrlListOrderState;
import eu.csar.orders.application.UrlListOrderView;

import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;

/**
 * The next deadline of a blocking or delisting order as the pages show it, read at {@code now} (the
 * platform clock): a blocking order's periodic reassessment while it is open and falls before the
 * end, else the end of its period of application; none for a delisting order or once revoked or
 * expired. Overdue: the reassessment fell due and was not made.
 *
 * @param kind {@code reassessment}, {@code end} or {@code none}
 */
public record UrlListOrderDeadline(String kind, Instant dueAt, Duration remaining, boolean overdue) implements Serializable {

    private static final long serialVersionUID = 1L;

    public static UrlListOrderDeadline of(UrlListOrderView o, Instant now) {
        if (o.state() == UrlListOrderState.REVOKED || o.state() == UrlListOrderState.EXPIRED) {
            return new UrlListOrderDeadline("none", null, null, false);
        }
        boolean overdue = o.reassessmentOverdueAt() != null;
        Instant reassessment = overdue ? null : o.reassessmentDueAt();
        if (reassessment != null && (o.endsAt() == null || reassessment.isBefore(o.endsAt()))) {
            return new UrlListOrderDeadline("reassessment", reassessment, Duration.between(now, reassessment), false);
        }
        if (o.endsAt() != null) {
            return new UrlListOrderDeadline("end", o.endsAt(), Duration.between(now, o.endsAt()), overdue);
        }
        return new UrlListOrderDeadline("none", null, null, overdue);
    }

    /** Whole seconds left, never below zero: what the countdown in the page starts from. */
    public long getSecondsLeft() {
        return remaining == null || remaining.isNegative() ? 0 : remaining.toSeconds();
    }

    public boolean isRunning() {
        return dueAt != null;
    }
}
