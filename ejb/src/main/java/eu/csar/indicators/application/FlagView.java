package eu.csar.indicators.application;

import eu.csar.indicators.api.IndicatorId;
import eu.csar.indicators.domain.FlagResolution;
import eu.csar.shared.domain.ProviderId;

import java.io.Serializable;
import java.time.Instant;

/**
 * One false-positive flag for the reviewers' screens: open (the resolution fields null) or resolved by
 * the move that settled its indicator, with that move's reason, actor and time.
 */
public record FlagView(String id, IndicatorId indicator, ProviderId provider, String reason, String flaggedBy, Instant flaggedAt,
                       FlagResolution resolution, String resolutionReason, String resolvedBy, Instant resolvedAt)
        implements Serializable {

    /** A flag just raised: still open. */
    static FlagView open(String id, IndicatorId indicator, ProviderId provider, String reason, String flaggedBy, Instant flaggedAt) {
        return new FlagView(id, indicator, provider, reason, flaggedBy, flaggedAt, null, null, null, null);
    }
}
