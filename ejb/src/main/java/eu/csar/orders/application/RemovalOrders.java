package eu.csar.orders.application;

import eu.csar.audit.api.AuditOutcome;
import eu.csar.audit.application.AuditRecorder;
import eu.csar.legal.api.DeadlineId;
import eu.csar.legal.api.DeadlinePlan;
import eu.csar.legal.api.DeadlineSubject;
import eu.csar.legal.api.DeadlineView;
import eu.csar.legal.api.LegalPeriod;
import eu.csar.legal.api.ProfileKey;
import eu.csar.legal.api.ProfileRef;
import eu.csar.legal.application.DeadlineService;
import eu.csar.legal.application.LegalProfiles;
import eu.csar.orders.api.CannotExecuteReason;
import eu.csar.orders.api.Contestant;
import eu.csar.orders.api.ExecutionMeasure;
import eu.csar.orders.api.RedressOutcome;
import eu.csar.orders.api.RemovalOrderId;
import eu.csar.orders.api.RemovalOrderState;
import eu.csar.orders.domain.RemovalOrder;
import eu.csar.orders.domain.RemovalOrderAction;
import eu.csar.orders.domain.RemovalOrderEvent;
import eu.csar.orders.domain.RemovalOrderFilter;
import eu.csar.orders.domain.RemovalOrderItem;
import eu.csar.orders.domain.RemovalOrderRepository;
import eu.csar.registry.api.ProviderAddressee;
import eu.csar.registry.application.ProviderDirectory;
import eu.csar.security.api.Caller;
import eu.csar.security.api.Roles;
import eu.csar.shared.domain.CleanText;
import eu.csar.shared.domain.MemberState;
import eu.csar.shared.domain.ProviderId;
import eu.csar.shared.domain.RuleViolationException;
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
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Removal orders (Art 14-15 of COM(2022) 209), end to end: the issuing authority of a Member State
 * issues an order to a hosting provider under that Member State's jurisdiction, and the platform
 * transmits it at once to the provider's point of contact (or legal representative); the provider
 * acknowledges receipt, which starts the execution period, may answer with an Annex V notice (the
 * clock stops until the issuing authority clarifies, then runs again in full) and reports execution
 * (Annex VI); the issuing authority extends non-disclosure, records a contest before its courts and
 * the outcome, closes or withdraws. Every period comes from the legal profile pinned at issue, every
 * deadline is a persistent one of the {@link DeadlineService}, every move writes a history row and an
 * audit entry ({@link RemovalOrderMoves}). Tenancy here: an authority acts on and sees its own Member
 * State's orders, a provider only the orders addressed to it; another's order is not found.
 */
@Stateless
public class RemovalOrders {

    /** The profile an order pins when the issuing authority names none. */
    static final String DEFAULT_PROFILE = "COM-2022-209";
    static final String SUBJECT_TYPE = "RemovalOrder";
    static final String ACKNOWLEDGEMENT = "removal-order.acknowledgement";
    static final String EXECUTION = "removal-order.execution";
    static final String NON_DISCLOSURE = "removal-order.non-disclosure";
    static final String ESCALATE_TO = "issuing-authority, coordinating-authority";
    static final int MAX_PAGE = 100;

    @Inject
    RemovalOrderRepository orders;

    @Inject
    RemovalOrderMoves moves;

    @Inject
    LegalProfiles profiles;

    @Inject
    DeadlineService deadlines;

    @Inject
    OrderAddressing addressing;

    @Inject
    ProviderDirectory directory;

    @Inject
    AuditRecorder audit;

    @Inject
    Caller caller;

    @Inject
    Clock clock;

