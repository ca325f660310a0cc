package eu.csar.orders.api;

import java.io.Serializable;
import java.util.Objects;
import java.util.UUID;

/** The identity of one detection order (orders context); opaque, printed as the UUID alone. */
public record DetectionOrderId(UUID value) implements Serializable {

    public DetectionOrderId {
        Objects.requireNonNull(value, "value");
    }

    public static DetectionOrderId random() {
        return new DetectionOrderId(UUID.randomUUID());
    }

    /** Parses the UUID text; {@link IllegalArgumentException} if it is not one. */
    public static DetectionOrderId of(String text) {
        return new DetectionOrderId(UUID.fromString(text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
