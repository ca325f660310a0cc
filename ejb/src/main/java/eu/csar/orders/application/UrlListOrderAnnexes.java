package eu.csar.orders.application;

import eu.csar.audit.application.AuditRecorder;
import eu.csar.legal.api.ProfileKey;
import eu.csar.legal.api.ProfileValue;
import eu.csar.legal.application.LegalProfiles;
import eu.csar.orders.api.UrlListOrderId;
import eu.csar.orders.api.UrlListOrderType;
import eu.csar.orders.domain.UrlListOrderAction;
import eu.csar.orders.domain.UrlListOrderRepository;
import eu.csar.security.api.Caller;
import eu.csar.security.api.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;

import java.time.Clock;
import java.util.Locale;

/**
 * Every blocking order as the form of Annex VII of COM(2022) 209 (Art 17(1); issue 10 §6) and every
 * delisting order as its own form (Council general approach 2025, no annex), a PDF with the order's
 * id and its verification hash ({@link UrlListOrderDigest}). Whoever may read the order may download
 * it (the rule of {@link UrlListOrders#order}: another's order, or one of the other kind, is not
 * found); every download is audited.
 */
@Stateless
public class UrlListOrderAnnexes {

    @Inject
    UrlListOrderRepository orders;

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
    public AnnexPdf annex(@NotNull UrlListOrderType type, @NotNull UrlListOrderId id) {
        UrlListOrderAction action = UrlListOrderAction.annexRead(type);
        String purpose = UrlListOrderMoves.purpose(type);
        UrlListOrderView view = UrlListOrderView.of(moves.visible(orders.find(type, id), o -> OrderVisibility.canSee(caller, o),
                action, id, type.objectType(), purpose));
        boolean blocking = type == UrlListOrderType.BLOCKING;
        ProfileValue form = profiles.value(view.profile(), blocking ? ProfileKey.ANNEX_VII__BLOCKING_ORDER : ProfileKey.ORDERS__TYPES);
        byte[] pdf = UrlListOrderAnnexPdf.render(view, blocking ? form.items() : UrlListOrderAnnexPdf.DELISTING_ITEMS,
                form.article(), clock.instant());
        audit.success(action, id, purpose + "; " + (blocking ? "Annex VII" : "delisting order") + " PDF, verification hash "
                + view.verificationHash());
        return new AnnexPdf(type.name().toLowerCase(Locale.ROOT) + "-order-" + view.id()
                + (blocking ? "-annex-vii.pdf" : ".pdf"), pdf, view.verificationHash());
    }
}