    /** Issues and transmits an order; the acknowledgement deadline (and non-disclosure, if asked) start now. */
    @RolesAllowed(Roles.ISSUING_AUTHORITY)
    public RemovalOrderView issue(@NotNull @Valid NewRemovalOrder o) {
        RemovalOrderAction action = RemovalOrderAction.REMOVAL_ORDER_ISSUED;
        try {
            MemberState memberState = OrderVisibility.issuingMemberState(caller, o.memberState());
            ProfileRef profile = addressing.profile(o.profile(), DEFAULT_PROFILE, "REMOVAL_ORDER", "removal order");
            ProviderAddressee to = addressing.addressee(o.provider(), memberState, "HOSTING", "a hosting service", "Art 14(1)");
            Instant now = clock.instant();
            String actor = audit.actorName();
            LegalPeriod nonDisclosure = o.nonDisclosure()
                    ? LegalPeriod.parse(profiles.period(profile, ProfileKey.REMOVAL_ORDER__NON_DISCLOSURE_PERIOD)) : null;
            RemovalOrder order = RemovalOrder.issue(o.reference().trim(), memberState, o.issuingAuthority().trim(), to.id(),
                    to.legalName(), OrderAddressing.addressedTo(to),
                    to.email(), o.items().stream().map(i -> new RemovalOrderItem(i.kind(), i.locator().trim())).toList(),
                    o.reasons(), profile, nonDisclosure, actor, now);
            order.transmit(LegalPeriod.parse(profiles.period(profile, ProfileKey.REMOVAL_ORDER__ACKNOWLEDGEMENT_PERIOD)), actor, now);
            orders.add(order);
            orders.flush();
            DeadlineView ack = deadlines.schedule(new DeadlinePlan(ACKNOWLEDGEMENT, subject(order), profile,
                    LegalPeriod.parse(profiles.period(profile, ProfileKey.REMOVAL_ORDER__ACKNOWLEDGEMENT_PERIOD)),
                    order.transmittedAt(), null, null, null));
            DeadlineView nd = nonDisclosure == null ? null : deadlines.schedule(new DeadlinePlan(NON_DISCLOSURE,
                    subject(order), profile, nonDisclosure, order.issuedAt(), null, null, null));
            order.deadlines(ack.id().value(), null, nd == null ? null : nd.id().value());
            orders.flush();
            audit.success(action, order.id(), RemovalOrderMoves.PURPOSE + "; " + order.reference() + " to "
                    + order.providerName() + ", " + order.items().size() + " items, under " + profile);
            audit.success(RemovalOrderAction.REMOVAL_ORDER_TRANSMITTED, order.id(), RemovalOrderMoves.PURPOSE + "; to the "
                    + order.addressedTo() + ", acknowledgement due " + order.acknowledgementDueAt());
            return RemovalOrderViews.view(order);
        } catch (RuleViolationException refused) {
            audit.refusal(action, null, RemovalOrderMoves.PURPOSE + "; " + refused.getMessage(), AuditOutcome.REFUSED);
            throw refused;
        }
    }

    /** One page of the orders the caller may see, newest first. */
    @RolesAllowed({Roles.ISSUING_AUTHORITY, Roles.COORDINATING_AUTHORITY, Roles.PROVIDER, Roles.CENTRE_ADMIN,
            Roles.CENTRE_REVIEWER, Roles.CENTRE_AUDITOR})
    public RemovalOrderPage list(@Min(0) int page, @Min(1) @Max(MAX_PAGE) int size) {
        return list(Set.of(), null, false, page, size);
    }

