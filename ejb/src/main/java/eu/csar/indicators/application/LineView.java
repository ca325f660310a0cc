package eu.csar.indicators.application;

import eu.csar.indicators.api.IndicatorId;
import eu.csar.indicators.api.IndicatorKind;
import eu.csar.indicators.domain.LineOutcome;
import eu.csar.indicators.domain.LineVerification;

import java.io.Serializable;

/**
 * One item of a submission (numbered 1..n; {@code sourceLine} is its line in the text as sent) with its outcome: kind and value when it could be read, the label kept,
 * ACCEPTED / LINKED / REFUSED with the reason, the indicator it created or linked, and the reviewer's verdict.
 */
public record LineView(int lineNo, int sourceLine, IndicatorKind kind, String value, Integer quality, String label,
                       LineOutcome outcome, String reason, IndicatorId indicator,
                       LineVerification verification) implements Serializable {
}
