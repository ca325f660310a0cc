package eu.csar.orders.application;

import eu.csar.audit.application.AuditRecorder;
import eu.csar.orders.api.RemovalOrderId;
import eu.csar.orders.domain.RemovalOrder;
import eu.csar.orders.domain.RemovalOrderAction;
import eu.csar.orders.domain.RemovalOrderRepository;
import eu.csar.security.api.Caller;
import eu.csar.security.api.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;

import java.time.Clock;

/**
 * Every removal order as the annex form it corresponds to (issue 10 §6): the removal order template
 * of Annex IV of COM(2022) 209, rendered as a PDF with the order's id and its verification hash
 * ({@link RemovalOrderDigest}). Whoever may read the order may download it (the same rule as
 * {@link RemovalOrders#order}: another's order is not found); every download is audited.
 */
@Stateless
public class RemovalOrderAnnexes {

    @Inject
    RemovalOrderRepository orders;

    @Inject
    AuditRecorder audit;

    @Inject
    Caller caller;

    @Inject
    Clock clock;

    @Inject
    OrderMoves moves;

    @RolesAllowed({Roles.ISSUING_AUTHORITY, Roles.COORDINATING_AUTHORITY, Roles.PROVIDER, Roles.CENTRE_ADMIN,
            Roles.CENTRE_REVIEWER, Roles.CENTRE_AUDITOR})
    public AnnexPdf annex(@NotNull RemovalOrderId id) {
        RemovalOrderAction action = RemovalOrderAction.REMOVAL_ORDER_ANNEX_READ;
        RemovalOrder order = moves.visible(orders.find(id), o -> OrderVisibility.canSee(caller, o), action, id, "RemovalOrder",
                RemovalOrderMoves.PURPOSE);
        RemovalOrderView view = RemovalOrderViews.view(order);
        byte[] pdf = AnnexIvPdf.render(view, clock.instant());
        audit.success(action, id, RemovalOrderMoves.PURPOSE + "; Annex IV PDF, verification hash " + view.verificationHash());
        return new AnnexPdf("removal-order-" + view.id() + "-annex-iv.pdf", pdf, view.verificationHash());
    }
}
