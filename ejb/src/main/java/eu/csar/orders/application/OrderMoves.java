package eu.csar.orders.application;

import eu.csar.audit.api.AuditAction;
import eu.csar.audit.api.AuditOutcome;
import eu.csar.audit.application.AuditRecorder;
import eu.csar.shared.domain.RuleViolationException;
import eu.csar.shared.domain.UnknownObjectException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * How any order moves, whatever its kind, in the caller's transaction: an order the caller may not
 * see is not found (audited as such); a move is applied by the aggregate (which writes its history
 * row) with the actor and the platform clock's now, then flushed and audited, or audited as refused
 * when the workflow or a rule refuses it. The typed doors of each kind ({@link RemovalOrderMoves},
 * {@link UrlListOrderMoves}) load their orders and call this.
 */
@ApplicationScoped
public class OrderMoves {

    @Inject
    AuditRecorder audit;

    @Inject
    Clock clock;

    /** A step of a move: the order, the actor, and now by the platform clock. */
    @FunctionalInterface
    public interface Step<O> {
        void apply(O order, String actor, Instant now);
    }

    /** The order found, if the caller may see it; otherwise not found (and audited so). */
    <O> O visible(Optional<O> found, Predicate<O> visible, AuditAction action, Object id, String objectType, String purpose) {
        return found.filter(visible).orElseThrow(() -> {
            audit.refusal(action, id, purpose, AuditOutcome.NOT_FOUND);
            return new UnknownObjectException(objectType, id);
        });
    }

    /**
     * Applies {@code step} to {@code order}, flushes, and records it as {@code action}: the purpose,
     * the state after the move and {@code detail}.
     */
    <O> O move(O order, Object id, AuditAction action, String purpose, Supplier<Object> state, Runnable flush, String detail,
               Step<O> step) {
        try {
            step.apply(order, audit.actorName(), clock.instant());
        } catch (RuleViolationException refused) {
            audit.refusal(action, id, purpose + "; " + refused.getMessage(), AuditOutcome.REFUSED);
            throw refused;
        }
        flush.run();
        audit.success(action, id, purpose + "; " + state.get() + (detail == null ? "" : "; " + detail));
        return order;
    }
}