    /**
     * One page of the orders the caller may see, newest first, in one of {@code states} (empty: any),
     * with an open clock due within {@code dueWithin} of now (null: any), or only those overdue.
     */
    @RolesAllowed({Roles.ISSUING_AUTHORITY, Roles.COORDINATING_AUTHORITY, Roles.PROVIDER, Roles.CENTRE_ADMIN,
            Roles.CENTRE_REVIEWER, Roles.CENTRE_AUDITOR})
    public RemovalOrderPage list(@NotNull Set<RemovalOrderState> states, Duration dueWithin, boolean overdue,
                                 @Min(0) int page, @Min(1) @Max(MAX_PAGE) int size) {
        RemovalOrderFilter filter = new RemovalOrderFilter(states,
                dueWithin == null ? null : clock.instant().plus(dueWithin), overdue);
        OrderVisibility.ListScope scope = OrderVisibility.listScope(caller);
        List<RemovalOrder> found = scope.none() ? List.of()
                : orders.page(scope.provider(), scope.memberStates(), filter, page * size, size);
        long total = scope.none() ? 0 : orders.count(scope.provider(), scope.memberStates(), filter);
        audit.success(RemovalOrderAction.REMOVAL_ORDER_LIST_READ, null, RemovalOrderMoves.PURPOSE + "; page " + page + ", "
                + found.size() + " of " + total + describe(filter));
        return new RemovalOrderPage(found.stream().map(RemovalOrderViews::view).toList(), page, size, total);
    }

    /**
     * The providers the issuing authority may address an order to now: active hosting providers under
     * the jurisdiction of its Member States (Art 14(1)), legal name by id, in name order.
     */
    @RolesAllowed(Roles.ISSUING_AUTHORITY)
    public Map<ProviderId, String> addressees() {
        return directory.hostingProvidersUnder(caller.memberStates());
    }

    /** One order; another's is not found. */
    @RolesAllowed({Roles.ISSUING_AUTHORITY, Roles.COORDINATING_AUTHORITY, Roles.PROVIDER, Roles.CENTRE_ADMIN,
            Roles.CENTRE_REVIEWER, Roles.CENTRE_AUDITOR})
    public RemovalOrderView order(@NotNull RemovalOrderId id) {
        RemovalOrderAction action = RemovalOrderAction.REMOVAL_ORDER_READ;
        RemovalOrder order = orders.find(id).filter(o -> OrderVisibility.canSee(caller, o)).orElseThrow(() -> {
            audit.refusal(action, id, RemovalOrderMoves.PURPOSE, AuditOutcome.NOT_FOUND);
            return new eu.csar.shared.domain.UnknownObjectException("RemovalOrder", id);
        });
        audit.success(action, id, RemovalOrderMoves.PURPOSE);
        return RemovalOrderViews.view(order);
    }

    /** The provider acknowledges receipt: the execution period (the profile's, 24 hours) starts now. */
    @RolesAllowed(Roles.PROVIDER)
    public RemovalOrderView acknowledge(@NotNull RemovalOrderId id) {
        RemovalOrderAction action = RemovalOrderAction.REMOVAL_ORDER_ACKNOWLEDGED;
        RemovalOrder order = moves.load(id, action, o -> OrderVisibility.addressee(caller, o));
        LegalPeriod execution = LegalPeriod.parse(profiles.period(order.profile(), ProfileKey.REMOVAL_ORDER__EXECUTION_PERIOD));
        moves.move(order, action, null, (o, actor, now) -> o.acknowledge(execution, actor, now));
        order.acknowledgementDeadline().ifPresent(d -> deadlines.cancel(new DeadlineId(d), "acknowledged"));
        DeadlineView due = deadlines.schedule(new DeadlinePlan(EXECUTION, subject(order), order.profile(), execution,
                order.receivedAt(), executionReminder(order), null, null));
        order.deadlines(null, due.id().value(), null);
        orders.flush();
        return RemovalOrderViews.view(order);
    }

