package eu.csar.registry.application;

import eu.csar.audit.api.AuditOutcome;
import eu.csar.audit.application.AuditRecorder;
import eu.csar.registry.api.Jurisdiction;
import eu.csar.platform.application.CallerTransaction;
import eu.csar.platform.application.NewTransaction;
import eu.csar.registry.api.ProviderContactChanged;
import eu.csar.registry.api.ProviderWasRegistered;
import eu.csar.registry.domain.Provider;
import eu.csar.registry.domain.ProviderEvent;
import eu.csar.registry.domain.ProviderProfile;
import eu.csar.registry.domain.ProviderRepository;
import eu.csar.registry.domain.ProviderSearch;
import eu.csar.registry.domain.RegistryAction;
import eu.csar.security.api.Caller;
import eu.csar.security.api.Roles;
import eu.csar.shared.domain.CleanText;
import eu.csar.shared.domain.MemberState;
import eu.csar.shared.domain.ProviderId;
import eu.csar.shared.domain.RuleViolationException;
import eu.csar.shared.domain.TransactionFailures;
import eu.csar.shared.domain.UnknownObjectException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.Clock;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Keeping the registry: centre admins register, amend, suspend and reinstate providers; every
 * authorised reader finds and opens the entries its tenancy allows. Opening an entry of another
 * tenant answers as if it did not exist, and is recorded as a refused attempt; so is a status
 * change the provider's workflow does not allow. Every read of the list is recorded too, with its
 * filter as the purpose.
 *
 * <p>Concurrency: an amendment names the version it is based on, so losing an update to a concurrent
 * writer is answered as a stale version (409); a status move commutes (the workflow decides again on
 * the current status), so it is repeated in a new transaction when it lost an update.
 */
@Stateless
public class ProviderRegistry {

    private static final String ADMINISTRATION = "registry administration";
    private static final Map<ProviderEvent, RegistryAction> ACTIONS = new EnumMap<>(Map.of(
            ProviderEvent.REGISTER, RegistryAction.PROVIDER_REGISTERED,
            ProviderEvent.SUSPEND, RegistryAction.PROVIDER_SUSPENDED,
            ProviderEvent.REINSTATE, RegistryAction.PROVIDER_REINSTATED));

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

    @Inject
    Event<ProviderWasRegistered> registered;

    @Inject
    NewTransaction newTransaction;

    @Inject
    CallerTransaction callerTransaction;

    @RolesAllowed(Roles.CENTRE_ADMIN)
    public ProviderEntry register(@NotNull @Valid ProviderProfile profile) {
        requireUniqueName(profile.legalName(), null);
        Provider provider = Provider.register(profile, audit.actorName(), clock.instant());
        providers.add(provider);
        flush(profile.legalName());
        audit.success(RegistryAction.PROVIDER_REGISTERED, provider.id(), ADMINISTRATION);
        registered.fire(ProviderViews.registration(provider));
        return ProviderViews.entry(provider);
    }

    /**
     * Replaces the entry with {@code profile}, if nobody changed it since the caller read
     * {@code version}. A changed point of contact, legal representative or main establishment is told
     * to the authorities competent before and after the change, as when the provider changes it itself.
     */
    @RolesAllowed(Roles.CENTRE_ADMIN)
    public ProviderEntry amend(@NotNull ProviderId id, @NotNull Long version, @NotNull @Valid ProviderProfile profile) {
        Provider provider = load(id, RegistryAction.PROVIDER_AMENDED);
        if (provider.version() != version) {
            throw staleVersion();
        }
        requireUniqueName(profile.legalName(), id);
        Set<ProviderContactChanged.Change> changes = ContactChanges.between(provider, profile);
        Jurisdiction before = provider.jurisdiction();
        provider.amend(profile, clock.instant());
        flush(profile.legalName());
        audit.success(RegistryAction.PROVIDER_AMENDED, id, ADMINISTRATION);
        if (!changes.isEmpty()) {
            contactChanged.fire(ProviderContactChanged.of(id, changes, before, provider.jurisdiction()));
        }
        return ProviderViews.entry(provider);
    }

    @RolesAllowed(Roles.CENTRE_ADMIN)
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public ProviderEntry suspend(@NotNull ProviderId id, @NotBlank @Size(max = 500) @CleanText(multiLine = true) String reason) {
        return changeStatus(id, ProviderEvent.SUSPEND, reason);
    }

