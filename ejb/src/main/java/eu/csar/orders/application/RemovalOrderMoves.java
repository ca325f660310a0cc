package eu.csar.orders.application;

import eu.csar.audit.api.AuditOutcome;
import eu.csar.audit.application.AuditRecorder;
import eu.csar.orders.api.RemovalOrderId;
import eu.csar.orders.domain.RemovalOrder;
import eu.csar.orders.domain.RemovalOrderAction;
import eu.csar.orders.domain.RemovalOrderRepository;
import eu.csar.shared.domain.RuleViolationException;
import eu.csar.shared.domain.UnknownObjectException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Clock;
import java.time.Instant;
import java.util.function.Predicate;

/**
 * The one door through which a removal order moves, in the caller's transaction: load it with its
 * row locked (unknown, or not the caller's: not found, audited as such), apply the move (which
 * writes the history row), and write the audit entry, or the refusal in a transaction of its own
 * when the workflow or a rule refuses it. Used by {@link RemovalOrders} for people and partners and
 * by {@link RemovalOrderClocks} for the deadlines (actor {@code system}).
 */
@ApplicationScoped
public class RemovalOrderMoves {

    static final String PURPOSE = "removal order (Art 14-15)";

    @Inject
    RemovalOrderRepository orders;

    @Inject
    AuditRecorder audit;

    @Inject
    Clock clock;

    /** A step of a move: the order, the actor, and now by the platform clock. */
    @FunctionalInterface
    public interface Step {
        void apply(RemovalOrder order, String actor, Instant now);
    }

    /** The order with its row locked, if the caller may see it; otherwise not found (and audited so). */
    public RemovalOrder load(RemovalOrderId id, RemovalOrderAction action, Predicate<RemovalOrder> visible) {
        return orders.findForUpdate(id).filter(visible).orElseThrow(() -> {
            audit.refusal(action, id, PURPOSE, AuditOutcome.NOT_FOUND);
            return new UnknownObjectException("RemovalOrder", id);
        });
    }

    /** Applies {@code step} to a loaded order and records it as {@code action} with {@code detail}. */
    public RemovalOrder move(RemovalOrder order, RemovalOrderAction action, String detail, Step step) {
        try {
            step.apply(order, audit.actorName(), clock.instant());
        } catch (RuleViolationException refused) {
            audit.refusal(action, order.id(), PURPOSE + "; " + refused.getMessage(), AuditOutcome.REFUSED);
            throw refused;
        }
        orders.flush();
        audit.success(action, order.id(), detail == null ? PURPOSE + "; " + order.state() : PURPOSE + "; " + order.state() + "; " + detail);
        return order;
    }
}
