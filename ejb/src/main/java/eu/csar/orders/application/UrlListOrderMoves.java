package eu.csar.orders.application;

import eu.csar.audit.api.AuditOutcome;
import eu.csar.audit.application.AuditRecorder;
import eu.csar.orders.api.UrlListOrderId;
import eu.csar.orders.api.UrlListOrderType;
import eu.csar.orders.domain.UrlListOrder;
import eu.csar.orders.domain.UrlListOrderAction;
import eu.csar.orders.domain.UrlListOrderRepository;
import eu.csar.shared.domain.RuleViolationException;
import eu.csar.shared.domain.UnknownObjectException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Clock;
import java.time.Instant;
import java.util.function.Predicate;

/**
 * The one door through which a blocking or delisting order moves, in the caller's transaction: load
 * it with its row locked (unknown, of the other kind, or not the caller's: not found, audited as
 * such), apply the move (which writes the history row), and write the audit entry, or the refusal
 * when the workflow or a rule refuses it. Used by {@link UrlListOrders} and {@link UrlListOrderClocks}.
 */
@ApplicationScoped
public class UrlListOrderMoves {

    @Inject
    UrlListOrderRepository orders;

    @Inject
    AuditRecorder audit;

    @Inject
    Clock clock;

    /** A step of a move: the order, the actor, and now by the platform clock. */
    @FunctionalInterface
    public interface Step {
        void apply(UrlListOrder order, String actor, Instant now);
    }

    static String purpose(UrlListOrderType type) {
        return type == UrlListOrderType.BLOCKING ? "blocking order (Art 16-18)" : "delisting order (Council general approach 2025)";
    }

    /** The order with its row locked, if the caller may see it; otherwise not found (and audited so). */
    public UrlListOrder load(UrlListOrderType type, UrlListOrderId id, UrlListOrderAction action, Predicate<UrlListOrder> visible) {
        return orders.findForUpdate(type, id).filter(visible).orElseThrow(() -> {
            audit.refusal(action, id, purpose(type), AuditOutcome.NOT_FOUND);
            return new UnknownObjectException(type.objectType(), id);
        });
    }

    /** Applies {@code step} to a loaded order and records it as {@code action} with {@code detail}. */
    public UrlListOrder move(UrlListOrder order, UrlListOrderAction action, String detail, Step step) {
        String purpose = purpose(order.type());
        try {
            step.apply(order, audit.actorName(), clock.instant());
        } catch (RuleViolationException refused) {
            audit.refusal(action, order.id(), purpose + "; " + refused.getMessage(), AuditOutcome.REFUSED);
            throw refused;
        }
        orders.flush();
        audit.success(action, order.id(), purpose + "; " + order.state() + (detail == null ? "" : "; " + detail));
        return order;
    }
}
