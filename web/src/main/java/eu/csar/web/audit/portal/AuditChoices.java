package eu.csar.web.audit.portal;

import eu.csar.audit.api.AuditOutcome;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

import java.util.List;

/** The audit screen's drop-down choices; their labels are in the bundle as {@code auditOutcome.<CONSTANT>}. */
@Named("auditChoices")
@ApplicationScoped
public class AuditChoices {

    public List<AuditOutcome> getOutcomes() {
        return List.of(AuditOutcome.values());
    }
}
