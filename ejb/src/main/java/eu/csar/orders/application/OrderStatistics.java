package eu.csar.orders.application;

import eu.csar.audit.application.AuditRecorder;
import eu.csar.orders.api.OrderCount;
import eu.csar.orders.api.OrderKind;
import eu.csar.orders.domain.OrderOverviewAction;
import eu.csar.orders.domain.OrderOverviewRepository;
import eu.csar.security.api.Roles;
import eu.csar.shared.domain.MemberState;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import java.io.Serializable;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The EU Centre's statistics of all the orders it received copies of (issue 10 §6): how many orders
 * of each kind, issued for each Member State, stand in each state, counted by PostgreSQL, with the
 * totals per kind and per Member State. EU Centre staff only; the read is audited.
 */
@Stateless
public class OrderStatistics {

    static final String PURPOSE = "order statistics (issue 10 §6)";

    @Inject
    OrderOverviewRepository overview;

    @Inject
    AuditRecorder audit;

    /** The counts and their totals. */
    public record Figures(List<OrderCount> rows, Map<OrderKind, Long> perKind, Map<MemberState, Long> perMemberState,
                          long total) implements Serializable {

        /** The rows by kind, Member State and state, with their totals (kinds and Member States in enum order). */
        static Figures of(List<OrderCount> counts) {
            List<OrderCount> rows = counts.stream().sorted(Comparator.comparing(OrderCount::kind)
                    .thenComparing(OrderCount::memberState).thenComparing(OrderCount::state)).toList();
            Map<OrderKind, Long> perKind = new EnumMap<>(OrderKind.class);
            Map<MemberState, Long> perMemberState = new EnumMap<>(MemberState.class);
            long total = 0;
            for (OrderCount c : rows) {
                perKind.merge(c.kind(), c.count(), Long::sum);
                perMemberState.merge(c.memberState(), c.count(), Long::sum);
                total += c.count();
            }
            return new Figures(rows, perKind, perMemberState, total);
        }
    }

    @RolesAllowed({Roles.CENTRE_ADMIN, Roles.CENTRE_REVIEWER})
    public Figures figures() {
        Figures figures = Figures.of(overview.counts());
        audit.success(OrderOverviewAction.ORDER_STATISTICS_READ, null, PURPOSE + "; " + figures.total() + " orders in "
                + figures.rows().size() + " groups");
        return figures;
    }
}
