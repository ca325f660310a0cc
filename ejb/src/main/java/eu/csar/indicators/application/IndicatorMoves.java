package eu.csar.indicators.application;

import eu.csar.audit.api.AuditOutcome;
import eu.csar.audit.application.AuditRecorder;
import eu.csar.indicators.api.IndicatorId;
import eu.csar.indicators.api.IndicatorState;
import eu.csar.indicators.api.IndicatorsChanged;
import eu.csar.indicators.domain.FlagResolution;
import eu.csar.indicators.domain.Indicator;
import eu.csar.indicators.domain.IndicatorAction;
import eu.csar.indicators.domain.IndicatorChange;
import eu.csar.indicators.domain.IndicatorEvent;
import eu.csar.indicators.domain.IndicatorRepository;
import eu.csar.indicators.domain.MatchAction;
import eu.csar.indicators.domain.MatchRecordRepository;
import eu.csar.shared.domain.RuleViolationException;
import eu.csar.shared.domain.UnknownObjectException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;

import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.UUID;

/**
 * The one door through which an indicator moves, in the caller's transaction: the workflow move
 * with its history row, the audit entry (or the refusal), the review date on activation, and, when
 * the indicator becomes or stops being matchable, the change-feed row and the
 * {@link IndicatorsChanged} event. A confirmation or retirement also resolves the indicator's open
 * false-positive flags, with the move's reason and one audit entry per flag ({@link #resolveFlags}).
 */
@ApplicationScoped
public class IndicatorMoves {

    static final String PURPOSE = "indicator database";

    @Inject
    IndicatorRepository indicators;

    @Inject
    AuditRecorder audit;

    @Inject
    Clock clock;

    @Inject
    Event<IndicatorsChanged> changed;

    @Inject
    NecessityReview review;

    @Inject
    MatchRecordRepository flags;

    /** Loads {@code id} (row locked) and applies {@code event}; fires the change event if there is one. */
    public Indicator move(IndicatorId id, IndicatorEvent event, String reason, Instant until) {
        IndicatorAction action = IndicatorAction.of(event);
        Indicator indicator = indicators.findForUpdate(id).orElseThrow(() -> {
            audit.refusal(action, id, PURPOSE, AuditOutcome.NOT_FOUND);
            return new UnknownObjectException("Indicator", id);
        });
        long seq = move(indicator, event, reason, until);
        fire(seq);
        return indicator;
    }

    /**
     * Applies {@code event} to a loaded indicator and records it; returns the change-feed sequence
     * written, or 0 when matchability did not change. The caller fires {@link #fire} once at the end.
     */
    public long move(Indicator indicator, IndicatorEvent event, String reason, Instant until) {
        IndicatorAction action = IndicatorAction.of(event);
        Instant now = clock.instant();
        boolean before = indicator.matchable();
        try {
            indicator.apply(event, reason, until, audit.actorName(), now);
        } catch (RuleViolationException refused) {
            audit.refusal(action, indicator.id(), PURPOSE, AuditOutcome.REFUSED);
            throw refused;
        }
        if (event == IndicatorEvent.ACTIVATE) {
            indicator.reviewDue(review.dueAfter(now));
        } else if (indicator.state() == IndicatorState.RETIRED) {
            indicator.reviewDue(null);
        }
        long seq = recordMatchability(indicator, before);
        audit.success(action, indicator.id(), reason == null ? PURPOSE : PURPOSE + "; " + reason);
        FlagResolution.after(event).ifPresent(resolution -> resolveFlags(indicator.id(), resolution,
                reason != null ? reason : "the indicator was " + resolution.name().toLowerCase(Locale.ROOT)));
        return seq;
    }

    /**
     * Closes the open false-positive flags of an indicator a reviewer has just settled (confirmed, in a
     * necessity review or out of quarantine, or retired): each flag records the resolution, the reason,
     * who and when, and gets its own audit entry. The caller holds the indicator's row lock.
     */
    public void resolveFlags(IndicatorId id, FlagResolution resolution, String reason) {
        String by = audit.actorName();
        for (UUID flag : flags.resolveFlags(id, resolution, reason, by, clock.instant())) {
            audit.success(MatchAction.INDICATOR_FLAG_RESOLVED, id, "false-positive flag " + flag + " resolved: " + resolution
                    + "; " + reason);
        }
    }

    /**
     * Writes the change-feed row when the indicator's matchability is no longer {@code before};
     * returns its sequence, or 0 when nothing changed.
     */
    public long recordMatchability(Indicator indicator, boolean before) {
        boolean after = indicator.matchable();
        if (before == after) {
            return 0;
        }
        indicators.flush();
        return indicators.addChange(new IndicatorChange(indicator,
                after ? IndicatorChange.Change.ADD : IndicatorChange.Change.REMOVE, clock.instant()));
    }

    /** Fires {@link IndicatorsChanged} for the highest sequence written, if any was. */
    public void fire(long upToSeq) {
        if (upToSeq > 0) {
            changed.fire(new IndicatorsChanged(upToSeq));
        }
    }
}
