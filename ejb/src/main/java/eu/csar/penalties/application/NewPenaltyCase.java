package eu.csar.penalties.application;

import eu.csar.penalties.api.LinkKind;
import eu.csar.penalties.domain.PenaltyCase;
import eu.csar.shared.domain.CleanText;
import eu.csar.shared.domain.MemberState;
import eu.csar.shared.domain.ProviderId;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.util.List;
import java.util.UUID;

/**
 * A penalty case a Coordinating Authority opens (Art 35): for its Member State ({@code memberState}
 * may be null when the caller acts for one), against {@code providerId}, about what {@code summary}
 * says, linked to the orders and reports concerned, under the newest version of {@code profile}
 * (null: the platform's default profile).
 */
public record NewPenaltyCase(MemberState memberState, @NotNull ProviderId providerId,
                             @NotBlank @Size(max = PenaltyCase.MAX_SUMMARY) @CleanText(multiLine = true) String summary,
                             @NotNull @Size(max = PenaltyCase.MAX_LINKS) List<@NotNull @Valid Link> links,
                             @Size(max = 100) String profile) {

    /** An order or report the case concerns. */
    public record Link(@NotNull LinkKind kind, @NotNull UUID id) {
    }
}
