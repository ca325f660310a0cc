package eu.csar.registry.api;

import eu.csar.shared.domain.ProviderId;

import java.util.Objects;

/**
 * A provider's point of contact or legal representative changed. Fired inside the changing
 * transaction; the competent Coordinating Authority is told asynchronously, through the queue
 * described by {@link RegistryMessages}.
 */
public record ProviderContactChanged(ProviderId providerId, What what) {

    public enum What { CONTACT_POINT, LEGAL_REPRESENTATIVE }

    public ProviderContactChanged {
        Objects.requireNonNull(providerId, "providerId");
        Objects.requireNonNull(what, "what");
    }
}
