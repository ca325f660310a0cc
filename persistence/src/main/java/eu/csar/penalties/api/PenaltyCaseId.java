package eu.csar.penalties.api;

import java.io.Serializable;
import java.util.Objects;
import java.util.UUID;

/** The identity of one penalty case file (Art 35); opaque, printed as the UUID alone. Users see its case number. */
public record PenaltyCaseId(UUID value) implements Serializable {

    public PenaltyCaseId {
        Objects.requireNonNull(value, "value");
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
