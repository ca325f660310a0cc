package eu.csar.indicators.domain;

import java.util.Optional;

/**
 * How a provider's false-positive flag is settled: by the reviewer's verdict on its indicator, never by
 * hand. A confirmation (the necessity review's, or a quarantined indicator's) says the indicator is
 * right, so the flag is closed as {@link #CONFIRMED}; a retirement takes the indicator out for good, so
 * the flag is closed as {@link #RETIRED}. Stored in {@code indicator_flags.resolution}.
 */
public enum FlagResolution {
    CONFIRMED,
    RETIRED;

    /** The resolution a move of the workflow brings to its indicator's open flags; empty when it leaves them open. */
    public static Optional<FlagResolution> after(IndicatorEvent event) {
        return switch (event) {
            case CONFIRM -> Optional.of(CONFIRMED);
            case RETIRE -> Optional.of(RETIRED);
            default -> Optional.empty();
        };
    }
}
