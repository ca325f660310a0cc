package eu.csar.risk.api;

import eu.csar.shared.domain.ProviderId;

/**
 * What another context may ask of the risk context when a Coordinating Authority starts a
 * detection-order request from a provider's risk assessment (Art 7(2) and (4) of COM(2022) 209: the
 * request rests on the provider's risk assessment and mitigation measures, Art 3-5). The risk
 * context implements it in its application tier (role {@code coordinating-authority}); the orders
 * context depends on this interface only.
 */
public interface AssessmentCitations {

    /**
     * Checks that the calling Coordinating Authority may cite assessment {@code id} in a request
     * addressed to {@code provider}. An assessment that does not exist, or whose provider the registry
     * does not place under the caller's Member States, is not found
     * ({@link eu.csar.shared.domain.UnknownObjectException}, audited); another provider's assessment is
     * a {@link eu.csar.shared.domain.RuleViolationException} naming {@code field}. The read is audited.
     */
    void checkCitable(RiskAssessmentId id, ProviderId provider, String field);
}
