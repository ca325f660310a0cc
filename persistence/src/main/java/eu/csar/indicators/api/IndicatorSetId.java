package eu.csar.indicators.api;

import java.io.Serializable;
import java.util.Objects;
import java.util.UUID;

/** The identity of one indicator set (indicators context); opaque, printed as the UUID alone. */
public record IndicatorSetId(UUID value) implements Serializable {

    public IndicatorSetId {
        Objects.requireNonNull(value, "value");
    }

    public static IndicatorSetId random() {
        return new IndicatorSetId(UUID.randomUUID());
    }

    /** Parses the UUID text; {@link IllegalArgumentException} if it is not one. */
    public static IndicatorSetId of(String text) {
        return new IndicatorSetId(UUID.fromString(text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