    /** Annex V: the provider cannot execute (force majeure, de facto impossibility) or needs clarification; the clock stops. */
    @RolesAllowed(Roles.PROVIDER)
    public RemovalOrderView cannotExecute(@NotNull RemovalOrderId id, @NotNull CannotExecuteReason reason,
                                          @NotBlank @Size(max = 2000) @CleanText(multiLine = true) String explanation) {
        RemovalOrderAction action = RemovalOrderAction.REMOVAL_ORDER_CANNOT_EXECUTE;
        RemovalOrder order = moves.load(id, action, o -> OrderVisibility.addressee(caller, o));
        Set<String> pausing = new HashSet<>(profiles.list(order.profile(), ProfileKey.REMOVAL_ORDER__EXECUTION_PAUSES));
        boolean overdue = order.executionOverdueAt() != null;
        moves.move(order, action, reason.name(), (o, actor, now) -> o.declareCannotExecute(reason, explanation, pausing, actor, now));
        order.executionDeadline().ifPresent(d -> {
            if (overdue) {
                deadlines.cancel(new DeadlineId(d), "Annex V after the period ran out: " + reason);
            } else {
                deadlines.pause(new DeadlineId(d), "Annex V: " + reason);
            }
        });
        return RemovalOrderViews.view(order);
    }

    /** The issuing authority clarifies (or confirms the reasons ceased): the full execution period runs again. */
    @RolesAllowed(Roles.ISSUING_AUTHORITY)
    public RemovalOrderView clarify(@NotNull RemovalOrderId id,
                                    @NotBlank @Size(max = 500) @CleanText(multiLine = true) String clarification) {
        RemovalOrderAction action = RemovalOrderAction.REMOVAL_ORDER_CLARIFIED;
        RemovalOrder order = moves.load(id, action, o -> OrderVisibility.issuer(caller, o));
        LegalPeriod execution = LegalPeriod.parse(profiles.period(order.profile(), ProfileKey.REMOVAL_ORDER__EXECUTION_PERIOD));
        boolean wasOverdue = order.executionOverdueAt() != null;
        moves.move(order, action, null, (o, actor, now) -> o.clarify(clarification, execution, actor, now));
        if (!wasOverdue && order.executionDeadline().isPresent()) {
            deadlines.restart(new DeadlineId(order.executionDeadline().get()), "clarified by the issuing authority (Art 14(5)-(6))");
        } else {
            DeadlineView due = deadlines.schedule(new DeadlinePlan(EXECUTION, subject(order), order.profile(), execution,
                    order.restartedAt(), executionReminder(order), null, null));
            order.deadlines(null, due.id().value(), null);
            orders.flush();
        }
        return RemovalOrderViews.view(order);
    }

    /** Annex VI: the provider removed the items or disabled access to them, at {@code executedAt} (null: now). */
    @RolesAllowed(Roles.PROVIDER)
    public RemovalOrderView reportExecution(@NotNull RemovalOrderId id, @NotNull ExecutionMeasure measure, Instant executedAt) {
        RemovalOrderAction action = RemovalOrderAction.REMOVAL_ORDER_EXECUTED;
        RemovalOrder order = moves.load(id, action, o -> OrderVisibility.addressee(caller, o));
        moves.move(order, action, measure.name(), (o, actor, now) -> o.reportExecution(measure, executedAt, actor, now));
        order.executionDeadline().ifPresent(d -> deadlines.cancel(new DeadlineId(d), "executed"));
        return RemovalOrderViews.view(order);
    }

    /** Extends non-disclosure by the profile's extension period, as often as the profile allows (once). */
    @RolesAllowed(Roles.ISSUING_AUTHORITY)
    public RemovalOrderView extendNonDisclosure(@NotNull RemovalOrderId id,
                                                @NotBlank @Size(max = 500) @CleanText(multiLine = true) String reason) {
        RemovalOrderAction action = RemovalOrderAction.REMOVAL_ORDER_NON_DISCLOSURE_EXTENDED;
        RemovalOrder order = moves.load(id, action, o -> OrderVisibility.issuer(caller, o));
        LegalPeriod by = LegalPeriod.parse(profiles.period(order.profile(), ProfileKey.REMOVAL_ORDER__NON_DISCLOSURE_EXTENSION));
        int allowed = profiles.count(order.profile(), ProfileKey.REMOVAL_ORDER__NON_DISCLOSURE_MAX_EXTENSIONS);
        moves.move(order, action, "until extended by " + by, (o, actor, now) -> o.extendNonDisclosure(by, allowed, reason, actor, now));
        order.nonDisclosureDeadline().ifPresent(d -> deadlines.extend(new DeadlineId(d), by, allowed, reason));
        return RemovalOrderViews.view(order);
    }

