package eu.csar.registry.application;

import eu.csar.audit.api.AuditOutcome;
import eu.csar.audit.application.AuditRecorder;
import eu.csar.registry.api.Jurisdiction;
import eu.csar.platform.application.CallerTransaction;
import eu.csar.platform.application.NewTransaction;
import eu.csar.registry.api.ProviderContactChanged;
import eu.csar.registry.domain.ContactPoint;
import eu.csar.registry.domain.LegalRepresentative;
import eu.csar.registry.domain.Provider;
import eu.csar.registry.domain.ProviderRepository;
import eu.csar.registry.domain.ProviderStatus;
import eu.csar.registry.domain.RegistryAction;
import eu.csar.security.api.Caller;
import eu.csar.security.api.Roles;
import eu.csar.shared.domain.ProviderId;
import eu.csar.shared.domain.RuleViolationException;
import eu.csar.shared.domain.UnknownObjectException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import java.time.Clock;
import java.util.Set;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * What a provider does with its own registry entry over the partner APIs: read it, and keep its
 * point of contact (Art 23) and legal representative (Art 24) current. The provider is always the
 * one in the caller's token; a change tells the Coordinating Authorities competent before and after it.
 *
 * <p>A change replaces a value whatever it was before, so it commutes with a concurrent change of the
 * same entry: writers of one entry wait for each other on its row lock, and one that still loses an
 * update (to an admin's amendment) is repeated, in a new transaction on the current row, and
 * the partner sees it succeed (or, after a bounded number of attempts, a 409 to retry later). A
 * write with an {@code Idempotency-Key} runs in the caller's transaction instead, once, so that its
 * kept answer commits with it (docs/idempotency.md).
 */
@Stateless
@RolesAllowed(Roles.PROVIDER)
public class ProviderSelfService {

    private static final String OWN_ENTRY = "own registry entry";

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
    NewTransaction newTransaction;

    @Inject
    CallerTransaction callerTransaction;

    @RolesAllowed(Roles.PROVIDER)
    public ProviderEntry ownEntry() {
        Provider provider = own(RegistryAction.PROVIDER_READ);
        audit.success(RegistryAction.PROVIDER_READ, provider.id(), OWN_ENTRY);
        return ProviderViews.entry(provider);
    }

    @RolesAllowed(Roles.PROVIDER)
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public ProviderEntry changeContactPoint(@NotNull @Valid ContactPoint contactPoint) {
        return retried(() -> change(RegistryAction.PROVIDER_CONTACT_POINT_CHANGED, ProviderContactChanged.Change.CONTACT_POINT,
                provider -> provider.changeContactPoint(contactPoint, clock.instant())));
    }

    @RolesAllowed(Roles.PROVIDER)
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public ProviderEntry appointLegalRepresentative(@NotNull @Valid LegalRepresentative representative) {
        return retried(() -> change(RegistryAction.PROVIDER_LEGAL_REPRESENTATIVE_CHANGED, ProviderContactChanged.Change.LEGAL_REPRESENTATIVE,
                provider -> provider.appointLegalRepresentative(representative, clock.instant())));
    }

    /**
     * Each attempt in a transaction of its own, so that a retry reads the entry as it is now; inside
     * the transaction of an idempotent partner write, once, in that transaction.
     */
    private ProviderEntry retried(Supplier<ProviderEntry> change) {
        return callerTransaction.joinOrRetry(newTransaction, change);
    }

    /** Applies a change to the caller's own active entry; a real change is audited and told to the competent authority. */
    private ProviderEntry change(RegistryAction action, ProviderContactChanged.Change what, Predicate<Provider> changed) {
        Provider provider = ownActive(action);
        Jurisdiction before = provider.jurisdiction();
        if (changed.test(provider)) {
            providers.flush();
            audit.success(action, provider.id(), OWN_ENTRY);
            contactChanged.fire(ProviderContactChanged.of(provider.id(), Set.of(what), before, provider.jurisdiction()));
        }
        return ProviderViews.entry(provider);
    }

    private Provider ownActive(RegistryAction action) {
        Provider provider = own(action, providers::findForUpdate);
        if (provider.status() != ProviderStatus.ACTIVE) {
            audit.refusal(action, provider.id(), OWN_ENTRY, AuditOutcome.REFUSED);
            throw new RuleViolationException(RuleViolationException.Code.NOT_PERMITTED_IN_STATE, null,
                    "The provider is suspended; contact the EU Centre");
        }
        return provider;
    }

    /** A provider client whose provider_id is missing or unknown has no entry to work on. */
    private Provider own(RegistryAction action) {
        return own(action, providers::find);
    }

    private Provider own(RegistryAction action, Function<ProviderId, Optional<Provider>> finder) {
        return caller.providerId()
                .flatMap(finder)
                .orElseThrow(() -> {
                    audit.refusal(action, caller.providerId().orElse(null), OWN_ENTRY, AuditOutcome.NOT_FOUND);
                    return new UnknownObjectException("Provider", caller.providerId().map(Object::toString).orElse("(none)"));
                });
    }
}
