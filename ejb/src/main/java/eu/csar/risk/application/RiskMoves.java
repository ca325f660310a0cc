package eu.csar.risk.application;

import eu.csar.audit.api.AuditOutcome;
import eu.csar.audit.application.AuditRecorder;
import eu.csar.legal.api.DeadlineId;
import eu.csar.legal.api.DeadlinePlan;
import eu.csar.legal.api.DeadlineSubject;
import eu.csar.legal.api.LegalPeriod;
import eu.csar.legal.application.DeadlineService;
import eu.csar.risk.api.DueKind;
import eu.csar.risk.api.RiskAssessmentId;
import eu.csar.risk.domain.RiskAction;
import eu.csar.risk.domain.RiskAssessment;
import eu.csar.risk.domain.RiskAssessmentRepository;
import eu.csar.risk.domain.RiskDueDates;
import eu.csar.shared.domain.RuleViolationException;
import eu.csar.shared.domain.UnknownObjectException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Predicate;

/**
 * How a risk assessment moves, whichever side moves it, in the caller's transaction: one the caller
 * may not see is not found (audited as such); a move is applied by the assessment (which writes its
 * history row) with the actor and the platform clock's now, flushed and audited, or audited as
 * refused. Due dates are scheduled and cancelled here, on the deadline service, under the kind
 * {@link DueKind#deadlineKind()} and the subject {@value #SUBJECT_TYPE} + id.
 */
@ApplicationScoped
class RiskMoves {

    static final String SUBJECT_TYPE = "RiskAssessment";
    static final String PURPOSE = "risk assessment (Art 3-6)";
    private static final long SECONDS_PER_HOUR = 3600;

    @Inject
    RiskAssessmentRepository assessments;

    @Inject
    DeadlineService deadlines;

    @Inject
    AuditRecorder audit;

    @Inject
    Clock clock;

    /** A step of a move: the assessment, the actor, and now by the platform clock. */
    @FunctionalInterface
    interface Step {
        void apply(RiskAssessment assessment, String actor, Instant now);
    }

    /** The assessment, locked, if the caller may see it; otherwise not found (and audited so). */
    RiskAssessment load(RiskAssessmentId id, Predicate<RiskAssessment> visible, RiskAction action) {
        return visible(assessments.findForUpdate(id), visible, action, id);
    }

    RiskAssessment visible(Optional<RiskAssessment> found, Predicate<RiskAssessment> visible, RiskAction action,
                           RiskAssessmentId id) {
        return found.filter(visible).orElseThrow(() -> {
            audit.refusal(action, id, PURPOSE, AuditOutcome.NOT_FOUND);
            return new UnknownObjectException(SUBJECT_TYPE, id);
        });
    }

    /** Applies {@code step}, flushes, and records it as {@code action} with the state after the move and {@code detail}. */
    RiskAssessment move(RiskAssessment assessment, RiskAction action, String detail, Step step) {
        try {
            step.apply(assessment, audit.actorName(), clock.instant());
        } catch (RuleViolationException refused) {
            audit.refusal(action, assessment.id(), PURPOSE + "; " + refused.getMessage(), AuditOutcome.REFUSED);
            throw refused;
        }
        assessments.flush();
        audit.success(action, assessment.id(), PURPOSE + "; " + assessment.state() + (detail == null ? "" : "; " + detail));
        return assessment;
    }

    /** Schedules the due date {@code kind} of {@code assessment}: {@code period} from {@code start}, with the profile's reminder. */
    UUID schedule(RiskAssessment assessment, DueKind kind, LegalPeriod period, Instant start, LegalPeriod reminder) {
        return deadlines.schedule(new DeadlinePlan(kind.deadlineKind(), subject(assessment.id()), assessment.profile(), period,
                start, reminder, null, null)).id().value();
    }

    /**
     * Schedules the deadline of the next assessment at the assessment's update due date: the
     * profile's interval from the date it was carried out or, where a detection order brought it
     * forward, the date counted back from the order's end. The deadline service counts a period
     * forward from a start, so such a date runs as the whole hours that end exactly at it (at least
     * one; a date already past fires at the next sweep).
     */
    UUID scheduleUpdate(RiskAssessment assessment, RiskDueDates dueDates, LegalPeriod reminder, Instant now) {
        Instant due = assessment.updateDueAt();
        if (due.equals(dueDates.nextAssessment(assessment.assessedAt()))) {
            return schedule(assessment, DueKind.UPDATE, dueDates.updateInterval(), assessment.assessedAt(), reminder);
        }
        long hours = Math.max(1, (Duration.between(now, due).toSeconds() + SECONDS_PER_HOUR - 1) / SECONDS_PER_HOUR);
        return deadlines.schedule(new DeadlinePlan(DueKind.UPDATE.deadlineKind(), subject(assessment.id()), assessment.profile(),
                LegalPeriod.hours(Math.toIntExact(hours)), due.minus(Duration.ofHours(hours)), reminder, null, null)).id().value();
    }

    void cancel(UUID deadline, String reason) {
        deadlines.cancel(new DeadlineId(deadline), reason);
    }

    static DeadlineSubject subject(RiskAssessmentId id) {
        return new DeadlineSubject(SUBJECT_TYPE, id.toString());
    }
}
