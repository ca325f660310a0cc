package eu.csar.knowledge.api;

import java.io.Serializable;
import java.util.Objects;
import java.util.UUID;

/** The identity of one document shared in the prevention experts' network; opaque, printed as the UUID alone. */
public record NetworkDocumentId(UUID value) implements Serializable {

    public NetworkDocumentId {
        Objects.requireNonNull(value, "value");
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
