package eu.csar.orders.application;

import eu.csar.audit.api.AuditOutcome;
import eu.csar.audit.application.AuditRecorder;
import eu.csar.legal.api.ProfileKey;
import eu.csar.legal.api.ProfileValue;
import eu.csar.legal.application.LegalProfiles;
import eu.csar.orders.api.DetectionOrderId;
import eu.csar.orders.domain.DetectionOrderAction;
import eu.csar.orders.domain.DetectionOrderRepository;
import eu.csar.security.api.Caller;
import eu.csar.security.api.Roles;
import eu.csar.shared.domain.RuleViolationException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;

import java.time.Clock;

/**
 * Every issued detection order as the form of Annex I of COM(2022) 209 (Art 8(1); issue 10 §6), a
 * PDF with the order's id and its verification hash ({@link DetectionOrderDigest}), its sections the
 * items of the pinned profile's template. Whoever may read the order may download it (the rule of
 * {@link DetectionOrders#order}: another's order is not found); a request that was not issued has no
 * form yet (refused as not permitted in its state). Every download and refusal is audited.
 */
@Stateless
public class DetectionOrderAnnexes {

    @Inject
    DetectionOrderRepository orders;

    @Inject
    OrderMoves moves;

    @Inject
    LegalProfiles profiles;

    @Inject
    AuditRecorder audit;

    @Inject
    Caller caller;

    @Inject
    Clock clock;

    @RolesAllowed({Roles.COORDINATING_AUTHORITY, Roles.ISSUING_AUTHORITY, Roles.PROVIDER, Roles.CENTRE_ADMIN,
            Roles.CENTRE_REVIEWER, Roles.CENTRE_AUDITOR})
    public AnnexPdf annex(@NotNull DetectionOrderId id) {
        DetectionOrderAction action = DetectionOrderAction.DETECTION_ORDER_ANNEX_READ;
        DetectionOrderView view = DetectionOrderViews.view(moves.visible(orders.find(id),
                o -> DetectionOrderVisibility.canSee(caller, o), action, id, "DetectionOrder", DetectionOrderMoves.PURPOSE));
        if (!view.issued()) {
            RuleViolationException refused = new RuleViolationException(RuleViolationException.Code.NOT_PERMITTED_IN_STATE,
                    "state", "A detection order has its Annex I form once it is issued; this one is " + view.state());
            audit.refusal(action, id, DetectionOrderMoves.PURPOSE + "; " + refused.getMessage(), AuditOutcome.REFUSED);
            throw refused;
        }
        ProfileValue template = profiles.value(view.profile(), ProfileKey.ANNEX_I__DETECTION_ORDER);
        byte[] pdf = AnnexIPdf.render(view, template.items(), template.article(), clock.instant());
        audit.success(action, id, DetectionOrderMoves.PURPOSE + "; Annex I PDF, verification hash " + view.verificationHash());
        return new AnnexPdf("detection-order-" + view.id() + "-annex-i.pdf", pdf, view.verificationHash());
    }
}
