package eu.csar.indicators.application;

import eu.csar.security.api.Caller;
import eu.csar.security.api.Roles;
import eu.csar.shared.domain.MemberState;

import java.util.Set;

/**
 * Who sees which indicator and submission: EU Centre staff all of them; a Coordinating Authority
 * those of its own Member States' submissions (and the indicators they link).
 */
final class IndicatorVisibility {

    private IndicatorVisibility() {
    }

    static boolean isCentreStaff(Caller caller) {
        return caller.hasRole(Roles.CENTRE_ADMIN) || caller.hasRole(Roles.CENTRE_REVIEWER)
                || caller.hasRole(Roles.CENTRE_AUDITOR) || caller.hasRole(Roles.SYSTEM);
    }

    /** Null (everything) for centre staff, else the caller's Member States. */
    static Set<MemberState> scope(Caller caller) {
        return isCentreStaff(caller) ? null : caller.memberStates();
    }

    static String purpose(Caller caller) {
        return isCentreStaff(caller) ? "indicator database" : "own submissions";
    }
}
