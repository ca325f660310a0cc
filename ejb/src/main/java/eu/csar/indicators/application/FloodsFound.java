package eu.csar.indicators.application;

import eu.csar.indicators.api.IndicatorId;

import java.util.Map;

/**
 * A counter flush ({@link MatchCountFlush}) tripped the flood rule for these indicators (with the
 * rule's reason). A CDI event observed after the flush commits ({@link FloodObserver}): the
 * quarantine must not run inside the flush, whose counter rows hold a key-share lock on the
 * indicators that the workflow's row lock would wait for.
 */
public record FloodsFound(Map<IndicatorId, String> reasons) {
}
