package eu.csar.orders.application;

import eu.csar.orders.domain.DetectionOrder;
import eu.csar.security.api.Caller;
import eu.csar.security.api.Roles;

/**
 * Who may see and act on a detection order: EU Centre staff see every order (the Centre gives its
 * opinion and receives the issued order); the Coordinating and issuing authorities of the order's
 * Member State see it; a provider sees the orders addressed to it once they were sent to it for
 * consultation. For anyone else an order does not exist (404, never 403).
 */
final class DetectionOrderVisibility {

    private DetectionOrderVisibility() {
    }

    static boolean canSee(Caller caller, DetectionOrder order) {
        if (caller.hasRole(Roles.PROVIDER)) {
            return addressee(caller, order);
        }
        if (OrderVisibility.centre(caller)) {
            return true;
        }
        return (caller.hasRole(Roles.ISSUING_AUTHORITY) || caller.hasRole(Roles.COORDINATING_AUTHORITY))
                && caller.memberStates().contains(order.memberState());
    }

    /** Whether the caller is the Coordinating Authority of establishment that drafted the order. */
    static boolean coordinator(Caller caller, DetectionOrder order) {
        return caller.hasRole(Roles.COORDINATING_AUTHORITY) && caller.memberStates().contains(order.memberState());
    }

    /** Whether the caller is the issuing authority of the order's Member State. */
    static boolean issuer(Caller caller, DetectionOrder order) {
        return caller.hasRole(Roles.ISSUING_AUTHORITY) && caller.memberStates().contains(order.memberState());
    }

    /** Whether the caller is the provider the order is addressed to, and the order has reached it. */
    static boolean addressee(Caller caller, DetectionOrder order) {
        return caller.hasRole(Roles.PROVIDER) && order.consultationSentAt() != null
                && caller.providerId().map(order.providerId()::equals).orElse(false);
    }
}
