package eu.csar.orders.application;

import eu.csar.orders.domain.RemovalOrder;
import eu.csar.security.api.Caller;
import eu.csar.security.api.Roles;

/**
 * Who may see a removal order (DOMAIN.md, "who may see what"): EU Centre staff every order (it
 * receives a copy); an issuing or Coordinating Authority the orders of its Member States; a provider
 * only the orders addressed to it. For anyone else an order does not exist (404, never 403).
 */
final class RemovalOrderVisibility {

    private RemovalOrderVisibility() {
    }

    static boolean centre(Caller caller) {
        return OrderTenancy.centre(caller);
    }

    static boolean canSee(Caller caller, RemovalOrder order) {
        if (caller.hasRole(Roles.PROVIDER)) {
            return caller.providerId().map(order.providerId()::equals).orElse(false);
        }
        if (centre(caller)) {
            return true;
        }
        return (caller.hasRole(Roles.ISSUING_AUTHORITY) || caller.hasRole(Roles.COORDINATING_AUTHORITY))
                && caller.memberStates().contains(order.issuingMemberState());
    }

    /** Whether the caller is the issuing authority of the order's Member State (may act on it). */
    static boolean issuer(Caller caller, RemovalOrder order) {
        return caller.hasRole(Roles.ISSUING_AUTHORITY) && caller.memberStates().contains(order.issuingMemberState());
    }

    /** Whether the caller is the provider the order is addressed to. */
    static boolean addressee(Caller caller, RemovalOrder order) {
        return caller.hasRole(Roles.PROVIDER) && caller.providerId().map(order.providerId()::equals).orElse(false);
    }
}
