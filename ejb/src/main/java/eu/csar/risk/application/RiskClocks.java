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
import eu.csar.shared.domain.ProviderId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import java.util.Collection;

/**
 * What a risk assessment does when its due dates are reached (told by the deadline sweep, in the
 * sweep's transaction for that deadline, actor {@code system}): at the due time, an assessment whose
 * next assessment (Art 3(4)) or answer to a request (Art 5(2), 5(4)) is still open is recorded as
 * overdue, which puts it at the top of the Coordinating Authority's list; the profile's reminder
 * before it puts a notice into the inbox of each Coordinating Authority competent for the provider
 * and into the provider's own inbox. A deadline of an assessment superseded or answered meanwhile
 * changes nothing. A provider's first assessment ({@link RiskFirstAssessments}) is marked overdue
 * and reminded of the same way, unless it arrived meanwhile.
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
        if (RiskFirstAssessments.SUBJECT_TYPE.equals(reached.subject().type()) && kind == DueKind.FIRST) {
            onFirstAssessment(reached);
            return;
        }
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

    /** A provider's first assessment: overdue at the due time if still unmet; before it, the authorities are reminded. */
    private void onFirstAssessment(DeadlineWasReached reached) {
        ProviderId provider = ProviderId.of(reached.subject().id());
        assessments.firstForUpdate(provider).filter(f -> f.metAt().isEmpty()).ifPresent(f -> {
            if (reached.occasion() == DeadlineWasReached.Occasion.DUE && f.markOverdue(reached.due())) {
                assessments.flush();
                audit.success(RiskAction.RISK_FIRST_ASSESSMENT_OVERDUE, provider.value(), RiskMoves.PURPOSE
                        + "; first assessment due " + reached.due());
            } else if (reached.occasion() == DeadlineWasReached.Occasion.REMINDER) {
                remind(new NoticeSubject(RiskFirstAssessments.SUBJECT_TYPE, provider.value(), f.providerName()),
                        f.memberStates(), provider, reached);
            }
        });
    }

    private void remind(RiskAssessment a, DeadlineWasReached reached) {
        remind(new NoticeSubject(RiskMoves.SUBJECT_TYPE, a.id().value(), a.providerName()), a.memberStates(), a.providerId(), reached);
    }

    /** The reminder goes to each competent authority's inbox and to the provider's own. */
    private void remind(NoticeSubject subject, Collection<MemberState> authorities, ProviderId provider, DeadlineWasReached reached) {
        String source = reached.deadline() + "/" + reached.occasion();
        for (MemberState state : authorities) {
            notices.remind(InboxAddress.of(state), subject, reached.kind(), reached.due(), source);
        }
        notices.remind(InboxAddress.ofProvider(provider), subject, reached.kind(), reached.due(), source);
    }
}
