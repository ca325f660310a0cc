package eu.csar.registry;

import java.util.List;

/** One page of a provider search and the total number of matches. */
public record ProviderPage(List<Provider> providers, long total) {
}
