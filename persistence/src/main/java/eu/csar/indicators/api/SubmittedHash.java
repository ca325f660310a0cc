package eu.csar.indicators.api;

import java.io.Serializable;

/**
 * One line a survivor sent, as the victims context may show it back to them: the hash, whether the
 * line was refused (and why), the indicator's state, and whether the survivor's own provenance link
 * is still live (false once withdrawn or rejected at verification).
 */
public record SubmittedHash(IndicatorKind kind, String value, Integer quality, boolean refused, String reason,
                            IndicatorState state, boolean live) implements Serializable {
}
