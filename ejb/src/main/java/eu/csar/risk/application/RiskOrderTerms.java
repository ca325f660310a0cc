package eu.csar.risk.application;

import eu.csar.audit.application.AuditRecorder;
import eu.csar.legal.api.LegalPeriod;
import eu.csar.legal.api.ProfileRef;
import eu.csar.risk.api.AssessmentKind;
import eu.csar.risk.api.DetectionOrderRef;
import eu.csar.risk.api.DetectionOrderTerms;
import eu.csar.risk.domain.RiskAction;
import eu.csar.risk.domain.RiskAssessment;
import eu.csar.risk.domain.RiskAssessmentRepository;
import eu.csar.risk.domain.RiskDueDates;
import eu.csar.security.api.Roles;
import eu.csar.shared.domain.ProviderId;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A provider subject to a detection order updates its risk assessment at the latest the order's
 * profile's {@code risk-assessment.update-before-order-expiry} before the order's period of
 * application ends (Art 3(4), second subparagraph, point (a)). The orders context reports every
 * order's term here, in its own transaction (whoever moved the order, the deadline sweep included);
 * when the term of an order changes, the current service assessment's next due date becomes the
 * earliest of the regular interval and the bounds of the orders in force ({@link RiskDueDates}), its
 * update deadline is rescheduled on the deadline service, and the change is audited.
 *
 * <p>Who may call: only the orders context, inside its transaction ({@code MANDATORY}), for whoever
 * moved the order, the deadline sweep's timer included, which runs with no caller at all; so the
 * method permits every caller and the bean runs as the platform ({@code system}) towards the legal
 * profiles and the deadline service.
 */
@Stateless
@RunAs(Roles.SYSTEM)
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class RiskOrderTerms implements DetectionOrderTerms {

    @Inject
    RiskAssessmentRepository assessments;

    @Inject
    RiskMoves moves;

    @Inject
    RiskProfiles profiles;

    @Inject
    AuditRecorder audit;

    @Inject
    Clock clock;

    @Override
    @PermitAll
    public void orderTerm(ProviderId provider, DetectionOrderRef order, ProfileRef orderProfile, Instant end) {
        Optional<LegalPeriod> before = end == null ? Optional.empty() : profiles.updateBeforeOrderExpiry(orderProfile);
        Instant bound = before.map(p -> p.before(end)).orElse(null);
        if (!assessments.recordOrderTerm(order.value(), provider, bound == null ? null : end, bound)) {
            return;
        }
        List<Instant> bounds = assessments.orderBounds(provider);
        Instant now = clock.instant();
        for (RiskAssessment a : assessments.currentForUpdate(provider, AssessmentKind.SERVICE)) {
            RiskDueDates dueDates = profiles.dueDates(a.profile());
            Instant due = dueDates.nextAssessment(a.assessedAt(), bounds);
            if (due.equals(a.updateDueAt())) {
                continue;
            }
            a.moveUpdateDue(due, now).ifPresent(d -> moves.cancel(d, "detection order " + order
                    + (bound == null ? " ended" : " in force until " + end)));
            a.updateScheduled(moves.scheduleUpdate(a, dueDates, profiles.reminder(a.profile()), now));
            assessments.flush();
            audit.success(RiskAction.RISK_ASSESSMENT_DUE_DATE_MOVED, a.id(), RiskMoves.PURPOSE + "; next assessment due " + due
                    + (bound == null ? ", detection order " + order + " no longer in force"
                    : ", detection order " + order + " in force until " + end + " (Art 3(4), second subparagraph)"));
        }
    }
}
