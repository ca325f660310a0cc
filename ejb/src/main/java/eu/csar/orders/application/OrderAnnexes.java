package eu.csar.orders.application;

import eu.csar.audit.api.AuditAction;
import eu.csar.audit.api.AuditOutcome;
import eu.csar.audit.application.AuditRecorder;
import eu.csar.legal.api.ProfileKey;
import eu.csar.legal.api.ProfileValue;
import eu.csar.legal.application.LegalProfiles;
import eu.csar.orders.api.DetectionOrderId;
import eu.csar.orders.api.RemovalOrderId;
import eu.csar.orders.api.UrlListOrderId;
import eu.csar.orders.api.UrlListOrderType;
import eu.csar.orders.domain.DetectionOrderAction;
import eu.csar.orders.domain.DetectionOrderRepository;
import eu.csar.orders.domain.RemovalOrderAction;
import eu.csar.orders.domain.RemovalOrderRepository;
import eu.csar.orders.domain.UrlListOrderAction;
import eu.csar.orders.domain.UrlListOrderRepository;
import eu.csar.security.api.Caller;
import eu.csar.security.api.Roles;
import eu.csar.shared.domain.RuleViolationException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Every order as the PDF of its annex form (issue 10 §6), with the order's id and its verification
 * hash ({@link OrderDigest}): a removal order as Annex IV of COM(2022) 209; an issued detection order as Annex I
 * of COM(2022) 209 (Art 8(1)), its sections the items of the pinned profile's template; a blocking
 * order as Annex VII (Art 17(1)), likewise; a delisting order, which the Commission's text does not
 * have, as the platform's form citing the article its profile gives. Whoever may read the order may
 * download it (another's order, or one of the other kind, is not found); a detection order request
 * that was never issued has no form (refused as not permitted in its state). Every download and
 * refusal is audited.
 */
@Stateless
public class OrderAnnexes {

    @Inject
    RemovalOrderRepository removalOrders;

    @Inject
    DetectionOrderRepository detectionOrders;

    @Inject
    UrlListOrderRepository urlListOrders;

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

    @RolesAllowed({Roles.ISSUING_AUTHORITY, Roles.COORDINATING_AUTHORITY, Roles.PROVIDER, Roles.CENTRE_ADMIN,
            Roles.CENTRE_REVIEWER, Roles.CENTRE_AUDITOR})
    public AnnexPdf removalOrder(@NotNull RemovalOrderId id) {
        RemovalOrderAction action = RemovalOrderAction.REMOVAL_ORDER_ANNEX_READ;
        RemovalOrderView view = RemovalOrderViews.view(moves.visible(removalOrders.find(id), o -> OrderVisibility.canSee(caller, o),
                action, id, "RemovalOrder", RemovalOrderMoves.PURPOSE));
        return downloaded(action, id, RemovalOrderMoves.PURPOSE + "; Annex IV", new AnnexPdf("removal-order-" + id + "-annex-iv.pdf",
                AnnexIvPdf.render(view, clock.instant()), view.verificationHash()));
    }

    @RolesAllowed({Roles.COORDINATING_AUTHORITY, Roles.ISSUING_AUTHORITY, Roles.PROVIDER, Roles.CENTRE_ADMIN,
            Roles.CENTRE_REVIEWER, Roles.CENTRE_AUDITOR})
    public AnnexPdf detectionOrder(@NotNull DetectionOrderId id) {
        return detectionOrderForm(id, "Annex I", "annex-i", ProfileKey.ANNEX_I__DETECTION_ORDER, DetectionOrderView::issued,
                v -> "A detection order has its Annex I form once it is issued; this one is " + v.state(), AnnexIPdf::render);
    }

    /** The provider's latest Annex II answer to a detection order (Art 8(3)), with the clarification when it came. */
    @RolesAllowed({Roles.COORDINATING_AUTHORITY, Roles.ISSUING_AUTHORITY, Roles.PROVIDER, Roles.CENTRE_ADMIN,
            Roles.CENTRE_REVIEWER, Roles.CENTRE_AUDITOR})
    public AnnexPdf detectionOrderAnnexIi(@NotNull DetectionOrderId id) {
        return detectionOrderForm(id, "Annex II answer", "annex-ii", ProfileKey.ANNEX_II__DETECTION_ORDER_CANNOT_EXECUTE,
                v -> v.execution().annexIiAt() != null, v -> "The provider has not answered this detection order with Annex II",
                AnnexIiPdf::render);
    }

    /** A form of a detection order the caller may see, drawn from the profile's template once the order has it. */
    private AnnexPdf detectionOrderForm(DetectionOrderId id, String name, String file, ProfileKey template,
                                        Predicate<DetectionOrderView> exists, Function<DetectionOrderView, String> notYet,
                                        DetectionOrderForm form) {
        DetectionOrderAction action = DetectionOrderAction.DETECTION_ORDER_ANNEX_READ;
        DetectionOrderView view = DetectionOrderViews.view(moves.visible(detectionOrders.find(id),
                o -> DetectionOrderVisibility.canSee(caller, o), action, id, "DetectionOrder", DetectionOrderMoves.PURPOSE));
        if (!exists.test(view)) {
            RuleViolationException refused = new RuleViolationException(RuleViolationException.Code.NOT_PERMITTED_IN_STATE,
                    "state", notYet.apply(view));
            audit.refusal(action, id, DetectionOrderMoves.PURPOSE + "; " + name + "; " + refused.getMessage(), AuditOutcome.REFUSED);
            throw refused;
        }
        ProfileValue items = profiles.value(view.profile(), template);
        byte[] pdf = form.render(view, items.items(), items.article(), clock.instant());
        return downloaded(action, id, DetectionOrderMoves.PURPOSE + "; " + name,
                new AnnexPdf("detection-order-" + id + "-" + file + ".pdf", pdf, view.verificationHash()));
    }

    /** Draws a detection order's form from its template's items. */
    @FunctionalInterface
    interface DetectionOrderForm {
        byte[] render(DetectionOrderView view, List<String> items, String article, Instant printedAt);
    }

    @RolesAllowed({Roles.COORDINATING_AUTHORITY, Roles.ISSUING_AUTHORITY, Roles.PROVIDER, Roles.CENTRE_ADMIN,
            Roles.CENTRE_REVIEWER, Roles.CENTRE_AUDITOR})
    public AnnexPdf urlListOrder(@NotNull UrlListOrderType type, @NotNull UrlListOrderId id) {
        UrlListOrderAction action = UrlListOrderAction.annexRead(type);
        String purpose = UrlListOrderMoves.purpose(type);
        UrlListOrderView view = UrlListOrderView.of(moves.visible(urlListOrders.find(type, id),
                o -> OrderVisibility.canSee(caller, o), action, id, type.objectType(), purpose));
        boolean blocking = type == UrlListOrderType.BLOCKING;
        ProfileValue form = profiles.value(view.profile(), blocking ? ProfileKey.ANNEX_VII__BLOCKING_ORDER : ProfileKey.ORDERS__TYPES);
        byte[] pdf = UrlListOrderAnnexPdf.render(view, blocking ? form.items() : UrlListOrderAnnexPdf.DELISTING_ITEMS,
                form.article(), clock.instant());
        return downloaded(action, id, purpose + (blocking ? "; Annex VII" : "; delisting order form"),
                new AnnexPdf(type.name().toLowerCase(Locale.ROOT) + "-order-" + id + (blocking ? "-annex-vii.pdf" : ".pdf"), pdf,
                        view.verificationHash()));
    }

    private AnnexPdf downloaded(AuditAction action, Object id, String what, AnnexPdf pdf) {
        audit.success(action, id, what + " PDF, verification hash " + pdf.verificationHash());
        return pdf;
    }
}
