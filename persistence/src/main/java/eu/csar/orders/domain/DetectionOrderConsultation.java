package eu.csar.orders.domain;

import eu.csar.legal.api.LegalPeriod;
import eu.csar.legal.api.ProfileKey;
import eu.csar.shared.domain.RuleViolationException;

import java.time.Instant;
import java.util.Objects;

/**
 * The consultation on a draft request (Art 7(3), first subparagraph): the provider comments within
 * the period the Coordinating Authority of establishment sets in its draft (point (a); the profile's
 * {@code detection-order.provider-comment-period} says who sets it), the EU Centre gives its opinion
 * within the profile's {@code detection-order.centre-opinion-period} (point (b)), both counted from
 * the moment the draft is sent. The draft may be adjusted once both have answered or their periods
 * have run out; an answer after its period is refused.
 *
 * @param sentAt      when the draft went to the provider and the EU Centre
 * @param commentsDue the end of the provider's comment period
 * @param opinionDue  the end of the EU Centre's opinion period
 */
public record DetectionOrderConsultation(Instant sentAt, Instant commentsDue, Instant opinionDue) {

    public DetectionOrderConsultation {
        Objects.requireNonNull(sentAt, "sentAt");
        Objects.requireNonNull(commentsDue, "commentsDue");
        Objects.requireNonNull(opinionDue, "opinionDue");
    }

    /**
     * Opens the consultation at {@code sentAt} with the comment period the Coordinating Authority set.
     *
     * @throws RuleViolationException INVALID, field {@code commentPeriod}, when it set none
     */
    public static DetectionOrderConsultation open(DetectionOrderProfile profile, Instant sentAt, LegalPeriod commentPeriod) {
        if (commentPeriod == null) {
            throw RuleViolationException.invalid("commentPeriod",
                    "The draft request sets the provider's comment period: " + profile.commentPeriodRule() + " ("
                            + ProfileKey.DETECTION_ORDER__PROVIDER_COMMENT_PERIOD.key() + ", " + profile.ref() + ")");
        }
        LegalPeriod opinion = profile.rule(ProfileKey.DETECTION_ORDER__CENTRE_OPINION_PERIOD).period();
        return new DetectionOrderConsultation(sentAt, commentPeriod.after(sentAt),
                opinion.after(sentAt));
    }

    /** Whether the draft may be adjusted at {@code now}: each side has answered or its period has ended. */
    public boolean closed(Instant now, Instant commentsAt, Instant opinionAt) {
        return (commentsAt != null || !now.isBefore(commentsDue))
                && (opinionAt != null || !now.isBefore(opinionDue));
    }

    /**
     * Refuses to adjust the draft while the provider or the EU Centre may still answer.
     *
     * @throws RuleViolationException NOT_PERMITTED_IN_STATE, field {@code consultation}
     */
    public void checkClosed(Instant now, Instant commentsAt, Instant opinionAt) {
        if (!closed(now, commentsAt, opinionAt)) {
            throw new RuleViolationException(RuleViolationException.Code.NOT_PERMITTED_IN_STATE, "consultation",
                    "The draft may be adjusted once the provider has commented or its period ended (" + commentsDue
                            + ") and the EU Centre has given its opinion or its period ended (" + opinionDue + ")");
        }
    }

    /**
     * Refuses the provider's comments after the period the Coordinating Authority set (the end itself is in time).
     *
     * @throws RuleViolationException INVALID, field {@code comments}
     */
    public void checkComments(Instant at) {
        if (at.isAfter(commentsDue)) {
            throw RuleViolationException.invalid("comments",
                    "The provider's comment period ended at " + commentsDue + "; comments of " + at + " are late");
        }
    }

    /**
     * Refuses the EU Centre's opinion after its period (Art 7(3), point (b); the end itself is in time).
     *
     * @throws RuleViolationException INVALID, field {@code opinion}
     */
    public void checkOpinion(Instant at) {
        if (at.isAfter(opinionDue)) {
            throw RuleViolationException.invalid("opinion",
                    "The EU Centre's opinion period (" + ProfileKey.DETECTION_ORDER__CENTRE_OPINION_PERIOD.key()
                            + ") ended at " + opinionDue + "; an opinion of " + at + " is late");
        }
    }
}
