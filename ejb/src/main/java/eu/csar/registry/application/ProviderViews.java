package eu.csar.registry.application;

import eu.csar.registry.api.ProviderReference;
import eu.csar.registry.api.ProviderWasRegistered;
import eu.csar.registry.domain.Provider;
import eu.csar.registry.domain.ProviderStatusChange;

import java.util.List;

/** Copies a managed {@link Provider} into the views the services return, inside the reading transaction. */
final class ProviderViews {

    private ProviderViews() {
    }

    static ProviderEntry entry(Provider p) {
        List<ProviderEntry.StatusChangeView> history = p.statusHistory().stream().map(ProviderViews::change).toList();
        return new ProviderEntry(p.id(), p.version(), p.legalName(), p.serviceTypes().stream().sorted().toList(),
                p.services(), p.mainEstablishment().orElse(null), p.legalRepresentative().orElse(null), p.contactPoint(),
                p.status(), p.statusReason().orElse(null), p.signingPublicKey().orElse(null), p.createdAt(), p.updatedAt(),
                p.jurisdiction(), p.possibleEvents(), history);
    }

    static ProviderListItem listItem(Provider p) {
        return new ProviderListItem(p.id(), p.legalName(), p.serviceTypes().stream().sorted().toList(), p.status(),
                p.jurisdiction(), p.updatedAt());
    }

    static ProviderReference reference(Provider p) {
        return new ProviderReference(p.id(), p.legalName(), p.jurisdiction());
    }

    static ProviderWasRegistered registration(Provider p) {
        return new ProviderWasRegistered(p.id(), p.createdAt(),
                p.serviceTypes().stream().map(Enum::name).collect(java.util.stream.Collectors.toSet()));
    }

    private static ProviderEntry.StatusChangeView change(ProviderStatusChange c) {
        return new ProviderEntry.StatusChangeView(c.fromStatus().orElse(null), c.event(), c.toStatus(), c.occurredAt(),
                c.actor(), c.reason());
    }
}
