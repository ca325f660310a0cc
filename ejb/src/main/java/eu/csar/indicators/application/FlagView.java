package eu.csar.indicators.application;

import eu.csar.indicators.api.IndicatorId;
import eu.csar.shared.domain.ProviderId;

import java.io.Serializable;
import java.time.Instant;

/** One open false-positive flag for the reviewers' queue. */
public record FlagView(String id, IndicatorId indicator, ProviderId provider, String reason, String flaggedBy, Instant flaggedAt)
        implements Serializable {
}
