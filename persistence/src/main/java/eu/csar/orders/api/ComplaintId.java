package eu.csar.orders.api;

import java.io.Serializable;
import java.util.Objects;
import java.util.UUID;

/** The identity of one complaint about an order (Art 34); opaque, printed as the UUID alone. */
public record ComplaintId(UUID value) implements Serializable {

    public ComplaintId {
        Objects.requireNonNull(value, "value");
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
