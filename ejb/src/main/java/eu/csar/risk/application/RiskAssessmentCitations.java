package eu.csar.risk.application;

import eu.csar.audit.api.AuditOutcome;
import eu.csar.audit.application.AuditRecorder;
import eu.csar.registry.application.ProviderDirectory;
import eu.csar.risk.api.AssessmentCitations;
import eu.csar.risk.api.RiskAssessmentId;
import eu.csar.risk.domain.RiskAction;
import eu.csar.risk.domain.RiskAssessment;
import eu.csar.risk.domain.RiskAssessmentRepository;
import eu.csar.security.api.Roles;
import eu.csar.shared.domain.ProviderId;
import eu.csar.shared.domain.RuleViolationException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import java.util.Set;

/**
 * The risk context's answer when a Coordinating Authority starts a detection-order request from an
 * assessment (Art 7(2), Art 3-5): the assessment must be one it may review (its provider under the
 * caller's Member States, else not found) and the same provider's as the request (else a refusal
 * naming the field). Audited as a read of the assessment, refusals too.
 */
@Stateless
public class RiskAssessmentCitations implements AssessmentCitations {

    @Inject
    RiskAssessmentRepository assessments;

    @Inject
    RiskMoves moves;

    @Inject
    ProviderDirectory directory;

    @Inject
    AuditRecorder audit;

    @Override
    @RolesAllowed(Roles.COORDINATING_AUTHORITY)
    public void checkCitable(RiskAssessmentId id, ProviderId provider, String field) {
        RiskAction action = RiskAction.RISK_ASSESSMENT_READ;
        RiskAssessment a = moves.visible(assessments.find(id),
                x -> !directory.openableAmong(Set.of(x.providerId())).isEmpty(), action, id);
        if (!a.providerId().equals(provider)) {
            audit.refusal(action, id, RiskMoves.PURPOSE + "; cited by a detection-order request for another provider",
                    AuditOutcome.REFUSED);
            throw RuleViolationException.invalid(field,
                    "The risk assessment " + id + " is " + a.providerName() + "'s, not the provider of the request");
        }
        audit.success(action, id, RiskMoves.PURPOSE + "; cited by a detection-order request");
    }
}
