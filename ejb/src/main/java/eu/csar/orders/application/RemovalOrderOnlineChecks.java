package eu.csar.orders.application;

import eu.csar.orders.api.RemovalOrderId;
import eu.csar.orders.domain.RemovalOrder;
import eu.csar.orders.domain.RemovalOrderAction;
import eu.csar.security.api.Caller;
import eu.csar.security.api.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import java.time.Instant;

/**
 * Whether the items of an executed or overdue removal order are still online (issue 10 §3, like
 * Project Arachnid): an EU Centre reviewer (the Centre's searches) or the issuing authority of the
 * order's Member State records a check per item with its time and outcome; an item still online gets
 * the provider repeat notices ({@link RemovalOrderRepeatNotices}) until a check finds it gone. Another
 * Member State's order is not found; checks before execution or the period's end are refused (409).
 * Neither the state nor the time to removal (receipt to the reported execution) changes.
 */
@Stateless
public class RemovalOrderOnlineChecks {

    @Inject
    RemovalOrderMoves moves;

    @Inject
    RemovalOrderRepeatNotices notices;

    @Inject
    Caller caller;

    /** Records the check of item {@code item} (position from 0) at {@code checkedAt} (null: now). */
    @RolesAllowed({Roles.CENTRE_REVIEWER, Roles.ISSUING_AUTHORITY})
    public RemovalOrderView record(@NotNull RemovalOrderId id, @Min(0) int item, boolean stillOnline, Instant checkedAt) {
        RemovalOrderAction action = RemovalOrderAction.REMOVAL_ORDER_ONLINE_CHECKED;
        RemovalOrder order = moves.load(id, action, o -> caller.hasRole(Roles.CENTRE_REVIEWER) || OrderVisibility.issuer(caller, o));
        moves.move(order, action, "item " + item + (stillOnline ? " still online" : " no longer online"),
                (o, actor, now) -> o.recordOnlineCheck(item, stillOnline, checkedAt, actor, now));
        notices.afterCheck(order);
        return RemovalOrderViews.view(order);
    }
}
