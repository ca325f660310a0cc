package eu.csar.orders.application;

import eu.csar.legal.api.ProfileKey;
import eu.csar.legal.api.ProfileRef;
import eu.csar.legal.application.LegalProfiles;
import eu.csar.orders.api.Addressee;
import eu.csar.orders.domain.OrderTypeNotProvidedException;
import eu.csar.registry.api.ProviderAddressee;
import eu.csar.registry.application.ProviderDirectory;
import eu.csar.shared.domain.MemberState;
import eu.csar.shared.domain.ProviderId;
import eu.csar.shared.domain.RuleViolationException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * What issuing any order to one provider checks first, whatever its kind: the legal profile it will
 * run under provides that kind of order ({@code orders.types}; otherwise
 * {@link OrderTypeNotProvidedException}, naming the profile), and the provider exists, is active,
 * offers the service the order is for, and is under the jurisdiction of the issuing Member State;
 * then where the order goes (point of contact, or legal representative, Art 23-24).
 */
@ApplicationScoped
class OrderAddressing {

    @Inject
    LegalProfiles profiles;

    @Inject
    ProviderDirectory directory;

    /** The profile to pin: {@code requested}, or {@code defaultProfile} when none is named; refused if it lacks {@code orderType}. */
    ProfileRef profile(String requested, String defaultProfile, String orderType, String label) {
        ProfileRef profile = profiles.pin(requested == null || requested.isBlank() ? defaultProfile : requested.trim());
        if (!profiles.list(profile, ProfileKey.ORDERS__TYPES).contains(orderType)) {
            throw new OrderTypeNotProvidedException(profile, label);
        }
        return profile;
    }

    /**
     * The provider an order of {@code memberState} may go to, offering {@code serviceType} (a registry
     * service type name) and under that Member State's jurisdiction ({@code article} names the rule).
     */
    ProviderAddressee addressee(ProviderId provider, MemberState memberState, String serviceType, String serviceLabel,
                                String article) {
        ProviderAddressee to = directory.addressee(provider).orElseThrow(() -> RuleViolationException.invalid(
                "provider", "No provider " + provider + " in the registry"));
        if (!to.active() || !directory.serviceTypes(provider).contains(serviceType)) {
            throw RuleViolationException.invalid("provider",
                    to.legalName() + " is not an active provider of " + serviceLabel);
        }
        if (!to.jurisdiction().memberStates().contains(memberState)) {
            throw RuleViolationException.invalid("provider",
                    to.legalName() + " is not under the jurisdiction of " + memberState + " (" + article + ")");
        }
        return to;
    }

    static Addressee addressedTo(ProviderAddressee to) {
        return to.toLegalRepresentative() ? Addressee.LEGAL_REPRESENTATIVE : Addressee.POINT_OF_CONTACT;
    }
}
