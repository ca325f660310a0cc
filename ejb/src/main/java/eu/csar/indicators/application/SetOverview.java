package eu.csar.indicators.application;

import eu.csar.indicators.api.IndicatorKind;
import eu.csar.indicators.api.IndicatorSetId;
import eu.csar.indicators.api.IndicatorState;
import eu.csar.indicators.api.ProvenanceSource;

import java.io.Serializable;
import java.util.Map;
import java.util.Set;

/**
 * One indicator set or sub-set (Art 44) with its indicators counted by state (every state present,
 * zero when none).
 *
 * @param parent null for the three top-level sets
 * @param source null for a top-level set; where a sub-set's indicators come from
 */
public record SetOverview(IndicatorSetId id, String code, IndicatorSetId parent, Set<IndicatorKind> kinds,
                          ProvenanceSource source, Map<IndicatorState, Long> counts) implements Serializable {

    public long total() {
        return counts.values().stream().mapToLong(Long::longValue).sum();
    }
}
