package eu.csar.orders.application;

import eu.csar.legal.api.DeadlineWasReached;
import eu.csar.notification.api.InboxAddress;
import eu.csar.notification.api.NoticeSubject;
import eu.csar.notification.application.Notices;
import eu.csar.orders.api.RemovalOrderId;
import eu.csar.orders.api.RemovalOrderState;
import eu.csar.orders.domain.RemovalOrder;
import eu.csar.orders.domain.RemovalOrderAction;
import eu.csar.orders.domain.RemovalOrderRepository;
import eu.csar.audit.application.AuditRecorder;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

/**
 * What a removal order does when its deadlines are reached (told by the deadline sweep, in the
 * sweep's transaction for that deadline, actor {@code system}): an order still unacknowledged when
 * its acknowledgement period runs out is ESCALATED to the issuing authority and the Coordinating
 * Authority of its Member State (both read it in that state, and that authority's inbox is told); an order whose execution period runs
 * out is marked overdue once (Art 14(3)), and the profile's reminder before it puts a notice into the
 * provider's inbox while the order is still to be executed; a pending repeat notice sends the next one while an item
 * is still online ({@link RemovalOrderRepeatNotices}). A deadline of an order that has since moved on
 * changes nothing.
 */
@ApplicationScoped
public class RemovalOrderClocks {

    @Inject
    RemovalOrderRepository orders;

    @Inject
    RemovalOrderMoves moves;

    @Inject
    AuditRecorder audit;

    @Inject
    RemovalOrderRepeatNotices repeatNotices;

    @Inject
    Notices notices;

    void onDeadline(@Observes DeadlineWasReached reached) {
        if (!RemovalOrders.SUBJECT_TYPE.equals(reached.subject().type())) {
            return;
        }
        RemovalOrderId id = RemovalOrderId.of(reached.subject().id());
        if (reached.occasion() == DeadlineWasReached.Occasion.REMINDER && RemovalOrders.EXECUTION.equals(reached.kind())) {
            orders.find(id).filter(o -> o.state() == RemovalOrderState.RECEIVED && o.executionOverdueAt() == null)
                    .ifPresent(o -> notices.remind(InboxAddress.ofProvider(o.providerId()),
                            new NoticeSubject(RemovalOrders.SUBJECT_TYPE, o.id().value(), o.reference()), reached.kind(),
                            reached.due(), reached.deadline() + "/" + reached.occasion()));
            return;
        }
        if (reached.occasion() != DeadlineWasReached.Occasion.DUE) {
            return;
        }
        switch (reached.kind()) {
            case RemovalOrders.ACKNOWLEDGEMENT -> orders.findForUpdate(id)
                    .filter(o -> o.state() == RemovalOrderState.TRANSMITTED)
                    .ifPresent(o -> escalate(o, reached));
            case RemovalOrders.EXECUTION -> orders.findForUpdate(id).ifPresent(o -> overdue(o, reached));
            case RemovalOrderRepeatNotices.REPEAT_NOTICE -> orders.findForUpdate(id)
                    .ifPresent(o -> repeatNotices.due(o, reached.deadline()));
            default -> {
                // non-disclosure simply ends: the order's view shows it no longer runs
            }
        }
    }

    /** Escalates an order not acknowledged in time; the issuing Member State's Coordinating Authority's inbox is told. */
    private void escalate(RemovalOrder order, DeadlineWasReached reached) {
        moves.move(order, RemovalOrderAction.REMOVAL_ORDER_ESCALATED, "to " + RemovalOrders.ESCALATE_TO,
                (o, actor, now) -> o.escalate("not acknowledged by " + reached.due(), actor, now));
        notices.removalOrderEscalated(order.issuingMemberState(), new NoticeSubject(RemovalOrders.SUBJECT_TYPE, order.id().value(),
                order.reference()), reached.due(), reached.deadline() + "/" + reached.occasion());
    }

    private void overdue(RemovalOrder order, DeadlineWasReached reached) {
        if (order.markExecutionOverdue(reached.at())) {
            orders.flush();
            audit.success(RemovalOrderAction.REMOVAL_ORDER_EXECUTION_OVERDUE, order.id(), RemovalOrderMoves.PURPOSE
                    + "; due " + reached.due() + ", not executed");
        }
    }
}
