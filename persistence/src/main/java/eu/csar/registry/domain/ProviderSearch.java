package eu.csar.registry.domain;

import eu.csar.shared.domain.MemberState;

import java.util.Set;

/**
 * A page of the provider list: optional filters, one sort key, and the window to return.
 * {@code jurisdiction} null means every provider (EU Centre staff); a Coordinating Authority
 * passes its own Member States.
 */
public record ProviderSearch(String nameContains, ProviderStatus status, ServiceType serviceType,
                             Set<MemberState> jurisdiction, SortKey sortKey, boolean ascending,
                             int first, int pageSize) {

    public enum SortKey { LEGAL_NAME, STATUS, JURISDICTION, UPDATED_AT }

    public ProviderSearch {
        if (first < 0 || pageSize < 1 || pageSize > 500) {
            throw new IllegalArgumentException("page window out of range: first=" + first + " size=" + pageSize);
        }
        sortKey = sortKey == null ? SortKey.LEGAL_NAME : sortKey;
    }

    public ProviderSearch withJurisdiction(Set<MemberState> states) {
        return new ProviderSearch(nameContains, status, serviceType, states, sortKey, ascending, first, pageSize);
    }
}
