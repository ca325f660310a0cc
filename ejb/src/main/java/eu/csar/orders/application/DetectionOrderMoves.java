package eu.csar.orders.application;

import eu.csar.audit.api.AuditOutcome;
import eu.csar.audit.application.AuditRecorder;
import eu.csar.orders.api.DetectionOrderId;
import eu.csar.orders.domain.DetectionOrder;
import eu.csar.orders.domain.DetectionOrderAction;
import eu.csar.orders.domain.DetectionOrderRepository;
import eu.csar.shared.domain.RuleViolationException;
import eu.csar.shared.domain.UnknownObjectException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Clock;
import java.time.Instant;
import java.util.function.Predicate;

/**
 * The one door through which a detection order moves, in the caller's transaction: load it with its
 * row locked (unknown, or not the caller's: not found, audited as such), apply the move (which writes
 * the history row), and write the audit entry, or the refusal in a transaction of its own when the
 * workflow or a rule refuses it. Used by {@link DetectionOrders} and {@link DetectionOrderDecisions}
 * for people and partners, and by {@link DetectionOrderClocks} for the deadlines (actor {@code system}).
 */
@ApplicationScoped
public class DetectionOrderMoves {

    static final String PURPOSE = "detection order (Art 7-11)";

    @Inject
    DetectionOrderRepository orders;

    @Inject
    AuditRecorder audit;

    @Inject
    Clock clock;

    /** A step of a move: the order, the actor, and now by the platform clock. */
    @FunctionalInterface
    public interface Step {
        void apply(DetectionOrder order, String actor, Instant now);
    }

    /** The order with its row locked, if the caller may see it and act on it; otherwise not found (and audited so). */
    public DetectionOrder load(DetectionOrderId id, DetectionOrderAction action, Predicate<DetectionOrder> mayAct) {
        return orders.findForUpdate(id).filter(mayAct).orElseThrow(() -> {
            audit.refusal(action, id, PURPOSE, AuditOutcome.NOT_FOUND);
            return new UnknownObjectException("DetectionOrder", id);
        });
    }

    /** Applies {@code step} to a loaded order and records it as {@code action} with {@code detail}. */
    public DetectionOrder move(DetectionOrder order, DetectionOrderAction action, String detail, Step step) {
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
