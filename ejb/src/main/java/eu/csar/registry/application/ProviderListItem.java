package eu.csar.registry.application;

import eu.csar.registry.api.Jurisdiction;
import eu.csar.registry.domain.ProviderStatus;
import eu.csar.registry.domain.ServiceType;
import eu.csar.shared.domain.ProviderId;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/** One row of the provider list: what the list shows, detached and serializable. */
public record ProviderListItem(ProviderId id, String legalName, List<ServiceType> serviceTypes, ProviderStatus status,
                               Jurisdiction jurisdiction, Instant updatedAt) implements Serializable {
}
