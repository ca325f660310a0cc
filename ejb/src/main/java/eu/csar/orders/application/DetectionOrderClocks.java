package eu.csar.orders.application;

import eu.csar.legal.api.DeadlineWasReached;
import eu.csar.notification.api.InboxAddress;
import eu.csar.notification.api.NoticeSubject;
import eu.csar.notification.application.Notices;
import eu.csar.orders.api.DetectionOrderId;
import eu.csar.orders.domain.DetectionOrderAction;
import eu.csar.orders.domain.DetectionOrderEvent;
import eu.csar.orders.domain.DetectionOrderLifecycle;
import eu.csar.orders.domain.DetectionOrderRepository;
import eu.csar.orders.domain.DetectionOrderState;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

/**
 * What a detection order does when its deadlines are reached (told by the deadline sweep, in the
 * sweep's transaction for that deadline, actor {@code system}): the appeal window closes (FINAL,
 * Art 9(2)), the start date comes (IN_FORCE, Art 7(9)), the mid-term report falls due
 * (MID_TERM_REPORT_DUE, Art 9(3); in an Annex II pause the order stays paused), the end date comes (EXPIRED; its indicator
 * grants end at the same instant by themselves). A deadline of an order that has since moved where
 * the table does not allow the event (revoked, say) changes nothing. An order whose start date has
 * passed when its appeal window closes (one that replaces a modified order) comes into force with it. The EU Centre's opinion period
 * running out moves nothing either: the draft may then be adjusted without it; the profile's
 * reminder before it puts a notice into the EU Centre's inbox while the opinion is still awaited, and
 * the profile's reminder before the mid-term report falls due one into the provider's inbox.
 */
@ApplicationScoped
public class DetectionOrderClocks {

    @Inject
    DetectionOrderRepository orders;

    @Inject
    DetectionOrderMoves moves;

    @Inject
    Notices notices;

    void onDeadline(@Observes DeadlineWasReached reached) {
        if (!DetectionOrders.SUBJECT_TYPE.equals(reached.subject().type())) {
            return;
        }
        if (reached.occasion() == DeadlineWasReached.Occasion.REMINDER && DetectionOrders.CENTRE_OPINION.equals(reached.kind())) {
            remindTheCentre(reached);
            return;
        }
        if (reached.occasion() == DeadlineWasReached.Occasion.REMINDER && DetectionOrderDecisions.MID_TERM.equals(reached.kind())) {
            remindTheProvider(reached);
            return;
        }
        if (reached.occasion() != DeadlineWasReached.Occasion.DUE) {
            return;
        }
        DetectionOrderEvent event = switch (reached.kind()) {
            case DetectionOrderDecisions.APPEAL_WINDOW -> DetectionOrderEvent.CLOSE_APPEAL_WINDOW;
            case DetectionOrderDecisions.START -> DetectionOrderEvent.START;
            case DetectionOrderDecisions.MID_TERM -> DetectionOrderEvent.MID_TERM_REPORT_FALLS_DUE;
            case DetectionOrderDecisions.END -> DetectionOrderEvent.EXPIRE;
            default -> null;
        };
        if (event == null) {
            return;
        }
        orders.findForUpdate(DetectionOrderId.of(reached.subject().id()))
                .filter(o -> DetectionOrderLifecycle.TABLE.permits(o.state(), event))
                .ifPresent(o -> {
                    moves.move(o, DetectionOrderAction.of(event), "due " + reached.due(),
                            (order, actor, now) -> order.clock(event, reached.due(), actor, now));
                    if (event == DetectionOrderEvent.CLOSE_APPEAL_WINDOW && !o.startAt().isAfter(reached.due())
                            && DetectionOrderLifecycle.TABLE.permits(o.state(), DetectionOrderEvent.START)) {
                        moves.move(o, DetectionOrderAction.of(DetectionOrderEvent.START), "start date " + o.startAt()
                                + " passed before the order was final", (order, actor, now) -> order.clock(DetectionOrderEvent.START,
                                reached.due(), actor, now));
                    }
                });
    }

    /** The EU Centre's inbox learns that its opinion on the draft falls due soon, unless it was given meanwhile. */
    private void remindTheCentre(DeadlineWasReached reached) {
        orders.find(DetectionOrderId.of(reached.subject().id()))
                .filter(o -> o.state() == DetectionOrderState.IN_CONSULTATION && o.centreOpinion() == null)
                .ifPresent(o -> notices.remind(InboxAddress.EU_CENTRE,
                        new NoticeSubject(DetectionOrders.SUBJECT_TYPE, o.id().value(), o.reference()), reached.kind(),
                        reached.due(), reached.deadline() + "/" + reached.occasion()));
    }

    /** The provider's inbox learns that its mid-term report (Art 9(3)) falls due soon, unless the order moved on meanwhile. */
    private void remindTheProvider(DeadlineWasReached reached) {
        orders.find(DetectionOrderId.of(reached.subject().id()))
                .filter(o -> DetectionOrderLifecycle.TABLE.permits(o.state(), DetectionOrderEvent.MID_TERM_REPORT_FALLS_DUE))
                .ifPresent(o -> notices.remind(InboxAddress.ofProvider(o.providerId()),
                        new NoticeSubject(DetectionOrders.SUBJECT_TYPE, o.id().value(), o.reference()), reached.kind(),
                        reached.due(), reached.deadline() + "/" + reached.occasion()));
    }
}
