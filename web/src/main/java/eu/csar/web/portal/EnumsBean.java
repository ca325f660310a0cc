package eu.csar.web.portal;

import eu.csar.audit.AuditOutcome;
import eu.csar.registry.ProviderStatus;
import eu.csar.registry.ServiceType;
import eu.csar.shared.MemberState;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

import java.util.List;

/** The choices of the portal's drop-downs; their labels are in the bundle as {@code <enum>.<CONSTANT>}. */
@Named("enums")
@ApplicationScoped
public class EnumsBean {

    public List<ServiceType> getServiceTypes() {
        return List.of(ServiceType.values());
    }

    public List<ProviderStatus> getProviderStatuses() {
        return List.of(ProviderStatus.values());
    }

    public List<MemberState> getMemberStates() {
        return List.of(MemberState.values());
    }

    public List<AuditOutcome> getAuditOutcomes() {
        return List.of(AuditOutcome.values());
    }
}
