package eu.csar.orders.application;

import eu.csar.indicators.api.IndicatorSetId;
import eu.csar.legal.api.LegalPeriod;
import eu.csar.orders.domain.DetectionOrderType;
import eu.csar.risk.api.RiskAssessmentId;
import eu.csar.shared.domain.CleanText;
import eu.csar.shared.domain.MemberState;
import eu.csar.shared.domain.ProviderId;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.io.Serializable;
import java.util.Set;

/**
 * A draft request for a detection order as the Coordinating Authority of establishment writes it
 * (Art 7(2)): its own reference, the Member State it acts for (may be left out when only one of its
 * own has jurisdiction over the provider), the provider, the service or part of it, the detection
 * type, the indicator sets, the duration asked for, the safeguards, the detection technology it
 * names (a reference), the reasons, the legal profile to pin (default {@code COM-2022-209}), and the
 * provider's risk assessment the request starts from (Art 7(4), Art 3-5; optional).
 */
public record NewDetectionOrder(@NotBlank @Size(max = 100) @CleanText String reference,
                                MemberState memberState,
                                @NotNull ProviderId provider,
                                @NotBlank @Size(max = 500) @CleanText String service,
                                @NotNull DetectionOrderType type,
                                @NotEmpty @Size(max = 50) Set<@NotNull IndicatorSetId> indicatorSets,
                                @NotNull LegalPeriod duration,
                                @NotBlank @Size(max = 4000) @CleanText(multiLine = true) String safeguards,
                                @NotBlank @Size(max = 200) @CleanText String technologyReference,
                                @NotBlank @Size(max = 4000) @CleanText(multiLine = true) String reasons,
                                @Size(max = 40) String profile,
                                RiskAssessmentId riskAssessment) implements Serializable {
}
