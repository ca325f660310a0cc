package eu.csar.registry.application;

import eu.csar.registry.domain.Provider;
import eu.csar.security.api.Caller;
import eu.csar.security.api.Roles;
import eu.csar.shared.domain.MemberState;

import java.util.Set;

/**
 * Who may see which registry entry: EU Centre staff all of them; a Coordinating or issuing
 * authority those under its Member States' jurisdiction (Art 26); a provider only its own.
 */
final class ProviderVisibility {

    private ProviderVisibility() {
    }

    static boolean canSee(Caller caller, Provider provider) {
        if (isCentreStaff(caller)) {
            return true;
        }
        if (isNationalAuthority(caller)) {
            return provider.jurisdiction().includesAnyOf(caller.memberStates());
        }
        return caller.hasRole(Roles.PROVIDER) && caller.providerId().filter(provider.id()::equals).isPresent();
    }

    /** The jurisdiction filter for lists: null (everything) for centre staff, else the caller's Member States. */
    static Set<MemberState> listScope(Caller caller) {
        return isCentreStaff(caller) ? null : caller.memberStates();
    }

    private static boolean isCentreStaff(Caller caller) {
        return caller.hasRole(Roles.CENTRE_ADMIN) || caller.hasRole(Roles.CENTRE_REVIEWER) || caller.hasRole(Roles.CENTRE_AUDITOR);
    }

    private static boolean isNationalAuthority(Caller caller) {
        return caller.hasRole(Roles.COORDINATING_AUTHORITY) || caller.hasRole(Roles.ISSUING_AUTHORITY);
    }
}
