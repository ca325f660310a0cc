package eu.csar.orders.domain;

import eu.csar.legal.api.ProfileKey;
import eu.csar.legal.api.ProfileRef;
import eu.csar.shared.domain.RuleViolationException;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The dates of an issued detection order, from the provider's receipt on, every one computed from
 * the pinned legal profile ({@link DetectionOrderProfile}) and the order's own facts, never from a
 * literal:
 * <ul>
 * <li>the appeal window closes {@code detection-order.appeal-window} after receipt; the order is
 *     then final (Art 9(2));</li>
 * <li>the start lies between {@code detection-order.start-earliest} and
 *     {@code detection-order.start-latest} after receipt, both ends included (Art 7(9), second
 *     subparagraph), and not before the order is final;</li>
 * <li>the end lies after the start and at most the type's {@code detection-order.max-duration.*}
 *     after it (Art 7(9), third subparagraph);</li>
 * <li>a mid-term execution report is due halfway through an order that runs longer than the type's
 *     {@code detection-order.mid-term-report-threshold[.grooming]} (Art 9(3));</li>
 * <li>an Annex II answer (Art 8(3)) holds the dates the profile's {@code detection-order.annex-ii-pauses}
 *     names: each one not yet reached when the answer came keeps the time it had left and runs it on
 *     from the resumption (as the deadline calculator counts a pause).</li>
 * </ul>
 * A date outside what the profile allows is refused with a {@link RuleViolationException} naming the
 * field, the rule's key and Article and the profile version.
 *
 * @param profile            the profile version the dates were computed under
 * @param type               the detection type
 * @param receivedAt         the provider's acknowledgement of receipt
 * @param appealWindowCloses when the order becomes final if nobody appealed
 * @param start              the first instant of detection
 * @param midTermReportDue   halfway through, when the order is long enough to need the report
 * @param end                the last instant of the order
 */
