package eu.csar.orders.application;

import eu.csar.audit.application.AuditRecorder;
import eu.csar.legal.api.DeadlineWasReached;
import eu.csar.orders.api.UrlListOrderId;
import eu.csar.orders.api.UrlListOrderType;
import eu.csar.orders.domain.UrlListOrder;
import eu.csar.orders.domain.UrlListOrderAction;
import eu.csar.orders.domain.UrlListOrderEvent;
import eu.csar.orders.domain.UrlListOrderRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

/**
 * What a blocking order does when its deadlines are reached (told by the deadline sweep, in the
 * sweep's transaction for that deadline, actor {@code system}): at the end of its period of
 * application it EXPIRES (Art 16(6)); when its periodic reassessment falls due without one, that is
 * recorded once (the issuing authority sees it in the order). A deadline of an order that has since
 * been revoked or has expired changes nothing.
 */
@ApplicationScoped
public class UrlListOrderClocks {

    @Inject
    UrlListOrderRepository orders;

    @Inject
    UrlListOrderMoves moves;

    @Inject
    AuditRecorder audit;

    void onDeadline(@Observes DeadlineWasReached reached) {
        UrlListOrderType type = UrlListOrderType.BLOCKING;
        if (!type.objectType().equals(reached.subject().type()) || reached.occasion() != DeadlineWasReached.Occasion.DUE) {
            return;
        }
        UrlListOrderId id = UrlListOrderId.of(reached.subject().id());
        switch (reached.kind()) {
            case UrlListOrders.EXPIRY -> orders.findForUpdate(type, id)
                    .filter(o -> o.table().permits(o.state(), UrlListOrderEvent.EXPIRE))
                    .ifPresent(o -> moves.move(o, UrlListOrderAction.BLOCKING_ORDER_EXPIRED, "ended " + reached.due(),
                            (order, actor, now) -> order.expire(actor, now)));
            case UrlListOrders.REASSESSMENT -> orders.findForUpdate(type, id).ifPresent(o -> overdue(o, reached));
            default -> {
                // no other deadline of a blocking order
            }
        }
    }

    private void overdue(UrlListOrder order, DeadlineWasReached reached) {
        if (order.reassessmentDeadline().map(reached.deadline().value()::equals).orElse(false)
                && order.markReassessmentOverdue(reached.at())) {
            orders.flush();
            audit.success(UrlListOrderAction.BLOCKING_ORDER_REASSESSMENT_OVERDUE, order.id(),
                    UrlListOrderMoves.purpose(order.type()) + "; due " + reached.due() + ", not reassessed");
        }
    }
}
