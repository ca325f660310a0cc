package eu.csar.web.registry;

import eu.csar.registry.Provider;
import eu.csar.web.portal.FeedbackBean;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * Names the Coordinating Authority competent for a provider (Art 26), as the provider entity derives
 * it: the main establishment's Member State ("NL"), else the legal representative's
 * ("IE (legal representative)"), else every Member State.
 */
@Named("competentAuthority")
@ApplicationScoped
public class CompetentAuthorityBean {

    @Inject
    FeedbackBean feedback;

    public String of(Provider provider) {
        if (provider == null) {
            return "";
        }
        if (provider.mainEstablishment().isPresent()) {
            return provider.mainEstablishment().get().name();
        }
        return provider.legalRepresentative()
                .filter(rep -> rep.memberState() != null)
                .map(rep -> feedback.text("competentAuthority.representative", rep.memberState().name()))
                .orElseGet(() -> feedback.text("competentAuthority.all"));
    }
}
