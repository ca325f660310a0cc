package eu.csar.risk.application;

import eu.csar.audit.application.AuditRecorder;
import eu.csar.legal.api.DeadlineWasReached;
import eu.csar.notification.api.InboxAddress;
import eu.csar.notification.api.NoticeSubject;
import eu.csar.notification.application.Notices;
import eu.csar.risk.api.DueKind;
import eu.csar.risk.api.RiskAssessmentId;
import eu.csar.risk.api.RiskAssessmentState;
import eu.csar.risk.domain.RiskAction;
import eu.csar.risk.domain.RiskAssessment;
import eu.csar.risk.domain.RiskAssessmentRepository;
import eu.csar.shared.domain.MemberState;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

/**
 * What a risk assessment does when its due dates are reached (told by the deadline sweep, in the
 * sweep's transaction for that deadline, actor {@code system}): at the due time, an assessment whose
 * next assessment (Art 3(4)) or answer to a request (Art 5(2), 5(4)) is still open is recorded as
 * overdue, which puts it at the top of the Coordinating Authority's list; the profile's reminder
 * before it puts a notice into the inbox of each Coordinating Authority competent for the provider
 * and into the provider's own inbox.
 * A deadline of an assessment superseded or answered meanwhile changes nothing.
 */
@ApplicationScoped
public class RiskClocks {

    @Inject
    RiskAssessmentRepository assessments;

    @Inject
    Notices notices;

    @Inject
    AuditRecorder audit;

    void onDeadline(@Observes DeadlineWasReached reached) {
        DueKind kind = DueKind.ofDeadlineKind(reached.kind());
        if (!RiskMoves.SUBJECT_TYPE.equals(reached.subject().type()) || kind == null) {
            return;
        }
        RiskAssessmentId id = RiskAssessmentId.of(reached.subject().id());
        if (reached.occasion() == DeadlineWasReached.Occasion.DUE) {
            assessments.findForUpdate(id).filter(a -> a.markOverdue(kind, reached.due())).ifPresent(a -> {
                assessments.flush();
                audit.success(RiskAction.RISK_ASSESSMENT_OVERDUE, id, RiskMoves.PURPOSE + "; " + kind + " due " + reached.due());
            });
        } else if (reached.occasion() == DeadlineWasReached.Occasion.REMINDER) {
            assessments.find(id).filter(a -> a.state() != RiskAssessmentState.SUPERSEDED)
                    .filter(a -> kind == DueKind.UPDATE || kind == a.answerKind())
                    .ifPresent(a -> remind(a, reached));
        }
    }

    private void remind(RiskAssessment a, DeadlineWasReached reached) {
        NoticeSubject subject = new NoticeSubject(RiskMoves.SUBJECT_TYPE, a.id().value(), a.providerName());
        for (MemberState state : a.memberStates()) {
            notices.remind(InboxAddress.of(state), subject, reached.kind(), reached.due(),
                    reached.deadline() + "/" + reached.occasion());
        }
        notices.remind(InboxAddress.ofProvider(a.providerId()), subject, reached.kind(), reached.due(),
                reached.deadline() + "/" + reached.occasion());
    }
}
