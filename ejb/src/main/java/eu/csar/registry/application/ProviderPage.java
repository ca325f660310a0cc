package eu.csar.registry.application;

import java.io.Serializable;
import java.util.List;

/** One page of a provider search and the total number of matches. */
public record ProviderPage(List<ProviderListItem> items, long total) implements Serializable {
}
