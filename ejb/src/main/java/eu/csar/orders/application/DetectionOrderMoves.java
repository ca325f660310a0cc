package eu.csar.orders.application;

import eu.csar.orders.api.DetectionOrderId;
import eu.csar.orders.domain.DetectionOrder;
import eu.csar.orders.domain.DetectionOrderAction;
import eu.csar.orders.domain.DetectionOrderRepository;
import eu.csar.risk.api.DetectionOrderRef;
import eu.csar.risk.api.DetectionOrderTerms;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.function.Predicate;

/**
 * The one door through which a detection order moves, in the caller's transaction: load it with its
 * row locked (unknown, or not the caller's: not found, audited as such), apply the move (which writes
 * the history row), and write the audit entry, or the refusal in a transaction of its own when the
 * workflow or a rule refuses it. Used by {@link DetectionOrders} and {@link DetectionOrderDecisions}
 * for people and partners, and by {@link DetectionOrderClocks} for the deadlines (actor {@code system}).
 * After every move the risk context learns the order's term (issued and not ended: its end; else none),
 * which brings the provider's next risk assessment forward (Art 3(4), second subparagraph).
 */
@ApplicationScoped
public class DetectionOrderMoves {

    static final String PURPOSE = "detection order (Art 7-11)";

    @Inject
    DetectionOrderRepository orders;

    @Inject
    OrderMoves moves;

    @Inject
    DetectionOrderTerms terms;

    /** The order with its row locked, if the caller may see it and act on it; otherwise not found (and audited so). */
    public DetectionOrder load(DetectionOrderId id, DetectionOrderAction action, Predicate<DetectionOrder> mayAct) {
        return moves.visible(orders.findForUpdate(id), mayAct, action, id, "DetectionOrder", PURPOSE);
    }

    /** Applies {@code step} to a loaded order and records it as {@code action} with {@code detail}. */
    public DetectionOrder move(DetectionOrder order, DetectionOrderAction action, String detail,
                               OrderMoves.Step<DetectionOrder> step) {
        DetectionOrder moved = moves.move(order, order.id(), action, PURPOSE, order::state, orders::flush, detail, step);
        terms.orderTerm(moved.providerId(), new DetectionOrderRef(moved.id().value()), moved.profile(),
                moved.runsUntil().orElse(null));
        return moved;
    }
}
