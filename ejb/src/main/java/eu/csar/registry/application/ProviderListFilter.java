package eu.csar.registry.application;

import eu.csar.registry.domain.ProviderSearch;

import java.util.stream.Collectors;

/**
 * The filter of a provider-list read as the audit trail records it: which filters were used and
 * which page, never the typed name (free text the caller chose, possibly a person's name).
 */
final class ProviderListFilter {

    private ProviderListFilter() {
    }

    static String describe(ProviderSearch search) {
        return "filter status=" + orAny(search.status()) + " serviceType=" + orAny(search.serviceType())
                + " jurisdiction=" + (search.jurisdiction() == null ? "any"
                : search.jurisdiction().stream().map(Enum::name).sorted().collect(Collectors.joining(",")))
                + " name=" + (search.nameContains() == null || search.nameContains().isBlank() ? "any" : "given")
                + " rows=" + search.first() + "+" + search.pageSize();
    }

    private static String orAny(Enum<?> value) {
        return value == null ? "any" : value.name();
    }
}
