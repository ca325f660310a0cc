package eu.csar.orders.application;

import eu.csar.orders.domain.AddressedOrder;
import eu.csar.security.api.Caller;
import eu.csar.security.api.Roles;
import eu.csar.shared.domain.MemberState;
import eu.csar.shared.domain.ProviderId;
import eu.csar.shared.domain.RuleViolationException;

import java.util.EnumSet;
import java.util.Set;

/**
 * Who may see and act on an order issued to one provider (removal, blocking, delisting; DOMAIN.md,
 * "who may see what"): EU Centre staff every order (it receives a copy); an issuing or Coordinating
 * Authority the orders of its Member States; a provider only the orders addressed to it. For anyone
 * else an order does not exist (404, never 403). Also which orders a caller's list shows, and which
 * Member State an issuing authority issues for.
 */
final class OrderVisibility {

    private OrderVisibility() {
    }

    /** The orders a list shows the caller: those addressed to {@code provider}, or issued by {@code memberStates}, or all; or none. */
    record ListScope(ProviderId provider, Set<MemberState> memberStates, boolean none) {
    }

    static boolean centre(Caller caller) {
        return caller.hasRole(Roles.CENTRE_ADMIN) || caller.hasRole(Roles.CENTRE_REVIEWER) || caller.hasRole(Roles.CENTRE_AUDITOR);
    }

    static boolean canSee(Caller caller, AddressedOrder order) {
        if (caller.hasRole(Roles.PROVIDER)) {
            return addressee(caller, order);
        }
        if (centre(caller)) {
            return true;
        }
        return (caller.hasRole(Roles.ISSUING_AUTHORITY) || caller.hasRole(Roles.COORDINATING_AUTHORITY))
                && caller.memberStates().contains(order.issuingMemberState());
    }

    /** Whether the caller is the issuing authority of the order's Member State (may act on it). */
    static boolean issuer(Caller caller, AddressedOrder order) {
        return caller.hasRole(Roles.ISSUING_AUTHORITY) && caller.memberStates().contains(order.issuingMemberState());
    }

    /** Whether the caller is the provider the order is addressed to. */
    static boolean addressee(Caller caller, AddressedOrder order) {
        return caller.hasRole(Roles.PROVIDER) && caller.providerId().map(order.providerId()::equals).orElse(false);
    }

    static ListScope listScope(Caller caller) {
        if (caller.hasRole(Roles.PROVIDER)) {
            return new ListScope(caller.providerId().orElseThrow(() -> RuleViolationException.invalid(
                    null, "The token names no provider")), null, false);
        }
        if (centre(caller)) {
            return new ListScope(null, null, false);
        }
        return new ListScope(null, caller.memberStates(), caller.memberStates().isEmpty());
    }

    /** The Member State an issuing authority issues for: the one it names, or its only one. */
    static MemberState issuingMemberState(Caller caller, MemberState requested) {
        return actingMemberState(caller, requested, null);
    }

    /**
     * The Member State the caller acts for in one order: the one it names, which must be one of its
     * own, or, when it names none, the only one of its own among {@code possible} (null: any).
     *
     * @throws RuleViolationException INVALID, field {@code memberState}
     */
    static MemberState actingMemberState(Caller caller, MemberState requested, Set<MemberState> possible) {
        Set<MemberState> mine = caller.memberStates();
        if (requested == null) {
            Set<MemberState> candidates = mine.isEmpty() ? EnumSet.noneOf(MemberState.class) : EnumSet.copyOf(mine);
            if (possible != null) {
                candidates.retainAll(possible);
            }
            if (candidates.size() != 1) {
                throw RuleViolationException.invalid("memberState",
                        "Name the Member State the order is for");
            }
            return candidates.iterator().next();
        }
        if (!mine.contains(requested)) {
            throw RuleViolationException.invalid("memberState",
                    "You do not act for " + requested);
        }
        return requested;
    }
}
