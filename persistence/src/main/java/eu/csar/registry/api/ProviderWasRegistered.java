package eu.csar.registry.api;

import eu.csar.shared.domain.ProviderId;

import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;
import java.util.Set;

/**
 * A provider was entered in the registry: when (the platform's date for when it became subject to
 * the Regulation) and the service types it offers (the registry's {@code ServiceType} names). Fired
 * inside the registering transaction, so what another context does on it commits or rolls back with
 * the entry; the risk context starts the first risk assessment's clock on it (Art 3(4)). The
 * registry's {@code ProviderDirectory} also lists the registrations of the providers entered before
 * this event existed (seeded by SQL), for a sweep.
 */
public record ProviderWasRegistered(ProviderId providerId, Instant registeredAt, Set<String> serviceTypes)
        implements Serializable {

    public ProviderWasRegistered {
        Objects.requireNonNull(providerId, "providerId");
        Objects.requireNonNull(registeredAt, "registeredAt");
        serviceTypes = Set.copyOf(serviceTypes);
    }
}
