package eu.csar.indicators.application;

import eu.csar.indicators.api.GrantAccess;
import eu.csar.indicators.api.GrantBasis;
import eu.csar.indicators.api.GrantId;
import eu.csar.indicators.api.IndicatorSetId;
import eu.csar.shared.domain.ProviderId;

import java.io.Serializable;
import java.time.Instant;

/** One grant as pages and APIs show it; {@code live} is as of the platform clock when it was read. */
public record GrantView(GrantId id, ProviderId provider, IndicatorSetId set, String setCode, Instant validFrom,
                        Instant validUntil, GrantBasis basis, String orderReference, String purpose, GrantAccess access,
                        String createdBy, Instant createdAt, Instant revokedAt, String revokedReason, boolean live)
        implements Serializable {
}
