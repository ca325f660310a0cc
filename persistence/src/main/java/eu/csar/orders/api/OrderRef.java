package eu.csar.orders.api;

import java.io.Serializable;
import java.util.Objects;
import java.util.UUID;

/** One order of any kind, by its kind and id: what a complaint (Art 34) names. */
public record OrderRef(OrderKind kind, UUID id) implements Serializable {

    public OrderRef {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(id, "id");
    }
}
