package eu.csar.indicators.api;

import java.io.Serializable;
import java.util.Objects;
import java.util.UUID;

/** The identity of one access grant to an indicator set (indicators context); opaque, printed as the UUID alone. */
public record GrantId(UUID value) implements Serializable {

    public GrantId {
        Objects.requireNonNull(value, "value");
    }

    public static GrantId random() {
        return new GrantId(UUID.randomUUID());
    }

    /** Parses the UUID text; {@link IllegalArgumentException} if it is not one. */
    public static GrantId of(String text) {
        return new GrantId(UUID.fromString(text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
