package eu.csar.registry.application;

import eu.csar.registry.api.Jurisdiction;
import eu.csar.registry.domain.ContactPoint;
import eu.csar.registry.domain.LegalRepresentative;
import eu.csar.registry.domain.OfferedService;
import eu.csar.registry.domain.ProviderEvent;
import eu.csar.registry.domain.ProviderStatus;
import eu.csar.registry.domain.ServiceType;
import eu.csar.shared.domain.MemberState;
import eu.csar.shared.domain.ProviderId;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * A provider's whole registry entry as the services hand it out: a detached, serializable copy
 * taken inside the reading transaction, so that pages and APIs never hold a managed entity. Besides
 * the entered data it carries what the registry derives: the competent {@link Jurisdiction}, the
 * events the status workflow allows next, and the status history. {@code mainEstablishment},
 * {@code legalRepresentative}, {@code statusReason} and {@code signingPublicKey} may be null.
 */
public record ProviderEntry(ProviderId id, long version, String legalName, List<ServiceType> serviceTypes,
                            List<OfferedService> services, MemberState mainEstablishment,
                            LegalRepresentative legalRepresentative, ContactPoint contactPoint,
                            ProviderStatus status, String statusReason, String signingPublicKey,
                            Instant createdAt, Instant updatedAt, Jurisdiction jurisdiction,
                            Set<ProviderEvent> possibleEvents, List<StatusChangeView> statusHistory)
        implements Serializable {

    /** One row of the status history: from (null for the registration), event, to, when, who and why. */
    public record StatusChangeView(ProviderStatus from, ProviderEvent event, ProviderStatus to, Instant at,
                                   String actor, String reason) implements Serializable {
    }

    public boolean permits(ProviderEvent event) {
        return possibleEvents.contains(event);
    }
}
