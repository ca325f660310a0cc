package eu.csar.orders.application;

import eu.csar.audit.api.AuditOutcome;
import eu.csar.audit.application.AuditRecorder;
import eu.csar.indicators.api.IndicatorId;
import eu.csar.indicators.api.IndicatorState;
import eu.csar.indicators.api.UrlListEntryRef;
import eu.csar.indicators.application.UrlList;
import eu.csar.legal.api.DeadlineId;
import eu.csar.legal.api.DeadlinePlan;
import eu.csar.legal.api.DeadlineSubject;
import eu.csar.legal.api.DeadlineView;
import eu.csar.legal.api.LegalPeriod;
import eu.csar.legal.api.ProfileKey;
import eu.csar.legal.api.ProfileRef;
import eu.csar.legal.application.DeadlineService;
import eu.csar.legal.application.LegalProfiles;
import eu.csar.orders.api.ReassessmentOutcome;
import eu.csar.orders.api.ReassessmentRequestId;
import eu.csar.orders.api.ReassessmentRequester;
import eu.csar.orders.api.UrlListOrderId;
import eu.csar.orders.api.UrlListOrderType;
import eu.csar.orders.domain.UrlListEntry;
import eu.csar.orders.domain.UrlListOrder;
import eu.csar.orders.domain.UrlListOrderAction;
import eu.csar.orders.domain.UrlListOrderEvent;
import eu.csar.orders.domain.UrlListOrderRepository;
import eu.csar.orders.api.UrlListOrderState;
import eu.csar.registry.api.ProviderAddressee;
import eu.csar.registry.application.ProviderDirectory;
import eu.csar.shared.domain.ProviderId;
import eu.csar.security.api.Caller;
import eu.csar.security.api.Roles;
import eu.csar.shared.domain.CleanText;
import eu.csar.shared.domain.MemberState;
import eu.csar.shared.domain.RuleViolationException;
import eu.csar.shared.domain.UnknownObjectException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Blocking orders (Art 16-18 of COM(2022) 209) and delisting orders (Council general approach 2025),
 * end to end: the issuing authority of a Member State issues an order naming entries of the EU
 * Centre's URL list (by id; only active URL indicators) to an active provider under its Member
 * State's jurisdiction offering the right service (internet access for blocking, a search engine for
 * delisting), and the platform transmits it at once; the provider acknowledges receipt and reports
 * execution. A blocking order also runs for a period of application of at most the profile's
 * maximum and then expires (a persistent deadline), is reassessed periodically by its issuer (a
 * persistent deadline from the profile's interval), and a blocked URL believed mistaken may be put
 * up for reassessment by the provider, or by a user through the issuing authority, which answers
 * (upheld, or the entry lifted). The issuing authority may revoke either kind. A kind the pinned
 * profile does not list under {@code orders.types} is refused with a problem naming the profile
 * (delisting orders under {@code COM-2022-209}). Tenancy as for removal orders
 * ({@link OrderVisibility}); an order of the other kind is not found under this kind.
 */
@Stateless
public class UrlListOrders {

    static final String DEFAULT_PROFILE = "COM-2022-209";
    static final String REASSESSMENT = "blocking-order.reassessment";
    static final String EXPIRY = "blocking-order.expiry";
    static final int MAX_PAGE = 100;

    @Inject
    UrlListOrderRepository orders;

    @Inject
    UrlListOrderMoves moves;

    @Inject
    OrderAddressing addressing;

    @Inject
    ProviderDirectory directory;

    @Inject
    UrlList urlList;

    @Inject
    LegalProfiles profiles;

    @Inject
    DeadlineService deadlines;

    @Inject
    AuditRecorder audit;

    @Inject
    Caller caller;

    @Inject
    Clock clock;

    /** Issues and transmits an order; a blocking order's expiry and first reassessment deadlines start now. */
    @RolesAllowed(Roles.ISSUING_AUTHORITY)
    public UrlListOrderView issue(@NotNull UrlListOrderType type, @NotNull @Valid NewUrlListOrder o) {
        UrlListOrderAction action = UrlListOrderAction.issued(type);
        String purpose = UrlListOrderMoves.purpose(type);
        try {
            MemberState memberState = OrderVisibility.issuingMemberState(caller, o.memberState());
            ProfileRef profile = addressing.profile(o.profile(), DEFAULT_PROFILE, type.profileOrderType(), type.label());
            ProviderAddressee to = type == UrlListOrderType.BLOCKING
                    ? addressing.addressee(o.provider(), memberState, type.serviceType(), "an internet access service", "Art 16(1)")
                    : addressing.addressee(o.provider(), memberState, type.serviceType(), "a search engine", "delisting orders");
            List<UrlListEntry> entries = entries(o.entries());
            UrlListOrder.Blocking blocking = type == UrlListOrderType.BLOCKING ? blocking(o, profile) : null;
            if (type == UrlListOrderType.DELISTING && (o.userNotice() != null || o.periodOfApplication() != null)) {
                throw new RuleViolationException(RuleViolationException.Code.INVALID,
                        o.userNotice() != null ? "userNotice" : "periodOfApplication", "A delisting order has no "
                        + (o.userNotice() != null ? "user notice" : "period of application"));
            }
            Instant now = clock.instant();
            String actor = audit.actorName();
            UrlListOrder order = UrlListOrder.issue(type, o.reference().trim(), memberState, o.issuingAuthority().trim(),
                    to.id(), to.legalName(), OrderAddressing.addressedTo(to), to.email(), entries, o.reasons(), blocking,
                    profile, actor, now);
            order.transmit(actor, now);
            orders.add(order);
            orders.flush();
            if (blocking != null) {
                DeadlineView expiry = deadlines.schedule(new DeadlinePlan(EXPIRY, subject(order), profile,
                        blocking.periodOfApplication(), order.issuedAt(), null, null, null));
                DeadlineView reassess = order.reassessmentDueAt() == null ? null : deadlines.schedule(new DeadlinePlan(
                        REASSESSMENT, subject(order), profile, blocking.reassessmentInterval(), order.issuedAt(), null, null, null));
                order.deadlines(reassess == null ? null : reassess.id().value(), expiry.id().value());
                orders.flush();
            }
            audit.success(action, order.id(), purpose + "; " + order.reference() + " to " + order.providerName() + ", "
                    + order.entries().size() + " URL-list entries, under " + profile);
            audit.success(UrlListOrderAction.of(type, UrlListOrderEvent.TRANSMIT), order.id(), purpose + "; to the "
                    + order.addressedTo());
            return UrlListOrderView.of(order);
        } catch (RuleViolationException refused) {
            audit.refusal(action, null, purpose + "; " + refused.getMessage(), AuditOutcome.REFUSED);
            throw refused;
        }
    }

    /** One page of the orders of {@code type} the caller may see, newest first. */
    @RolesAllowed({Roles.ISSUING_AUTHORITY, Roles.COORDINATING_AUTHORITY, Roles.PROVIDER, Roles.CENTRE_ADMIN,
            Roles.CENTRE_REVIEWER, Roles.CENTRE_AUDITOR})
    public UrlListOrderPage list(@NotNull UrlListOrderType type, @Min(0) int page, @Min(1) @Max(MAX_PAGE) int size) {
        OrderVisibility.ListScope scope = OrderVisibility.listScope(caller);
        List<UrlListOrder> found = scope.none() ? List.of()
                : orders.page(type, scope.provider(), scope.memberStates(), page * size, size);
        long total = scope.none() ? 0 : orders.count(type, scope.provider(), scope.memberStates());
        audit.success(UrlListOrderAction.listRead(type), null, UrlListOrderMoves.purpose(type) + "; page " + page + ", "
                + found.size() + " of " + total);
        return new UrlListOrderPage(found.stream().map(UrlListOrderView::of).toList(), page, size, total);
    }

    /**
     * One page of the blocking and delisting orders the caller may see that match the portal's
     * filter: kinds and states (empty: any), an open deadline due within {@code dueWithin} of now
     * (null: any), or an overdue reassessment; newest first.
     */
    @RolesAllowed({Roles.ISSUING_AUTHORITY, Roles.COORDINATING_AUTHORITY, Roles.PROVIDER, Roles.CENTRE_ADMIN,
            Roles.CENTRE_REVIEWER, Roles.CENTRE_AUDITOR})
    public UrlListOrderPage list(@NotNull Set<UrlListOrderType> types, @NotNull Set<UrlListOrderState> states,
                                 Duration dueWithin, boolean overdue, @Min(0) int page, @Min(1) @Max(MAX_PAGE) int size) {
        OrderVisibility.ListScope scope = OrderVisibility.listScope(caller);
        UrlListOrderRepository.Filter filter = new UrlListOrderRepository.Filter(types, states,
                dueWithin == null ? null : clock.instant().plus(dueWithin), overdue);
        List<UrlListOrder> found = scope.none() ? List.of()
                : orders.page(filter, scope.provider(), scope.memberStates(), page * size, size);
        long total = scope.none() ? 0 : orders.count(filter, scope.provider(), scope.memberStates());
        for (UrlListOrderType type : types.isEmpty() ? EnumSet.allOf(UrlListOrderType.class) : types) {
            audit.success(UrlListOrderAction.listRead(type), null, UrlListOrderMoves.purpose(type) + "; filtered page " + page
                    + ", " + found.stream().filter(o -> o.type() == type).count() + " of " + total + " (all kinds shown)");
        }
        return new UrlListOrderPage(found.stream().map(UrlListOrderView::of).toList(), page, size, total);
    }

    /**
     * The providers the issuing authority may address an order of {@code type} to now: active
     * internet access providers (blocking) or search engines (delisting) under the jurisdiction of
     * its Member States, legal name by id, in name order.
     */
    @RolesAllowed(Roles.ISSUING_AUTHORITY)
    public Map<ProviderId, String> addressees(@NotNull UrlListOrderType type) {
        return directory.providersUnder(caller.memberStates(), type.serviceType());
    }

    /** One order; another's, or one of the other kind, is not found. */
    @RolesAllowed({Roles.ISSUING_AUTHORITY, Roles.COORDINATING_AUTHORITY, Roles.PROVIDER, Roles.CENTRE_ADMIN,
            Roles.CENTRE_REVIEWER, Roles.CENTRE_AUDITOR})
    public UrlListOrderView order(@NotNull UrlListOrderType type, @NotNull UrlListOrderId id) {
        UrlListOrderAction action = UrlListOrderAction.read(type);
        UrlListOrder order = orders.find(type, id).filter(o -> OrderVisibility.canSee(caller, o)).orElseThrow(() -> {
            audit.refusal(action, id, UrlListOrderMoves.purpose(type), AuditOutcome.NOT_FOUND);
            return new UnknownObjectException(type.objectType(), id);
        });
        audit.success(action, id, UrlListOrderMoves.purpose(type));
        return UrlListOrderView.of(order);
    }

    /** The provider acknowledges receipt. */
    @RolesAllowed(Roles.PROVIDER)
    public UrlListOrderView acknowledge(@NotNull UrlListOrderType type, @NotNull UrlListOrderId id) {
        UrlListOrderAction action = UrlListOrderAction.of(type, UrlListOrderEvent.ACKNOWLEDGE);
        UrlListOrder order = moves.load(type, id, action, o -> OrderVisibility.addressee(caller, o));
        return UrlListOrderView.of(moves.move(order, action, null, (o, actor, now) -> o.acknowledge(actor, now)));
    }

    /** The provider reports the URLs blocked (or delisted) at {@code executedAt} (null: now). */
    @RolesAllowed(Roles.PROVIDER)
    public UrlListOrderView reportExecution(@NotNull UrlListOrderType type, @NotNull UrlListOrderId id, Instant executedAt) {
        UrlListOrderAction action = UrlListOrderAction.of(type, UrlListOrderEvent.REPORT_EXECUTION);
        UrlListOrder order = moves.load(type, id, action, o -> OrderVisibility.addressee(caller, o));
        return UrlListOrderView.of(moves.move(order, action, null, (o, actor, now) -> o.reportExecution(executedAt, actor, now)));
    }

    /** The issuing authority revokes the order, with a reason; a blocking order's open deadlines end. */
    @RolesAllowed(Roles.ISSUING_AUTHORITY)
    public UrlListOrderView revoke(@NotNull UrlListOrderType type, @NotNull UrlListOrderId id,
                                   @NotBlank @Size(max = 400) @CleanText(multiLine = true) String reason) {
        UrlListOrderAction action = UrlListOrderAction.of(type, UrlListOrderEvent.REVOKE);
        UrlListOrder order = moves.load(type, id, action, o -> OrderVisibility.issuer(caller, o));
        boolean reassessmentOpen = order.reassessmentDueAt() != null && order.reassessmentOverdueAt() == null;
        moves.move(order, action, null, (o, actor, now) -> o.revoke(reason, actor, now));
        order.reassessmentDeadline().filter(d -> reassessmentOpen).ifPresent(d -> deadlines.cancel(new DeadlineId(d), "revoked"));
        order.expiryDeadline().ifPresent(d -> deadlines.cancel(new DeadlineId(d), "revoked"));
        return UrlListOrderView.of(order);
    }

    /** The issuer's periodic reassessment of a blocking order: the next one falls due the profile's interval from now. */
    @RolesAllowed(Roles.ISSUING_AUTHORITY)
    public UrlListOrderView reassess(@NotNull UrlListOrderId id, @NotBlank @Size(max = 400) @CleanText(multiLine = true) String finding) {
        UrlListOrderType type = UrlListOrderType.BLOCKING;
        UrlListOrderAction action = UrlListOrderAction.of(type, UrlListOrderEvent.REASSESS);
        UrlListOrder order = moves.load(type, id, action, o -> OrderVisibility.issuer(caller, o));
        LegalPeriod interval = LegalPeriod.parse(profiles.period(order.profile(), ProfileKey.BLOCKING_ORDER__REASSESSMENT_INTERVAL));
        boolean open = order.reassessmentDueAt() != null && order.reassessmentOverdueAt() == null;
        moves.move(order, action, "next due in " + interval, (o, actor, now) -> o.reassess(finding, interval, actor, now));
        order.reassessmentDeadline().filter(d -> open).ifPresent(d -> deadlines.cancel(new DeadlineId(d), "reassessed"));
        if (order.reassessmentDueAt() != null) {
            DeadlineView next = deadlines.schedule(new DeadlinePlan(REASSESSMENT, subject(order), order.profile(), interval,
                    order.lastReassessedAt(), null, null, null));
            order.deadlines(next.id().value(), null);
            orders.flush();
        }
        return UrlListOrderView.of(order);
    }

    /**
     * A request to reassess the blocked URL of one entry as mistaken (Art 18): from the provider the
     * order is addressed to, or from a user, which the issuing authority records.
     */
    @RolesAllowed({Roles.PROVIDER, Roles.ISSUING_AUTHORITY})
    public UrlListOrderView requestReassessment(@NotNull UrlListOrderId id, @NotNull IndicatorId entry,
                                                @NotBlank @Size(max = 2000) @CleanText(multiLine = true) String reason) {
        UrlListOrderType type = UrlListOrderType.BLOCKING;
        UrlListOrderAction action = UrlListOrderAction.of(type, UrlListOrderEvent.REQUEST_REASSESSMENT);
        boolean provider = caller.hasRole(Roles.PROVIDER);
        UrlListOrder order = moves.load(type, id, action,
                o -> provider ? OrderVisibility.addressee(caller, o) : OrderVisibility.issuer(caller, o));
        ReassessmentRequester by = provider ? ReassessmentRequester.PROVIDER : ReassessmentRequester.USER;
        return UrlListOrderView.of(moves.move(order, action, by + " on " + entry,
                (o, actor, now) -> o.requestReassessment(entry.value(), by, reason, actor, now)));
    }

    /** The issuing authority answers a reassessment request: upheld, or the entry lifted from the order. */
    @RolesAllowed(Roles.ISSUING_AUTHORITY)
    public UrlListOrderView answerReassessment(@NotNull UrlListOrderId id, @NotNull ReassessmentRequestId request,
                                               @NotNull ReassessmentOutcome outcome,
                                               @NotBlank @Size(max = 2000) @CleanText(multiLine = true) String answer) {
        UrlListOrderType type = UrlListOrderType.BLOCKING;
        UrlListOrderAction action = UrlListOrderAction.of(type, UrlListOrderEvent.ANSWER_REASSESSMENT);
        UrlListOrder order = moves.load(type, id, action, o -> OrderVisibility.issuer(caller, o));
        return UrlListOrderView.of(moves.move(order, action, outcome.name(),
                (o, actor, now) -> o.answerReassessment(request.value(), outcome, answer, actor, now)));
    }

    static DeadlineSubject subject(UrlListOrder order) {
        return new DeadlineSubject(order.type().objectType(), order.id().toString());
    }

    /** The named ids as URL-list entries; each must be an active URL indicator. */
    private List<UrlListEntry> entries(List<IndicatorId> ids) {
        Map<IndicatorId, UrlListEntryRef> found = urlList.entries(ids).stream()
                .collect(Collectors.toMap(UrlListEntryRef::id, Function.identity()));
        List<UrlListEntry> entries = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            UrlListEntryRef ref = found.get(ids.get(i));
            if (ref == null || ref.state() != IndicatorState.ACTIVE) {
                throw RuleViolationException.invalid("entries[" + i + "]",
                        ids.get(i) + " is not an active entry of the EU Centre's URL list");
            }
            entries.add(new UrlListEntry(ref.id().value(), ref.url()));
        }
        return entries;
    }

    private UrlListOrder.Blocking blocking(NewUrlListOrder o, ProfileRef profile) {
        if (o.userNotice() == null || o.userNotice().isBlank()) {
            throw RuleViolationException.invalid("userNotice",
                    "A blocking order gives the notice its users see");
        }
        if (o.periodOfApplication() == null || o.periodOfApplication().isBlank()) {
            throw RuleViolationException.invalid("periodOfApplication",
                    "A blocking order states its period of application (ISO 8601, e.g. P2Y)");
        }
        LegalPeriod period;
        try {
            period = LegalPeriod.parse(o.periodOfApplication().trim());
        } catch (IllegalArgumentException e) {
            throw RuleViolationException.invalid("periodOfApplication",
                    "Not an ISO 8601 period such as P2Y or P6M: " + o.periodOfApplication());
        }
        if (period.amount() > 100_000) {
            throw RuleViolationException.invalid("periodOfApplication",
                    period + " is longer than any profile allows");
        }
        return new UrlListOrder.Blocking(o.userNotice(), period,
                LegalPeriod.parse(profiles.period(profile, ProfileKey.BLOCKING_ORDER__MAX_DURATION)),
                LegalPeriod.parse(profiles.period(profile, ProfileKey.BLOCKING_ORDER__REASSESSMENT_INTERVAL)));
    }
}
