package eu.csar.orders.application;

import eu.csar.indicators.api.GrantId;
import eu.csar.indicators.api.IndicatorSetId;
import eu.csar.legal.api.ProfileRef;
import eu.csar.orders.api.Addressee;
import eu.csar.orders.api.DetectionOrderId;
import eu.csar.orders.domain.AnnexIiGround;
import eu.csar.orders.domain.DetectionOrderState;
import eu.csar.orders.domain.DetectionOrderType;
import eu.csar.risk.api.RiskAssessmentId;
import eu.csar.shared.domain.MemberState;
import eu.csar.shared.domain.ProviderId;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/**
 * A detection order as its readers see it: the request (provider, service, type, indicator sets,
 * duration, safeguards, technology), the consultation with its due times, the adjusted draft, the
 * implementation plan and the grooming safeguards, the decision, the dates from the receipt on, the
 * grants it created, the history, its execution (mid-term report, Annex II answer), and
 * the orders it replaces or was replaced by after a modification (Art 9(4); null for none), and the
 * risk assessment the request started from (null for none). {@code version} changes with every move (ETag).
 */
public record DetectionOrderView(DetectionOrderId id, long version, String reference, MemberState memberState,
                                 ProviderId provider, String providerName, Addressee addressedTo, String contactEmail,
                                 String service, DetectionOrderType type, List<IndicatorSetId> indicatorSets,
                                 String duration, String safeguards, String technologyReference, String reasons,
                                 ProfileRef profile, DetectionOrderState state, List<String> possibleEvents,
                                 String draftedBy, Instant draftedAt, String commentPeriod, Instant consultationSentAt,
                                 Instant commentsDueAt, Instant opinionDueAt, String providerComments, Instant commentsAt,
                                 String centreOpinion, Instant opinionAt, String adjustments, Instant adjustedAt,
                                 String implementationPlan, Instant planAt, String dpia, Instant dpiaAt, String dpaOpinion,
                                 Instant dpaOpinionAt, Instant submittedAt, String issuingAuthority, String decidedBy,
                                 Instant decidedAt, String decisionReasons, Instant start, Instant end,
                                 Instant transmittedAt, Instant receivedAt, Instant appealWindowClosesAt, Instant finalAt,
                                 Instant inForceAt, Instant endedAt, List<GrantId> grants,
                                 List<HistoryRow> history, Execution execution, DetectionOrderId replaces,
                                 DetectionOrderId replacedBy, RiskAssessmentId riskAssessment) implements Serializable {

    /**
     * The execution: the mid-term report (when it is due, the report, when it came; no due time for an
     * order that needs none) and the provider's latest Annex II answer with the clarification.
     */
    public record Execution(Instant midTermReportDueAt, String midTermReport, Instant midTermReportAt,
                            AnnexIiGround annexIiGround, String annexIiExplanation, String clarificationRequested,
                            Instant annexIiAt, String clarification, Instant clarifiedAt) implements Serializable {
    }

    /** Whether the issuing authority issued it (only the issue sets the start): an order, no longer a draft request. */
    public boolean issued() {
        return decidedAt != null && start != null;
    }

    /** The SHA-256 of the issued order's canonical issue data ({@link DetectionOrderDigest}); null for a request. */
    public String verificationHash() {
        return DetectionOrderDigest.of(this);
    }

    public record HistoryRow(DetectionOrderState from, String event, DetectionOrderState to, Instant at, String actor,
                             String reason, String legalBasis) implements Serializable {
    }
}
