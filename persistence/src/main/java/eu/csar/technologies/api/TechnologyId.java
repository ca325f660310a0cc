package eu.csar.technologies.api;

import java.io.Serializable;
import java.util.Objects;
import java.util.UUID;

/** The identity of one entry of the technology register (Art 50); opaque, printed as the UUID alone. Users see its reference. */
public record TechnologyId(UUID value) implements Serializable {

    public TechnologyId {
        Objects.requireNonNull(value, "value");
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
