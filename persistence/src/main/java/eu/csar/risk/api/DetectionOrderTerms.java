package eu.csar.risk.api;

import eu.csar.legal.api.ProfileRef;
import eu.csar.shared.domain.ProviderId;

import java.time.Instant;

/**
 * What the orders context tells the risk context about detection orders, so that a provider subject
 * to one updates its risk assessment in time (Art 3(4), second subparagraph, point (a) of COM(2022)
 * 209: at the latest {@code risk-assessment.update-before-order-expiry} before the order's period of
 * application ends). The orders context calls it after every move of a detection order, in its
 * transaction; the risk context implements it. Idempotent: the same term twice changes nothing.
 */
public interface DetectionOrderTerms {

    /**
     * Detection order {@code order} against {@code provider}, under the legal profile {@code orderProfile},
     * is issued and runs until {@code end}; {@code end} is null when it is not (a request, a rejected,
     * withdrawn, revoked, modified or expired order), which ends its bearing on the assessments.
     */
    void orderTerm(ProviderId provider, DetectionOrderRef order, ProfileRef orderProfile, Instant end);
}
