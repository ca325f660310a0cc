package eu.csar.registry.application;

import eu.csar.registry.api.ProviderReference;
import eu.csar.registry.domain.ProviderRepository;
import eu.csar.security.api.Roles;
import eu.csar.shared.api.PublishedService;
import eu.csar.shared.domain.ProviderId;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;

import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What other contexts' background work may learn of a provider: its name and who is competent for
 * it ({@link ProviderReference}), e.g. to route a notification to the right inboxes. For the
 * platform itself ({@link Roles#SYSTEM}), not for people; it reads no personal data (the legal
 * name of a company and its derived jurisdiction), so it is not audited. Auditors may also learn
 * the legal names of the providers that audit entries name, to read the trail.
 */
@PublishedService
@Stateless
public class ProviderDirectory {

    @Inject
    ProviderRepository providers;

    @RolesAllowed(Roles.SYSTEM)
    public Optional<ProviderReference> find(@NotNull ProviderId id) {
        return providers.find(id).map(ProviderViews::reference);
    }

    /** The legal names of the providers among {@code ids} that exist (e.g. the objects of a page of the audit trail). */
    @RolesAllowed({Roles.SYSTEM, Roles.CENTRE_AUDITOR})
    public Map<ProviderId, String> legalNames(@NotNull Set<ProviderId> ids) {
        return Map.copyOf(providers.legalNames(ids));
    }
}
