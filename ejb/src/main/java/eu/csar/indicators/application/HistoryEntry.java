package eu.csar.indicators.application;

import eu.csar.indicators.api.IndicatorState;

import java.io.Serializable;
import java.time.Instant;

/**
 * One move of an indicator's state: from (null for its creation), event, to, when, by whom, why.
 *
 * @param importJobId the bulk import job that wrote it, else null
 */
public record HistoryEntry(IndicatorState from, String event, IndicatorState to, Instant at, String actor,
                           String reason, Long importJobId) implements Serializable {
}
