package eu.csar.indicators.application;

import eu.csar.indicators.api.IndicatorSetId;
import eu.csar.shared.domain.ProviderId;

import java.io.Serializable;

/** Which grants to list: of one provider, of one set (either null for all), at most {@code limit} (1..1000). */
public record GrantFilter(ProviderId provider, IndicatorSetId set, int limit) implements Serializable {

    public static GrantFilter all() {
        return new GrantFilter(null, null, 200);
    }

    int boundedLimit() {
        return Math.max(1, Math.min(limit <= 0 ? 200 : limit, 1000));
    }
}
