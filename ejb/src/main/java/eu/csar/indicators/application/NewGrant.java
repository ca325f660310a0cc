package eu.csar.indicators.application;

import eu.csar.indicators.api.GrantAccess;
import eu.csar.indicators.api.GrantBasis;
import eu.csar.indicators.api.IndicatorSetId;
import eu.csar.shared.domain.ProviderId;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.io.Serializable;
import java.time.Instant;

/**
 * What a centre admin grants (Art 46): a provider may use a set from {@code validFrom} until
 * {@code validUntil}, under the legal profile {@code profile} (which says the bases it allows:
 * {@code detection.legal-bases}), on {@code basis} (a detection order needs its reference), for a
 * purpose, by matching only or also by downloading.
 */
public record NewGrant(
        @NotNull ProviderId provider,
        @NotNull IndicatorSetId set,
        @NotNull Instant validFrom,
        @NotNull Instant validUntil,
        @NotBlank @Size(max = 100) String profile,
        @NotNull GrantBasis basis,
        @Size(max = 200) String orderReference,
        @NotBlank @Size(max = 500) String purpose,
        @NotNull GrantAccess access) implements Serializable {
}
