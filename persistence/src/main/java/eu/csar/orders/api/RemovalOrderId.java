package eu.csar.orders.api;

import java.io.Serializable;
import java.util.Objects;
import java.util.UUID;

/** The identity of one removal order (orders context); opaque, printed as the UUID alone. */
public record RemovalOrderId(UUID value) implements Serializable {

    public RemovalOrderId {
        Objects.requireNonNull(value, "value");
    }

    public static RemovalOrderId random() {
        return new RemovalOrderId(UUID.randomUUID());
    }

    /** Parses the UUID text; {@link IllegalArgumentException} if it is not one. */
    public static RemovalOrderId of(String text) {
        return new RemovalOrderId(UUID.fromString(text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
