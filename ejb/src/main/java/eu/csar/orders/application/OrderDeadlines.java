package eu.csar.orders.application;

import eu.csar.audit.application.AuditRecorder;
import eu.csar.orders.api.OpenDeadline;
import eu.csar.orders.api.OrderKind;
import eu.csar.orders.domain.OrderOverviewAction;
import eu.csar.orders.domain.OrderOverviewRepository;
import eu.csar.security.api.Caller;
import eu.csar.security.api.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The open deadlines of every order of the caller's Member States (issue 10 §6, the deadline
 * calendar): removal orders' acknowledgement and execution, blocking orders' reassessment and end,
 * detection orders' consultation, appeal window, start and end. Only a Coordinating or issuing
 * authority's own Member States' orders; the read is audited.
 */
@Stateless
public class OrderDeadlines {

    static final String PURPOSE = "deadline calendar (issue 10 §6)";

    @Inject
    OrderOverviewRepository overview;

    @Inject
    AuditRecorder audit;

    @Inject
    Caller caller;

    /** The open deadlines of the orders of {@code kinds} (empty: all kinds), soonest first. */
    @RolesAllowed({Roles.COORDINATING_AUTHORITY, Roles.ISSUING_AUTHORITY})
    public List<OpenDeadline> open(@NotNull Set<OrderKind> kinds) {
        Set<OrderKind> chosen = kinds.isEmpty() ? EnumSet.allOf(OrderKind.class) : EnumSet.copyOf(kinds);
        List<OpenDeadline> found = caller.memberStates().isEmpty() ? List.of()
                : overview.openDeadlines(chosen, caller.memberStates());
        audit.success(OrderOverviewAction.ORDER_DEADLINES_READ, null, PURPOSE + "; " + found.size() + " open deadlines of "
                + chosen + " for " + caller.memberStates());
        return found;
    }
}
