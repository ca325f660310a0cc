package eu.csar.legal.api;

import java.io.Serializable;
import java.util.Objects;
import java.util.UUID;

/** The identity of one deadline; opaque, printed as the UUID alone. */
public record DeadlineId(UUID value) implements Serializable {

    public DeadlineId {
        Objects.requireNonNull(value, "value");
    }

    public static DeadlineId random() {
        return new DeadlineId(UUID.randomUUID());
    }

    /** Parses the UUID text; {@link IllegalArgumentException} if it is not one. */
    public static DeadlineId of(String text) {
        return new DeadlineId(UUID.fromString(text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
