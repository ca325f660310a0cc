package eu.csar.reports.api;

import java.io.Serializable;
import java.util.Objects;
import java.util.UUID;

/** The identity of one delivery of a forwarded report to one recipient: the key the recipient drops repeats by. */
public record DeliveryId(UUID value) implements Serializable {

    public DeliveryId {
        Objects.requireNonNull(value, "value");
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
