package eu.csar.legal.domain;

import eu.csar.legal.api.LegalPeriod;
import eu.csar.shared.domain.RuleViolationException;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * The one place the platform computes legal deadlines; every workflow's due dates come from here,
 * with periods from the legal profile. Pure Java, no clock of its own: every "now" is passed in.
 *
 * <p>How periods are counted (pending legal review, see {@code docs/deadlines.md}):
 * <ul>
 * <li><b>Hours</b> ({@code PT24H}, Art. 14(3)'s 24 hours to execute a removal order) run from the
 *     exact instant of receipt: received 10:17:03, due 10:17:03 the next day.</li>
 * <li><b>Calendar periods</b> (days, weeks, months, years) are counted on the calendar in UTC and keep
 *     the time of day: 3 months from 31 January 10:00 is 30 April 10:00 (a month without that day
 *     ends the period on its last day; 29 February plus one year is 28 February). UTC rather than a
 *     Member State's local time, because one case involves authorities in several time zones and the
 *     platform must give all of them the same instant; UTC has no daylight-saving gaps.</li>
 * <li><b>Pauses</b> (force majeure): the clock stops; the exact time left is kept and runs on from the
 *     resumption, in hours and minutes whatever the period's unit.</li>
 * <li><b>Restarts</b> (after a request for clarification): the whole period runs again from the
 *     restart instant.</li>
 * <li><b>Extensions</b> add the extension period to the current due time, once or up to a number of
 *     times the profile allows (6 weeks plus 6 weeks for a non-disclosure period).</li>
 * </ul>
 */
public final class DeadlineCalculator {

    private DeadlineCalculator() {
    }

    /** A period's due time: {@code period} after {@code start}. */
    public static Instant due(Instant start, LegalPeriod period) {
        return period.after(Objects.requireNonNull(start, "start"));
    }

    /** Whether a deadline due at {@code due} is reached at {@code now} (due at the instant itself). */
    public static boolean isReached(Instant due, Instant now) {
        return !now.isBefore(due);
    }

    /** The time left when the clock stops at {@code pausedAt}; none if already reached. */
    public static Duration remainingAt(Instant due, Instant pausedAt) {
        Duration left = Duration.between(pausedAt, due);
        return left.isNegative() ? Duration.ZERO : left;
    }

    /** The due time after a pause: the time that was left, counted from the resumption. */
    public static Instant resumed(Instant resumedAt, Duration remaining) {
        if (remaining.isNegative()) {
            throw new IllegalArgumentException("no negative time is left: " + remaining);
        }
        return resumedAt.plus(remaining);
    }

    /** The due time after a restart: the full period again, from {@code restartedAt}. */
    public static Instant restarted(Instant restartedAt, LegalPeriod period) {
        return due(restartedAt, period);
    }

    /**
     * The due time after one more extension by {@code by}, when {@code done} extensions were granted
     * already and the profile allows {@code allowed} in all.
     *
     * @throws RuleViolationException (INVALID) when no extension is left
     */
    public static Instant extended(Instant due, LegalPeriod by, int done, int allowed) {
        if (done >= allowed) {
            throw RuleViolationException.invalid("extension",
                    "This deadline may be extended " + allowed + " time(s); it was extended " + done + " time(s) already");
        }
        return by.after(due);
    }

    /** The due time after {@code times} extensions by {@code by} from the original {@code due}. */
    public static Instant extendedTimes(Instant due, LegalPeriod by, int times) {
        Instant result = due;
        for (int i = 0; i < times; i++) {
            result = by.after(result);
        }
        return result;
    }

    /**
     * "At the earlier of": the event's time if it happened (or is known) before the period ends,
     * otherwise the end of the period ({@code cap} after {@code start}); e.g. inform the user when
     * the event happens, at the latest 3 months after the start.
     */
    public static Instant earlierOf(Optional<Instant> event, Instant start, LegalPeriod cap) {
        Instant limit = due(start, cap);
        return event.filter(e -> e.isBefore(limit)).orElse(limit);
    }

    /** The earliest of some instants (at least one). */
    public static Instant earliest(Instant first, Instant... others) {
        Instant result = Objects.requireNonNull(first, "first");
        for (Instant other : others) {
            if (other.isBefore(result)) {
                result = other;
            }
        }
        return result;
    }

    /**
     * "At the latest {@code period} before {@code end}": e.g. a risk-assessment update 2 months
     * before the detection order it supports expires.
     */
    public static Instant latestBefore(Instant end, LegalPeriod period) {
        return period.before(Objects.requireNonNull(end, "end"));
    }

    /**
     * A window that "starts between {@code opensAfter} and {@code closesAfter} after receipt", both
     * ends included.
     *
     * @throws IllegalArgumentException if the window would close before it opens
     */
    public static Window window(Instant receipt, LegalPeriod opensAfter, LegalPeriod closesAfter) {
        Instant opens = due(receipt, opensAfter);
        Instant closes = due(receipt, closesAfter);
        if (closes.isBefore(opens)) {
            throw new IllegalArgumentException("a window closes after it opens: " + opensAfter + " to " + closesAfter);
        }
        return new Window(opens, closes);
    }

    /** An interval of instants, both ends included. */
    public record Window(Instant opens, Instant closes) {

        public boolean contains(Instant at) {
            return !at.isBefore(opens) && !at.isAfter(closes);
        }
    }
}
