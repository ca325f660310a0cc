package eu.csar.technologies.application;

import eu.csar.audit.api.AuditOutcome;
import eu.csar.audit.application.AuditRecorder;
import eu.csar.security.api.Roles;
import eu.csar.shared.api.PublishedService;
import eu.csar.shared.domain.RuleViolationException;
import eu.csar.shared.domain.UnknownObjectException;
import eu.csar.technologies.api.ApprovedTechnology;
import eu.csar.technologies.api.TechnologyId;
import eu.csar.technologies.api.TechnologyLink;
import eu.csar.technologies.api.TechnologyState;
import eu.csar.technologies.domain.Technology;
import eu.csar.technologies.domain.TechnologyAction;
import eu.csar.technologies.domain.TechnologyRepository;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.util.List;
import java.util.Optional;

/**
 * The approved list of the technology register (Art 50(1)), for everyone who works with detection:
 * providers, Coordinating and issuing authorities, and the Centre's staff read the APPROVED entries
 * with their version and documented error rates, never the Centre's internal notes nor an entry on
 * its way (another entry is not found). For the orders context: {@link #requireApproved} checks that
 * a detection order's technology reference names an APPROVED entry (the reference, optionally followed
 * by a space and a note, e.g. {@code TECH-PDQ-1 (synthetic reference)}), and {@link #named} finds the
 * entry an order names, whatever its state now, for the order's page.
 */
@PublishedService
@Stateless
public class ApprovedTechnologies {

    static final int MAX_LIST = 500;

    @Inject
    TechnologyRepository technologies;

    @Inject
    AuditRecorder audit;

    /** The APPROVED entries, by reference. */
    @RolesAllowed({Roles.PROVIDER, Roles.COORDINATING_AUTHORITY, Roles.ISSUING_AUTHORITY, Roles.CENTRE_ADMIN,
            Roles.CENTRE_REVIEWER, Roles.CENTRE_AUDITOR})
    public List<ApprovedTechnology> approved() {
        return technologies.page(TechnologyState.APPROVED, 0, MAX_LIST).stream().map(Technology::approved).toList();
    }

    /** One APPROVED entry; any other is not found. */
    @RolesAllowed({Roles.PROVIDER, Roles.COORDINATING_AUTHORITY, Roles.ISSUING_AUTHORITY, Roles.CENTRE_ADMIN,
            Roles.CENTRE_REVIEWER, Roles.CENTRE_AUDITOR})
    public ApprovedTechnology approved(@NotNull TechnologyId id) {
        return technologies.find(id).filter(t -> t.state() == TechnologyState.APPROVED).map(Technology::approved)
                .orElseThrow(() -> new UnknownObjectException("Technology", id));
    }

    /**
     * The APPROVED entry that {@code technologyReference} names; otherwise refused as invalid, naming
     * {@code field} (a new detection order may only name a technology on the list).
     */
    @RolesAllowed(Roles.COORDINATING_AUTHORITY)
    public ApprovedTechnology requireApproved(@Size(max = 200) String technologyReference, @NotNull String field) {
        Optional<Technology> entry = entry(technologyReference);
        if (entry.isPresent() && entry.get().state() == TechnologyState.APPROVED) {
            return entry.get().approved();
        }
        String named = referenceIn(technologyReference);
        String why = entry.map(t -> named + " is " + t.state() + " in the technology register, not APPROVED (Art 50(1))")
                .orElse("No technology " + (named.isEmpty() ? "" : named + " ") + "in the register: name an APPROVED entry, e.g. "
                        + approvedExample());
        audit.refusal(TechnologyAction.TECHNOLOGY_READ, entry.map(Technology::id).orElse(null),
                TechnologyRegister.PURPOSE + "; a detection order named " + named + ": " + why, AuditOutcome.REFUSED);
        throw RuleViolationException.invalid(field, why);
    }

    /** The entry {@code technologyReference} names, in whatever state, for an order's page. */
    @RolesAllowed({Roles.COORDINATING_AUTHORITY, Roles.ISSUING_AUTHORITY, Roles.CENTRE_ADMIN, Roles.CENTRE_REVIEWER,
            Roles.CENTRE_AUDITOR, Roles.PROVIDER})
    public Optional<TechnologyLink> named(@Size(max = 200) String technologyReference) {
        return entry(technologyReference).map(t -> new TechnologyLink(t.id(), t.reference(), t.name(), t.technologyVersion(),
                t.state()));
    }

    /** The register reference in a technology reference: its first word ({@code TECH-PDQ-1 (note)} names {@code TECH-PDQ-1}). */
    static String referenceIn(String technologyReference) {
        if (technologyReference == null || technologyReference.isBlank()) {
            return "";
        }
        return technologyReference.strip().split("\\s+", 2)[0];
    }

    private Optional<Technology> entry(String technologyReference) {
        String reference = referenceIn(technologyReference);
        return reference.isEmpty() ? Optional.empty() : technologies.byReference(reference);
    }

    private String approvedExample() {
        return technologies.page(TechnologyState.APPROVED, 0, 1).stream().map(Technology::reference).findFirst().orElse("(none yet)");
    }
}
