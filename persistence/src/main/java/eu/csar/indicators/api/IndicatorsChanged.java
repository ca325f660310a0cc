package eu.csar.indicators.api;

import java.io.Serializable;

/**
 * A CDI event fired (within the writing transaction) whenever rows were added to the change feed
 * ({@code indicator_changes}): an indicator became matchable or stopped being so. It carries the
 * highest change sequence written, nothing else; the messaging module relays it after commit on the
 * index-change topic, and each node's match index then reads every change after the last one it
 * applied, so a lost or duplicated message costs nothing.
 *
 * @param upToSeq the highest {@code indicator_changes.seq} the transaction wrote
 */
public record IndicatorsChanged(long upToSeq) implements Serializable {
}
