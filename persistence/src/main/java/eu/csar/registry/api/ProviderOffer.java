package eu.csar.registry.api;

import eu.csar.shared.domain.ProviderId;

import java.io.Serializable;
import java.util.List;

/**
 * A provider as a Coordinating Authority drafting a detection order chooses it (Art 7(1)): its legal
 * name and the names of the services it registered, whose one (or a part of it) the order covers.
 * Served by the registry's published {@code ProviderDirectory} to the orders context.
 */
public record ProviderOffer(ProviderId id, String legalName, List<String> services) implements Serializable {

    public ProviderOffer {
        services = List.copyOf(services);
    }
}
