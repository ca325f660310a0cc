package eu.csar.orders.api;

import java.io.Serializable;
import java.util.Objects;
import java.util.UUID;

/** The identity of one blocking or delisting order (orders context); opaque, printed as the UUID alone. */
public record UrlListOrderId(UUID value) implements Serializable {

    public UrlListOrderId {
        Objects.requireNonNull(value, "value");
    }

    /** Parses the UUID text; {@link IllegalArgumentException} if it is not one. */
    public static UrlListOrderId of(String text) {
        return new UrlListOrderId(UUID.fromString(text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
