package eu.csar.registry;

import eu.csar.audit.AuditOutcome;
import eu.csar.audit.AuditRecorder;
import eu.csar.registry.api.ProviderContactChanged;
import eu.csar.security.api.Caller;
import eu.csar.security.api.Roles;
import eu.csar.security.api.RuleViolationException;
import eu.csar.security.api.UnknownObjectException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import java.time.Clock;
import java.util.function.Predicate;

/**
 * What a provider does with its own registry entry over the partner APIs: read it, and keep its
 * point of contact (Art 23) and legal representative (Art 24) current. The provider is always the
 * one in the caller's token; a change tells the competent Coordinating Authority.
 */
@Stateless
@RolesAllowed(Roles.PROVIDER)
public class ProviderSelfService {

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

    @RolesAllowed(Roles.PROVIDER)
    public Provider ownEntry() {
        Provider provider = own("PROVIDER_READ");
        audit.success("PROVIDER_READ", ProviderRegistry.OBJECT_TYPE, provider.id(), "own registry entry");
        return provider;
    }

    @RolesAllowed(Roles.PROVIDER)
    public Provider changeContactPoint(@NotNull @Valid ContactPoint contactPoint) {
        return change("PROVIDER_CONTACT_POINT_CHANGED", ProviderContactChanged.What.CONTACT_POINT,
                provider -> provider.changeContactPoint(contactPoint, clock.instant()));
    }

    @RolesAllowed(Roles.PROVIDER)
    public Provider appointLegalRepresentative(@NotNull @Valid LegalRepresentative representative) {
        return change("PROVIDER_LEGAL_REPRESENTATIVE_CHANGED", ProviderContactChanged.What.LEGAL_REPRESENTATIVE,
                provider -> provider.appointLegalRepresentative(representative, clock.instant()));
    }

    /** Applies a change to the caller's own active entry; a real change is audited and told to the competent authority. */
    private Provider change(String action, ProviderContactChanged.What what, Predicate<Provider> changed) {
        Provider provider = ownActive(action);
        if (changed.test(provider)) {
            audit.success(action, ProviderRegistry.OBJECT_TYPE, provider.id(), "own registry entry");
            contactChanged.fire(new ProviderContactChanged(provider.id(), what));
        }
        return provider;
    }

    private Provider ownActive(String action) {
        Provider provider = own(action);
        if (provider.status() != ProviderStatus.ACTIVE) {
            audit.refusal(action, ProviderRegistry.OBJECT_TYPE, provider.id(), "own registry entry", AuditOutcome.REFUSED);
            throw new RuleViolationException(RuleViolationException.Code.NOT_PERMITTED_IN_STATE, null,
                    "The provider is suspended; contact the EU Centre");
        }
        return provider;
    }

    /** A provider client whose provider_id is missing or unknown has no entry to work on. */
    private Provider own(String action) {
        return caller.providerId()
                .flatMap(providers::find)
                .orElseThrow(() -> {
                    audit.refusal(action, ProviderRegistry.OBJECT_TYPE, caller.providerId().orElse(null),
                            "own registry entry", AuditOutcome.NOT_FOUND);
                    return new UnknownObjectException(ProviderRegistry.OBJECT_TYPE, caller.providerId().map(Object::toString).orElse("(none)"));
                });
    }
}
