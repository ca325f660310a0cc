package eu.csar.web.registry.portal;

import eu.csar.registry.domain.ProviderStatus;
import eu.csar.registry.domain.ServiceType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

import java.util.List;

/** The registry's drop-down choices; their labels are in the bundle as {@code <enum>.<CONSTANT>}. */
@Named("registryChoices")
@ApplicationScoped
public class RegistryChoices {

    public List<ServiceType> getServiceTypes() {
        return List.of(ServiceType.values());
    }

    public List<ProviderStatus> getProviderStatuses() {
        return List.of(ProviderStatus.values());
    }
}