    @RolesAllowed(Roles.CENTRE_ADMIN)
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public ProviderEntry reinstate(@NotNull ProviderId id) {
        return changeStatus(id, ProviderEvent.REINSTATE, null);
    }

    /** Any event of the provider's status workflow, as a partner system sends it; the workflow decides. */
    @RolesAllowed(Roles.CENTRE_ADMIN)
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public ProviderEntry changeStatus(@NotNull ProviderId id, @NotNull ProviderEvent event, @Size(max = 500) @CleanText(multiLine = true) String reason) {
        return callerTransaction.joinOrRetry(newTransaction, () -> changeStatus(id, ACTIONS.get(event),
                provider -> provider.apply(event, reason, audit.actorName(), clock.instant())));
    }

    @RolesAllowed({Roles.CENTRE_ADMIN, Roles.CENTRE_REVIEWER, Roles.CENTRE_AUDITOR,
            Roles.COORDINATING_AUTHORITY, Roles.ISSUING_AUTHORITY})
    public ProviderPage search(@NotNull ProviderSearch search) {
        ProviderSearch scoped = search.withJurisdiction(intersect(search, ProviderVisibility.listScope(caller)));
        audit.success(RegistryAction.PROVIDER_LIST_READ, null, purposeOfReading() + "; " + ProviderListFilter.describe(scoped));
        return new ProviderPage(providers.search(scoped).stream().map(ProviderViews::listItem).toList(),
                providers.count(scoped));
    }

    @RolesAllowed({Roles.CENTRE_ADMIN, Roles.CENTRE_REVIEWER, Roles.CENTRE_AUDITOR,
            Roles.COORDINATING_AUTHORITY, Roles.ISSUING_AUTHORITY, Roles.PROVIDER})
    public ProviderEntry open(@NotNull ProviderId id) {
        Provider provider = load(id, RegistryAction.PROVIDER_READ);
        audit.success(RegistryAction.PROVIDER_READ, id, purposeOfReading());
        return ProviderViews.entry(provider);
    }

    /** A move of the status workflow: done and audited, or refused by the workflow and audited as refused. */
    private ProviderEntry changeStatus(ProviderId id, RegistryAction action, Consumer<Provider> move) {
        Provider provider = load(id, action);
        try {
            move.accept(provider);
        } catch (RuleViolationException refused) {
            audit.refusal(action, id, ADMINISTRATION, AuditOutcome.REFUSED);
            throw refused;
        }
        providers.flush(); // a lost update propagates, and the caller's retry repeats the move
        audit.success(action, id, ADMINISTRATION);
        return ProviderViews.entry(provider);
    }

    /**
     * Writes the changes now, so that a concurrent writer or a taken legal name shows here, as the
     * rule it breaks, and not as an anonymous rollback at commit.
     */
    private void flush(String legalName) {
        try {
            providers.flush();
        } catch (PersistenceException e) {
            switch (TransactionFailures.classify(e)) {
                case LOST_UPDATE -> throw staleVersion();
                case DUPLICATE -> throw duplicateName(legalName);
                default -> throw e;
            }
        }
    }

    private static RuleViolationException staleVersion() {
        return new RuleViolationException(RuleViolationException.Code.STALE_VERSION, null,
                "The entry was changed by someone else meanwhile; reload it and apply your change again");
    }

    private static RuleViolationException duplicateName(String legalName) {
        return new RuleViolationException(RuleViolationException.Code.DUPLICATE, "legalName",
                "A provider named '" + legalName.trim() + "' is already registered");
    }

    /** Loads a provider the caller may see; anything else is refused as unknown, and recorded. */
    private Provider load(ProviderId id, RegistryAction action) {
        return providers.find(id)
                .filter(p -> ProviderVisibility.canSee(caller, p))
                .orElseThrow(() -> {
                    audit.refusal(action, id, purposeOfReading(), AuditOutcome.NOT_FOUND);
                    return new UnknownObjectException("Provider", id);
                });
    }

    private String purposeOfReading() {
        if (caller.hasRole(Roles.PROVIDER)) {
            return "own registry entry";
        }
        return caller.memberStates().isEmpty() ? ADMINISTRATION : "jurisdiction oversight";
    }

    private void requireUniqueName(String legalName, ProviderId except) {
        if (providers.legalNameTaken(legalName, except)) {
            throw duplicateName(legalName);
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
