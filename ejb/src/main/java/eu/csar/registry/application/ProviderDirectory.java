package eu.csar.registry.application;

import eu.csar.registry.api.ProviderAddressee;
import eu.csar.registry.api.ProviderOffer;
import eu.csar.registry.domain.OfferedService;
import eu.csar.registry.api.ProviderReference;
import eu.csar.registry.api.ProviderWasRegistered;
import eu.csar.registry.domain.ProviderStatus;
import eu.csar.registry.domain.ServiceType;
import eu.csar.registry.domain.Provider;
import eu.csar.registry.domain.ProviderRepository;
import eu.csar.registry.domain.ProviderSearch;
import eu.csar.shared.domain.MemberState;
import eu.csar.security.api.Caller;
import eu.csar.security.api.Roles;
import eu.csar.shared.api.PublishedService;
import eu.csar.shared.domain.ProviderId;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What other contexts' background work may learn of a provider: its name and who is competent for
 * it ({@link ProviderReference}), e.g. to route a notification to the right inboxes. For the
 * platform itself ({@link Roles#SYSTEM}), not for people; it reads no personal data (the legal
 * name of a company and its derived jurisdiction), so it is not audited. An authority's inbox also
 * asks it which of the providers it was told about the authority may still open. Auditors may
 * also learn the legal names of the providers that audit entries name, to read the trail.
 */
@PublishedService
@Stateless
public class ProviderDirectory {

    @Inject
    ProviderRepository providers;

    @Inject
    Caller caller;

    @RolesAllowed(Roles.SYSTEM)
    public Optional<ProviderReference> find(@NotNull ProviderId id) {
        return providers.find(id).map(ProviderViews::reference);
    }

    /**
     * The registrations of the active providers (when each was entered, what it offers): what a
     * sweep started after a provider's registration catches up on, e.g. the first risk assessment's
     * clock of providers registered before the registry told of registrations (Art 3(4)).
     */
    @RolesAllowed(Roles.SYSTEM)
    public List<ProviderWasRegistered> registrations() {
        return providers.publicRegister().stream().map(ProviderViews::registration).toList();
    }

    /**
     * The calling provider's own name and competent Member States, and the service types it offers
     * (the registry's {@code ServiceType} names): what a provider's own filings (its risk assessment,
     * Art 3-6) are checked against. Empty when the caller acts for no provider in the registry.
     */
    @RolesAllowed(Roles.PROVIDER)
    public Optional<ProviderReference> own() {
        return caller.providerId().flatMap(providers::find).map(ProviderViews::reference);
    }

    /**
     * When the calling provider was entered in the registry: the platform's date for when it became
     * subject to the Regulation, from which its first risk assessment is due (Art 3(4)). Empty when the
     * caller acts for no provider.
     */
    @RolesAllowed(Roles.PROVIDER)
    public Optional<Instant> ownRegisteredAt() {
        return caller.providerId().flatMap(providers::find).map(p -> p.createdAt());
    }

    /** The service types the calling provider offers (see {@link #own()}); empty for none. */
    @RolesAllowed(Roles.PROVIDER)
    public Set<String> ownServiceTypes() {
        return caller.providerId().map(this::typesOf).orElse(Set.of());
    }

    /**
     * The public key (PEM) {@code id} registered to sign its reports (Art 13(1)(a)), if any; what report
     * intake verifies a report's signature with. A public key is not personal data: not audited.
     */
    @RolesAllowed({Roles.PROVIDER, Roles.SYSTEM})
    public Optional<String> signingPublicKey(@NotNull ProviderId id) {
        return providers.signingPublicKey(id); // the column alone, not the entry with its collections
    }

    /**
     * Those of {@code ids} whose entry the caller may open now (the same rule as opening it): e.g.
     * a provider that left an authority's jurisdiction is no longer among them. One query for all of them.
     */
    @RolesAllowed({Roles.COORDINATING_AUTHORITY, Roles.CENTRE_REVIEWER, Roles.CENTRE_ADMIN})
    public Set<ProviderId> openableAmong(@NotNull Set<ProviderId> ids) {
        return providers.findAll(ids).stream().filter(p -> ProviderVisibility.canSee(caller, p))
                .map(Provider::id).collect(Collectors.toSet());
    }

    /**
     * The legal names of the providers among {@code ids} that exist (e.g. the objects of a page of the
     * audit trail, or the provider of a report on the review desk). A company's legal name is not
     * personal data: not audited.
     */
    @RolesAllowed({Roles.SYSTEM, Roles.CENTRE_AUDITOR, Roles.CENTRE_REVIEWER})
    public Map<ProviderId, String> legalNames(@NotNull Set<ProviderId> ids) {
        return Map.copyOf(providers.legalNames(ids));
    }

    /**
     * Where an order to {@code id} goes (Art 23-24), for the issuing authority that addresses it (or
     * the Coordinating Authority of establishment that drafts a detection order for it): the
     * point of contact, or the legal representative of a provider without a main establishment in
     * the Union. The order checks the jurisdiction and the hosting service itself.
     */
    @RolesAllowed({Roles.ISSUING_AUTHORITY, Roles.COORDINATING_AUTHORITY, Roles.SYSTEM})
    public Optional<ProviderAddressee> addressee(@NotNull ProviderId id) {
        return providers.find(id).map(p -> {
            boolean toRepresentative = p.mainEstablishment().isEmpty() && p.legalRepresentative().isPresent();
            return new ProviderAddressee(p.id(), p.legalName(), p.jurisdiction(), p.status() == ProviderStatus.ACTIVE,
                    p.serviceTypes().contains(ServiceType.HOSTING), toRepresentative,
                    toRepresentative ? p.legalRepresentative().get().email() : p.contactPoint().email());
        });
    }

    /**
     * The service types {@code id} offers (the registry's {@code ServiceType} names, e.g.
     * {@code INTERNET_ACCESS}), for the issuing authority that checks an order goes to the right kind
     * of provider (blocking orders: internet access; delisting orders: search engines). Empty for an
     * unknown provider.
     */
    @RolesAllowed({Roles.ISSUING_AUTHORITY, Roles.SYSTEM})
    public Set<String> serviceTypes(@NotNull ProviderId id) {
        return typesOf(id);
    }

    private Set<String> typesOf(ProviderId id) {
        return providers.find(id).map(p -> p.serviceTypes().stream().map(Enum::name).collect(Collectors.toSet()))
                .orElse(Set.of());
    }

    /**
     * The active hosting providers under the jurisdiction of one of {@code memberStates}, legal name
     * by id in name order: whom an issuing authority of those Member States may address a removal
     * order to (Art 14(1)); the order checks it again when issued.
     */
    @RolesAllowed(Roles.ISSUING_AUTHORITY)
    public Map<ProviderId, String> hostingProvidersUnder(@NotNull Set<MemberState> memberStates) {
        return providersUnder(memberStates, ServiceType.HOSTING.name());
    }

    /**
     * The active providers offering {@code serviceType} (a {@code ServiceType} name, e.g.
     * {@code INTERNET_ACCESS}) under the jurisdiction of one of {@code memberStates}, legal name by id
     * in name order: whom an issuing authority may address a blocking or delisting order to.
     */
    @RolesAllowed(Roles.ISSUING_AUTHORITY)
    public Map<ProviderId, String> providersUnder(@NotNull Set<MemberState> memberStates, @NotNull String serviceType) {
        Map<ProviderId, String> found = new LinkedHashMap<>();
        if (memberStates.isEmpty()) {
            return found;
        }
        providers.search(new ProviderSearch(null, ProviderStatus.ACTIVE, ServiceType.valueOf(serviceType), Set.copyOf(memberStates),
                        ProviderSearch.SortKey.LEGAL_NAME, true, 0, 500))
                .forEach(p -> found.put(p.id(), p.legalName()));
        return found;
    }

    /**
     * The active providers under the jurisdiction of one of {@code memberStates}, in name order, with
     * the names of their services: whom the Coordinating Authority of establishment of those Member
     * States may draft a detection order request for, and for which service (Art 7(1)); the draft
     * checks the jurisdiction again.
     */
    @RolesAllowed(Roles.COORDINATING_AUTHORITY)
    public List<ProviderOffer> activeProvidersUnder(@NotNull Set<MemberState> memberStates) {
        if (memberStates.isEmpty()) {
            return List.of();
        }
        return providers.search(new ProviderSearch(null, ProviderStatus.ACTIVE, null, Set.copyOf(memberStates),
                        ProviderSearch.SortKey.LEGAL_NAME, true, 0, 500)).stream()
                .map(p -> new ProviderOffer(p.id(), p.legalName(), p.services().stream().map(OfferedService::name).toList()))
                .toList();
    }
}
