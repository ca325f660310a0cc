package eu.csar.indicators.api;

import java.io.Serializable;
import java.util.Objects;
import java.util.UUID;

/** The identity of one indicator (indicators context); opaque, printed as the UUID alone. */
public record IndicatorId(UUID value) implements Serializable {

    public IndicatorId {
        Objects.requireNonNull(value, "value");
    }

    public static IndicatorId random() {
        return new IndicatorId(UUID.randomUUID());
    }

    /** Parses the UUID text; {@link IllegalArgumentException} if it is not one. */
    public static IndicatorId of(String text) {
        return new IndicatorId(UUID.fromString(text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