public record DetectionOrderSchedule(ProfileRef profile, DetectionOrderType type, Instant receivedAt, Instant appealWindowCloses,
                                     Instant start, Optional<Instant> midTermReportDue, Instant end) {

    public DetectionOrderSchedule {
        Objects.requireNonNull(profile, "profile");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(receivedAt, "receivedAt");
        Objects.requireNonNull(appealWindowCloses, "appealWindowCloses");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(midTermReportDue, "midTermReportDue");
        Objects.requireNonNull(end, "end");
    }

    /**
     * Checks the terms an issuing authority writes into the order (type, start, end) against the
     * profile, before anyone has received it: the type is one the profile allows, the end is after
     * the start and within the type's maximum duration.
     *
     * @throws RuleViolationException INVALID, field {@code detectionType} or {@code end}
     */
    public static void checkTerms(DetectionOrderProfile profile, DetectionOrderType type, Instant start, Instant end) {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        profile.checkType(type);
        if (!end.isAfter(start)) {
            throw RuleViolationException.invalid("end",
                    "A detection order ends after it starts: start " + start + ", end " + end);
        }
        DetectionOrderProfile.Rule max = profile.rule(type.maxDurationKey());
        Instant latestEnd = max.period().after(start);
        if (end.isAfter(latestEnd)) {
            throw RuleViolationException.invalid("end",
                    "A " + type + " detection order runs at most " + max.describe() + " under " + profile.ref()
                            + ": starting " + start + ", it ends at the latest " + latestEnd + ", not " + end);
        }
    }

    /**
     * The schedule of an order the provider received at {@code receivedAt}, with the start and end
     * the issuing authority set.
     *
     * @throws RuleViolationException INVALID (field {@code start}, {@code end} or {@code detectionType})
     *         when a date is outside what the profile allows
     */
    public static DetectionOrderSchedule atReceipt(DetectionOrderProfile profile, DetectionOrderType type, Instant receivedAt,
                                                   Instant start, Instant end) {
        Objects.requireNonNull(receivedAt, "receivedAt");
        checkTerms(profile, type, start, end);
        DetectionOrderProfile.Rule earliest = profile.rule(ProfileKey.DETECTION_ORDER__START_EARLIEST);
        DetectionOrderProfile.Rule latest = profile.rule(ProfileKey.DETECTION_ORDER__START_LATEST);
        Instant from = earliest.period().after(receivedAt);
        Instant to = latest.period().after(receivedAt);
        if (start.isBefore(from) || start.isAfter(to)) {
            throw RuleViolationException.invalid("start",
                    "A detection order starts between " + earliest.describe() + " and " + latest.describe()
                            + " after receipt under " + profile.ref() + ": received " + receivedAt + ", it starts between "
                            + from + " and " + to + ", not at " + start);
        }
        DetectionOrderProfile.Rule appeal = profile.rule(ProfileKey.DETECTION_ORDER__APPEAL_WINDOW);
        Instant finalAt = appeal.period().after(receivedAt);
        if (start.isBefore(finalAt)) {
            throw RuleViolationException.invalid("start",
                    "A detection order starts once it is final, when the appeal window " + appeal.describe()
                            + " closes at " + finalAt + " under " + profile.ref() + ", not at " + start);
        }
        return new DetectionOrderSchedule(profile.ref(), type, receivedAt, finalAt, start,
                midTermReportDue(profile, type, start, end), end);
    }

    /**
     * The schedule of an order that replaces a modified one (Art 9(4)), received at {@code receivedAt}:
     * its own appeal window counts from the receipt, while the start is the original order's, which the
     * start window of Art 7(9) bound when that order was received; the start may therefore have passed.
     */
    public static DetectionOrderSchedule continuing(DetectionOrderProfile profile, DetectionOrderType type, Instant receivedAt,
                                                    Instant start, Instant end) {
        Objects.requireNonNull(receivedAt, "receivedAt");
        checkTerms(profile, type, start, end);
        Instant finalAt = profile.rule(ProfileKey.DETECTION_ORDER__APPEAL_WINDOW).period().after(receivedAt);
        return new DetectionOrderSchedule(profile.ref(), type, receivedAt, finalAt, start,
                midTermReportDue(profile, type, start, end), end);
    }

    /** Halfway between start and end when the order runs longer than the type's threshold (Art 9(3)); exactly the threshold needs none. */
    static Optional<Instant> midTermReportDue(DetectionOrderProfile profile, DetectionOrderType type, Instant start, Instant end) {
        Instant threshold = profile.rule(type.midTermReportThresholdKey()).period().after(start);
        if (!end.isAfter(threshold)) {
            return Optional.empty();
        }
        return Optional.of(start.plus(Duration.between(start, end).dividedBy(2)));
    }

    /** When the clock event {@code event} of the table falls due; empty for an event that is no clock's, or a report the order does not need. */
    public Optional<Instant> when(DetectionOrderEvent event) {
        return switch (event) {
            case CLOSE_APPEAL_WINDOW -> Optional.of(appealWindowCloses);
            case START -> Optional.of(start);
            case MID_TERM_REPORT_FALLS_DUE -> midTermReportDue;
            case EXPIRE -> Optional.of(end);
            default -> Optional.empty();
        };
    }

    /** Whether the clock event {@code event} has fallen due at {@code now} (at its instant exactly, it has). */
    public boolean reached(DetectionOrderEvent event, Instant now) {
        return when(event).map(due -> !now.isBefore(due)).orElse(false);
    }

    /**
     * The schedule after an Annex II answer at {@code pausedAt} was resolved at {@code resumedAt}:
     * each date the profile's pause list names and that was not reached at {@code pausedAt} moves by
     * the length of the pause (the time it had left runs on from the resumption); the others stay.
     *
     * @throws RuleViolationException INVALID, field {@code resumedAt}, when it is before the pause
     */
    public DetectionOrderSchedule resumed(DetectionOrderProfile profile, Instant pausedAt, Instant resumedAt) {
        if (resumedAt.isBefore(pausedAt)) {
            throw RuleViolationException.invalid("resumedAt",
                    "An order resumes after its pause began (" + pausedAt + "), not at " + resumedAt);
        }
        Set<DetectionOrderClock> paused = profile.annexIIPauses();
        return new DetectionOrderSchedule(this.profile, type, receivedAt, appealWindowCloses,
                held(paused, DetectionOrderClock.START, start, pausedAt, resumedAt),
                midTermReportDue.map(due -> held(paused, DetectionOrderClock.MID_TERM_REPORT, due, pausedAt, resumedAt)),
                held(paused, DetectionOrderClock.END, end, pausedAt, resumedAt));
    }

    private static Instant held(Set<DetectionOrderClock> paused, DetectionOrderClock clock, Instant due, Instant pausedAt, Instant resumedAt) {
        if (!paused.contains(clock) || !due.isAfter(pausedAt)) {
            return due;
        }
        return resumedAt.plus(Duration.between(pausedAt, due));
    }
}
