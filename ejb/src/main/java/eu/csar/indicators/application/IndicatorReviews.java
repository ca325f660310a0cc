package eu.csar.indicators.application;

import eu.csar.audit.api.AuditOutcome;
import eu.csar.audit.application.AuditRecorder;
import eu.csar.indicators.api.IndicatorId;
import eu.csar.indicators.api.IndicatorState;
import eu.csar.indicators.domain.FlagResolution;
import eu.csar.indicators.domain.Indicator;
import eu.csar.indicators.domain.IndicatorAction;
import eu.csar.indicators.domain.IndicatorRepository;
import eu.csar.security.api.Roles;
import eu.csar.shared.domain.RuleViolationException;
import eu.csar.shared.domain.UnknownObjectException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * The necessity review (Art 46): ACTIVE indicators whose review date (legal profile key
 * {@code indicators.review-period}, set on activation) has come; a reviewer confirms them (the next
 * date is set from the profile) or retires them through {@link IndicatorStates#retire}. Either
 * resolves the indicator's open false-positive flags ({@link IndicatorMoves#resolveFlags}).
 */
@Stateless
public class IndicatorReviews {

    /** At most this many due indicators per list. */
    static final int MAX = 500;

    private static final String PURPOSE = "necessity review (Art 46)";

    @Inject
    IndicatorRepository indicators;

    @Inject
    NecessityReview review;

    @Inject
    AuditRecorder audit;

    @Inject
    Clock clock;

    @Inject
    IndicatorMoves moves;

    /** The ACTIVE indicators due for review now, the most overdue first (at most {@value #MAX}). */
    @RolesAllowed({Roles.CENTRE_REVIEWER, Roles.CENTRE_ADMIN, Roles.CENTRE_AUDITOR, Roles.SYSTEM})
    public List<IndicatorSummary> due() {
        var codes = indicators.setCodes();
        List<IndicatorSummary> due = indicators.reviewDue(clock.instant(), MAX).stream()
                .map(i -> IndicatorViews.summary(i, codes, null)).toList();
        audit.success(IndicatorAction.INDICATOR_LIST_READ, null, PURPOSE);
        return due;
    }

    /** The indicator is still necessary: its next review is one review period from now. */
    @RolesAllowed(Roles.CENTRE_REVIEWER)
    public void confirmNecessity(@NotNull IndicatorId id) {
        Indicator indicator = indicators.findForUpdate(id).orElseThrow(() -> {
            audit.refusal(IndicatorAction.INDICATOR_NECESSITY_CONFIRMED, id, PURPOSE, AuditOutcome.NOT_FOUND);
            return new UnknownObjectException("Indicator", id);
        });
        if (indicator.state() != IndicatorState.ACTIVE) {
            audit.refusal(IndicatorAction.INDICATOR_NECESSITY_CONFIRMED, id, PURPOSE, AuditOutcome.REFUSED);
            throw new RuleViolationException(RuleViolationException.Code.NOT_PERMITTED_IN_STATE, null,
                    "The indicator is " + indicator.state() + ": only an active indicator's necessity is reviewed");
        }
        Instant now = clock.instant();
        indicator.reviewDue(review.dueAfter(now));
        audit.success(IndicatorAction.INDICATOR_NECESSITY_CONFIRMED, id, PURPOSE);
        moves.resolveFlags(id, FlagResolution.CONFIRMED, "still necessary: " + PURPOSE);
    }
}