    /** Records that the provider or the uploader contests the order before the issuing Member State's courts. */
    @RolesAllowed(Roles.ISSUING_AUTHORITY)
    public RemovalOrderView contest(@NotNull RemovalOrderId id, @NotNull Contestant by,
                                    @NotBlank @Size(max = 200) @CleanText String courtReference) {
        RemovalOrderAction action = RemovalOrderAction.REMOVAL_ORDER_CONTESTED;
        RemovalOrder order = moves.load(id, action, o -> OrderVisibility.issuer(caller, o));
        return RemovalOrderViews.view(moves.move(order, action, by.name(), (o, actor, now) -> o.contest(by, courtReference, actor, now)));
    }

    /** Records the court's decision on a contested order; the case closes. */
    @RolesAllowed(Roles.ISSUING_AUTHORITY)
    public RemovalOrderView recordOutcome(@NotNull RemovalOrderId id, @NotNull RedressOutcome outcome,
                                          @Size(max = 400) @CleanText(multiLine = true) String note) {
        RemovalOrderAction action = RemovalOrderAction.REMOVAL_ORDER_REDRESS_RECORDED;
        RemovalOrder order = moves.load(id, action, o -> OrderVisibility.issuer(caller, o));
        return RemovalOrderViews.view(moves.move(order, action, outcome.name(), (o, actor, now) -> o.recordOutcome(outcome, note, actor, now)));
    }

    /** Closes an executed order (CLOSE) or withdraws one not yet executed (WITHDRAW, with a reason); open deadlines end. */
    @RolesAllowed(Roles.ISSUING_AUTHORITY)
    public RemovalOrderView close(@NotNull RemovalOrderId id, boolean withdraw,
                                  @Size(max = 400) @CleanText(multiLine = true) String reason) {
        RemovalOrderEvent event = withdraw ? RemovalOrderEvent.WITHDRAW : RemovalOrderEvent.CLOSE;
        RemovalOrderAction action = RemovalOrderAction.of(event);
        RemovalOrder order = moves.load(id, action, o -> OrderVisibility.issuer(caller, o));
        boolean open = order.executedAt() == null;
        boolean executionClockCancelled = order.pausedAt() != null && order.executionOverdueAt() != null;
        moves.move(order, action, reason, (o, actor, now) -> o.close(event, reason, actor, now));
        if (withdraw && open) {
            order.acknowledgementDeadline().filter(d -> order.receivedAt() == null)
                    .ifPresent(d -> deadlines.cancel(new DeadlineId(d), "withdrawn"));
            order.executionDeadline().filter(d -> !executionClockCancelled)
                    .ifPresent(d -> deadlines.cancel(new DeadlineId(d), "withdrawn"));
        }
        return RemovalOrderViews.view(order);
    }

    private static String describe(RemovalOrderFilter filter) {
        return (filter.states().isEmpty() ? "" : "; states " + filter.states())
                + (filter.dueBefore() == null ? "" : "; due before " + filter.dueBefore())
                + (filter.overdue() ? "; overdue only" : "");
    }

    static DeadlineSubject subject(RemovalOrder order) {
        return new DeadlineSubject(SUBJECT_TYPE, order.id().toString());
    }

    /** How long before the execution period ends the provider is reminded; none under a profile version without the key. */
    private LegalPeriod executionReminder(RemovalOrder order) {
        return profiles.optionalPeriod(order.profile(), ProfileKey.REMOVAL_ORDER__EXECUTION_REMINDER).map(LegalPeriod::parse).orElse(null);
    }
}
