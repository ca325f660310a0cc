package eu.csar.vault.api;

import java.io.Serializable;
import java.util.Objects;
import java.util.UUID;

/** The identity of one item in the evidence vault; opaque, printed as the UUID alone. Reports keep it with the digest. */
public record VaultItemId(UUID value) implements Serializable {

    public VaultItemId {
        Objects.requireNonNull(value, "value");
    }

    public static VaultItemId random() {
        return new VaultItemId(UUID.randomUUID());
    }

    /** Parses the UUID text; {@link IllegalArgumentException} if it is not one. */
    public static VaultItemId of(String text) {
        return new VaultItemId(UUID.fromString(text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
