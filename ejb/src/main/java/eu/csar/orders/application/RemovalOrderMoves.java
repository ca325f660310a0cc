package eu.csar.orders.application;

import eu.csar.orders.api.RemovalOrderId;
import eu.csar.orders.domain.RemovalOrder;
import eu.csar.orders.domain.RemovalOrderAction;
import eu.csar.orders.domain.RemovalOrderRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.function.Predicate;

/**
 * The one door through which a removal order moves ({@link OrderMoves} for removal orders): load it
 * with its row locked (unknown, or not the caller's: not found, audited as such), apply the move
 * (which writes the history row), and write the audit entry, or the refusal. Used by
 * {@link RemovalOrders} for people and partners and by {@link RemovalOrderClocks} for the deadlines
 * (actor {@code system}).
 */
@ApplicationScoped
public class RemovalOrderMoves {

    static final String PURPOSE = "removal order (Art 14-15)";

    @Inject
    RemovalOrderRepository orders;

    @Inject
    OrderMoves moves;

    /** The order with its row locked, if the caller may see it; otherwise not found (and audited so). */
    public RemovalOrder load(RemovalOrderId id, RemovalOrderAction action, Predicate<RemovalOrder> visible) {
        return moves.visible(orders.findForUpdate(id), visible, action, id, "RemovalOrder", PURPOSE);
    }

    /** Applies {@code step} to a loaded order and records it as {@code action} with {@code detail}. */
    public RemovalOrder move(RemovalOrder order, RemovalOrderAction action, String detail, OrderMoves.Step<RemovalOrder> step) {
        return moves.move(order, order.id(), action, PURPOSE, order::state, orders::flush, detail, step);
    }
}
