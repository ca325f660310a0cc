package eu.csar.registry;

import eu.csar.audit.AuditOutcome;
import eu.csar.audit.AuditRecorder;
import eu.csar.registry.api.ProviderContactChanged;
import eu.csar.security.api.Caller;
import eu.csar.security.api.Roles;
import eu.csar.security.api.RuleViolationException;
import eu.csar.security.api.UnknownObjectException;
import eu.csar.shared.MemberState;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.Clock;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

/**
 * Keeping the registry: centre admins register, amend, suspend and reinstate providers; every
 * authorised reader finds and opens the entries its tenancy allows. Opening an entry of another
 * tenant answers as if it did not exist, and is recorded as a refused attempt.
 */
@Stateless
public class ProviderRegistry {

    static final String OBJECT_TYPE = "Provider";

    @Inject
    ProviderRepository providers;

    @Inject
    AuditRecorder audit;

    @Inject
    Caller caller;

    @Inject
    Clock clock;

    @Inject
    Event<ProviderContactChanged> contactChanged;

    @RolesAllowed(Roles.CENTRE_ADMIN)
    public UUID register(@NotNull @Valid ProviderProfile profile) {
        requireUniqueName(profile.legalName(), null);
        Provider provider = Provider.register(profile, clock.instant());
        providers.add(provider);
        audit.success("PROVIDER_REGISTERED", OBJECT_TYPE, provider.id(), "registry administration");
        return provider.id();
    }

    @RolesAllowed(Roles.CENTRE_ADMIN)
    public void amend(@NotNull UUID id, long expectedVersion, @NotNull @Valid ProviderProfile profile) {
        Provider provider = load(id, "PROVIDER_AMENDED");
        if (provider.version() != expectedVersion) {
            throw new RuleViolationException(RuleViolationException.Code.STALE_VERSION, null,
                    "The entry was changed by someone else meanwhile; reload it and apply your change again");
        }
        requireUniqueName(profile.legalName(), id);
        boolean contactChangedNow = !profile.contactPoint().equals(provider.contactPoint());
        boolean representativeChangedNow = profile.legalRepresentative() != null
                && !profile.legalRepresentative().equals(provider.legalRepresentative().orElse(null));
        provider.amend(profile, clock.instant());
        audit.success("PROVIDER_AMENDED", OBJECT_TYPE, id, "registry administration");
        if (contactChangedNow) {
            contactChanged.fire(new ProviderContactChanged(id, ProviderContactChanged.What.CONTACT_POINT));
        }
        if (representativeChangedNow) {
            contactChanged.fire(new ProviderContactChanged(id, ProviderContactChanged.What.LEGAL_REPRESENTATIVE));
        }
    }

    @RolesAllowed(Roles.CENTRE_ADMIN)
    public void suspend(@NotNull UUID id, @NotBlank @Size(max = 500) String reason) {
        Provider provider = load(id, "PROVIDER_SUSPENDED");
        provider.suspend(reason, clock.instant());
        audit.success("PROVIDER_SUSPENDED", OBJECT_TYPE, id, "registry administration");
    }

    @RolesAllowed(Roles.CENTRE_ADMIN)
    public void reinstate(@NotNull UUID id) {
        Provider provider = load(id, "PROVIDER_REINSTATED");
        provider.reinstate(clock.instant());
        audit.success("PROVIDER_REINSTATED", OBJECT_TYPE, id, "registry administration");
    }

    @RolesAllowed({Roles.CENTRE_ADMIN, Roles.CENTRE_REVIEWER, Roles.CENTRE_AUDITOR,
            Roles.COORDINATING_AUTHORITY, Roles.ISSUING_AUTHORITY})
    public ProviderPage search(@NotNull ProviderSearch search) {
        ProviderSearch scoped = search.withJurisdiction(intersect(search, ProviderVisibility.listScope(caller)));
        return new ProviderPage(providers.search(scoped), providers.count(scoped));
    }

    @RolesAllowed({Roles.CENTRE_ADMIN, Roles.CENTRE_REVIEWER, Roles.CENTRE_AUDITOR,
            Roles.COORDINATING_AUTHORITY, Roles.ISSUING_AUTHORITY, Roles.PROVIDER})
    public Provider open(@NotNull UUID id) {
        Provider provider = load(id, "PROVIDER_READ");
        audit.success("PROVIDER_READ", OBJECT_TYPE, id, purposeOfReading());
        return provider;
    }

    /** Loads a provider the caller may see; anything else is refused as unknown, and recorded. */
    Provider load(UUID id, String action) {
        return providers.find(id)
                .filter(p -> ProviderVisibility.canSee(caller, p))
                .orElseThrow(() -> {
                    audit.refusal(action, OBJECT_TYPE, id, purposeOfReading(), AuditOutcome.NOT_FOUND);
                    return new UnknownObjectException(OBJECT_TYPE, id);
                });
    }

    private String purposeOfReading() {
        if (caller.hasRole(Roles.PROVIDER)) {
            return "own registry entry";
        }
        return caller.memberStates().isEmpty() ? "registry administration" : "jurisdiction oversight";
    }

    private void requireUniqueName(String legalName, UUID exceptId) {
        if (providers.legalNameTaken(legalName, exceptId)) {
            throw new RuleViolationException(RuleViolationException.Code.DUPLICATE, "legalName",
                    "A provider named '" + legalName.trim() + "' is already registered");
        }
    }

    /** A national authority may narrow the list to some of its Member States, never widen it. */
    private static Set<MemberState> intersect(ProviderSearch search, Set<MemberState> scope) {
        if (scope == null) {
            return search.jurisdiction();
        }
        if (search.jurisdiction() == null) {
            return scope;
        }
        Set<MemberState> both = EnumSet.noneOf(MemberState.class);
        scope.stream().filter(search.jurisdiction()::contains).forEach(both::add);
        return both;
    }
}
