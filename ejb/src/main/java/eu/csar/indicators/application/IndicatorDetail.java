package eu.csar.indicators.application;

import eu.csar.indicators.api.IndicatorId;
import eu.csar.indicators.api.IndicatorKind;
import eu.csar.indicators.api.IndicatorSetId;
import eu.csar.indicators.api.IndicatorState;
import eu.csar.indicators.domain.IndicatorEvent;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * An indicator with its provenance links and history, as its detail page shows it.
 *
 * @param possibleEvents what the workflow allows next (the page's buttons)
 */
public record IndicatorDetail(IndicatorId id, long seq, IndicatorKind kind, String value, Integer quality,
                              IndicatorSetId setId, String setCode, IndicatorState state, Instant disabledUntil,
                              String retiredReason, Instant createdAt, Instant stateChangedAt, Instant reviewDueAt,
                              boolean matchable, List<ProvenanceView> provenance, List<HistoryEntry> history,
                              Set<IndicatorEvent> possibleEvents) implements Serializable {
}
