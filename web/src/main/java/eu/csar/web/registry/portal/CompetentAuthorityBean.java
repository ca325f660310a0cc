package eu.csar.web.registry.portal;

import eu.csar.registry.api.Jurisdiction;
import eu.csar.web.platform.portal.FeedbackBean;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * Says in words which Coordinating Authority is competent for a provider, as the registry derived
 * it (Art 26; this bean only formats the {@link Jurisdiction}, it never re-derives it): the main
 * establishment's Member State ("NL"), the legal representative's ("IE (legal representative)"),
 * or every Member State.
 */
@Named("competentAuthority")
@ApplicationScoped
public class CompetentAuthorityBean {

    @Inject
    FeedbackBean feedback;

    public String of(Jurisdiction jurisdiction) {
        if (jurisdiction == null) {
            return "";
        }
        return switch (jurisdiction.basis()) {
            case MAIN_ESTABLISHMENT -> codes(jurisdiction);
            case LEGAL_REPRESENTATIVE -> feedback.text("competentAuthority.representative", codes(jurisdiction));
            case EVERY_MEMBER_STATE -> feedback.text("competentAuthority.all");
        };
    }

    private static String codes(Jurisdiction jurisdiction) {
        return String.join(", ", jurisdiction.memberStates().stream().map(Enum::name).toList());
    }
}
