package eu.csar.registry.api;

import eu.csar.shared.domain.ProviderId;

import java.io.Serializable;

/**
 * What another context may know of a provider without reading its entry: its id, its legal name
 * and who is competent for it. Served by the registry's published {@code ProviderDirectory}.
 */
public record ProviderReference(ProviderId id, String legalName, Jurisdiction jurisdiction) implements Serializable {
}
