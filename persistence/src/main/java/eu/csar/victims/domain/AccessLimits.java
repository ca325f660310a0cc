package eu.csar.victims.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * The limits of the victim page's sign-in (operational settings, not durations of the law): after
 * {@code maxFailures} wrong codes in a row a case is locked for {@code lockFor}; a client address
 * with {@code addressMaxFailures} wrong sign-ins within {@code addressWindow} is refused until the
 * window ends; a signed-in session lasts {@code sessionFor}.
 */
public record AccessLimits(int maxFailures, Duration lockFor, int addressMaxFailures, Duration addressWindow,
                           Duration sessionFor) {

    public AccessLimits {
        Objects.requireNonNull(lockFor, "lockFor");
        Objects.requireNonNull(addressWindow, "addressWindow");
        Objects.requireNonNull(sessionFor, "sessionFor");
        if (maxFailures < 1 || addressMaxFailures < 1) {
            throw new IllegalArgumentException("at least one failure must be allowed");
        }
    }

    /** Whether an address with {@code failures} wrong sign-ins counted since {@code windowStart} is refused at {@code now}. */
    public boolean addressBlocked(int failures, Instant windowStart, Instant now) {
        return windowStart != null && inWindow(windowStart, now) && failures >= addressMaxFailures;
    }

    /** Whether {@code now} still falls in the address window opened at {@code windowStart}. */
    public boolean inWindow(Instant windowStart, Instant now) {
        return now.isBefore(windowStart.plus(addressWindow));
    }
}
