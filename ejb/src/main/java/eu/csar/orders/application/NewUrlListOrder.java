package eu.csar.orders.application;

import eu.csar.indicators.api.IndicatorId;
import eu.csar.shared.domain.CleanText;
import eu.csar.shared.domain.MemberState;
import eu.csar.shared.domain.ProviderId;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.io.Serializable;
import java.util.List;

/**
 * A blocking or delisting order as the issuing authority issues it: its own reference, the Member
 * State it acts for (may be left out when it acts for one only), the authority's name, the provider,
 * the URL-list entries by indicator id (never free URLs), the statement of reasons, the legal profile
 * to pin, and for a blocking order the notice users see and the period of application (ISO 8601,
 * e.g. {@code P2Y}; at most the profile's maximum).
 */
public record NewUrlListOrder(@NotBlank @Size(max = 100) @CleanText String reference,
                              MemberState memberState,
                              @NotBlank @Size(max = 200) @CleanText String issuingAuthority,
                              @NotNull ProviderId provider,
                              @NotEmpty @Size(max = 1000) List<@NotNull IndicatorId> entries,
                              @NotBlank @Size(max = 4000) @CleanText(multiLine = true) String reasons,
                              @Size(max = 2000) @CleanText(multiLine = true) String userNotice,
                              @Size(max = 16) String periodOfApplication,
                              @Size(max = 40) String profile) implements Serializable {
}
