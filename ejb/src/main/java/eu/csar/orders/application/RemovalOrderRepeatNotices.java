package eu.csar.orders.application;

import eu.csar.legal.api.DeadlineId;
import eu.csar.legal.api.DeadlinePlan;
import eu.csar.legal.api.LegalPeriod;
import eu.csar.legal.api.ProfileKey;
import eu.csar.legal.application.DeadlineService;
import eu.csar.legal.application.LegalProfiles;
import eu.csar.orders.domain.RemovalOrder;
import eu.csar.orders.domain.RemovalOrderAction;
import eu.csar.orders.domain.RemovalOrderRepository;
import eu.csar.security.api.Roles;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

/**
 * Repeat notices of removal orders (issue 10 §3, like Project Arachnid): while an item of an executed
 * or overdue order is still online by its latest check, the provider gets a notice now and again
 * every {@code removal-order.repeat-notice-interval} of the order's profile, each a history row of
 * the order it reads and an audit entry; a check finding every item gone ends the series. Called in
 * the caller's transaction by {@link RemovalOrderOnlineChecks} (a person recorded a check) and by
 * {@link RemovalOrderClocks} (the sweep reached the pending notice), the latter without a caller:
 * it schedules and cancels the notices' deadlines as the platform ({@code system}). The order is
 * loaded and locked, and visible to the caller, before either calls.
 */
@Stateless
@RunAs(Roles.SYSTEM)
public class RemovalOrderRepeatNotices {

    static final String REPEAT_NOTICE = "removal-order.repeat-notice";

    @Inject
    RemovalOrderMoves moves;

    @Inject
    RemovalOrderRepository orders;

    @Inject
    LegalProfiles profiles;

    @Inject
    DeadlineService deadlines;

    /** After a check: the first notice now if an item is still online and none is pending; the series ends if none is. */
    @PermitAll
    public void afterCheck(RemovalOrder order) {
        if (order.itemsStillOnline().isEmpty()) {
            order.repeatNoticeDeadline().ifPresent(d -> {
                deadlines.cancel(new DeadlineId(d), "no item still online");
                order.repeatNoticeDeadline(null);
            });
        } else if (order.repeatNoticeDeadline().isEmpty()) {
            send(order);
        }
        orders.flush();
    }

    /** The pending notice's deadline {@code reached} was reached: the next notice, if an item is still online. */
    @PermitAll
    public void due(RemovalOrder order, DeadlineId reached) {
        if (!order.repeatNoticeDeadline().map(reached.value()::equals).orElse(false)) {
            return;
        }
        order.repeatNoticeDeadline(null);
        send(order);
        orders.flush();
    }

    private void send(RemovalOrder order) {
        if (order.itemsStillOnline().isEmpty()) {
            return;
        }
        int before = order.repeatNotices();
        moves.move(order, RemovalOrderAction.REMOVAL_ORDER_REPEAT_NOTICE_SENT, "items still online " + order.itemsStillOnline(),
                (o, actor, now) -> o.sendRepeatNotice(actor, now));
        if (order.repeatNotices() > before) {
            LegalPeriod interval = LegalPeriod.parse(profiles.period(order.profile(), ProfileKey.REMOVAL_ORDER__REPEAT_NOTICE_INTERVAL));
            order.repeatNoticeDeadline(deadlines.schedule(DeadlinePlan.of(REPEAT_NOTICE, RemovalOrders.subject(order),
                    order.profile(), interval)).id().value());
        }
    }
}
