package eu.csar.orders.application;

import eu.csar.orders.api.UrlListOrderId;
import eu.csar.orders.api.UrlListOrderType;
import eu.csar.orders.domain.UrlListOrder;
import eu.csar.orders.domain.UrlListOrderAction;
import eu.csar.orders.domain.UrlListOrderRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.function.Predicate;

/**
 * The one door through which a blocking or delisting order moves ({@link OrderMoves} for these
 * kinds): load it with its row locked (unknown, of the other kind, or not the caller's: not found,
 * audited as such), apply the move (which writes the history row), and write the audit entry, or the
 * refusal. Used by {@link UrlListOrders} and {@link UrlListOrderClocks}.
 */
@ApplicationScoped
public class UrlListOrderMoves {

    @Inject
    UrlListOrderRepository orders;

    @Inject
    OrderMoves moves;

    static String purpose(UrlListOrderType type) {
        return type == UrlListOrderType.BLOCKING ? "blocking order (Art 16-18)" : "delisting order (Council general approach 2025)";
    }

    /** The order with its row locked, if the caller may see it; otherwise not found (and audited so). */
    public UrlListOrder load(UrlListOrderType type, UrlListOrderId id, UrlListOrderAction action, Predicate<UrlListOrder> visible) {
        return moves.visible(orders.findForUpdate(type, id), visible, action, id, type.objectType(), purpose(type));
    }

    /** Applies {@code step} to a loaded order and records it as {@code action} with {@code detail}. */
    public UrlListOrder move(UrlListOrder order, UrlListOrderAction action, String detail, OrderMoves.Step<UrlListOrder> step) {
        return moves.move(order, order.id(), action, purpose(order.type()), order::state, orders::flush, detail, step);
    }
}
