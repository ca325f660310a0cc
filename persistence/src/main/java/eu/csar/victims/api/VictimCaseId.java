package eu.csar.victims.api;

import java.io.Serializable;
import java.util.Objects;
import java.util.UUID;

/** The identity of one victim case (Art 20-21); opaque, printed as the UUID alone. */
public record VictimCaseId(UUID value) implements Serializable {

    public VictimCaseId {
        Objects.requireNonNull(value, "value");
    }

    public static VictimCaseId random() {
        return new VictimCaseId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
