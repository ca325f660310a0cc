package eu.csar.orders.application;

import eu.csar.security.api.Caller;
import eu.csar.security.api.Roles;
import eu.csar.shared.domain.MemberState;
import eu.csar.shared.domain.RuleViolationException;

import java.util.EnumSet;
import java.util.Set;

/**
 * What every order workflow asks of the caller: the Member State an authority acts for in one case,
 * and whether the caller is EU Centre staff (who see every order, as the Centre receives a copy).
 */
final class OrderTenancy {

    private OrderTenancy() {
    }

    static boolean centre(Caller caller) {
        return caller.hasRole(Roles.CENTRE_ADMIN) || caller.hasRole(Roles.CENTRE_REVIEWER) || caller.hasRole(Roles.CENTRE_AUDITOR);
    }

    /**
     * The Member State the caller acts for: the one it names, which must be one of its own, or, when
     * it names none, the only one of its own among {@code possible} (null: any).
     *
     * @throws RuleViolationException INVALID, field {@code memberState}
     */
    static MemberState memberStateOf(Caller caller, MemberState requested, Set<MemberState> possible) {
        Set<MemberState> mine = caller.memberStates();
        if (requested == null) {
            Set<MemberState> candidates = mine.isEmpty() ? EnumSet.noneOf(MemberState.class) : EnumSet.copyOf(mine);
            if (possible != null) {
                candidates.retainAll(possible);
            }
            if (candidates.size() != 1) {
                throw new RuleViolationException(RuleViolationException.Code.INVALID, "memberState",
                        "Name the Member State the order is for");
            }
            return candidates.iterator().next();
        }
        if (!mine.contains(requested)) {
            throw new RuleViolationException(RuleViolationException.Code.INVALID, "memberState",
                    "You do not act for " + requested);
        }
        return requested;
    }
}
