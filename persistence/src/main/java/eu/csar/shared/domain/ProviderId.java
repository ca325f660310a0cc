package eu.csar.shared.domain;

import java.io.Serializable;
import java.util.Objects;
import java.util.UUID;

/**
 * The identity of a provider in the registry. Shared because the provider is a tenant: a provider's
 * machine client acts for exactly one (token claim {@code provider_id}), and every context that keeps
 * provider data separates it by this id. Opaque to partners: printed as the UUID alone.
 */
public record ProviderId(UUID value) implements Serializable {

    public ProviderId {
        Objects.requireNonNull(value, "value");
    }

    public static ProviderId random() {
        return new ProviderId(UUID.randomUUID());
    }

    /** Parses the UUID text; {@link IllegalArgumentException} if it is not one. */
    public static ProviderId of(String text) {
        return new ProviderId(UUID.fromString(text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
