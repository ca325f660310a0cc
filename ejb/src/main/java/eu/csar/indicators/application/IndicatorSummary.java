package eu.csar.indicators.application;

import eu.csar.indicators.api.IndicatorId;
import eu.csar.indicators.api.IndicatorKind;
import eu.csar.indicators.api.IndicatorState;

import java.io.Serializable;
import java.time.Instant;

/**
 * One indicator in a list (search results, review queue).
 *
 * @param quality  the PDQ quality; null for other kinds
 * @param distance the Hamming distance to the searched PDQ hash; null for exact searches
 */
public record IndicatorSummary(IndicatorId id, long seq, IndicatorKind kind, String value, Integer quality,
                               String setCode, IndicatorState state, Instant stateChangedAt, Instant reviewDueAt,
                               Integer distance) implements Serializable {
}
