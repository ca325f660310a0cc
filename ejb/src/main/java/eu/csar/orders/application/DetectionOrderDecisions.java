package eu.csar.orders.application;

import eu.csar.audit.application.AuditRecorder;
import eu.csar.indicators.api.GrantId;
import eu.csar.indicators.api.IndicatorSetId;
import eu.csar.legal.api.DeadlineId;
import eu.csar.legal.api.DeadlinePlan;
import eu.csar.legal.api.DeadlineState;
import eu.csar.legal.api.DeadlineView;
import eu.csar.legal.api.LegalPeriod;
import eu.csar.legal.api.ProfileKey;
import eu.csar.legal.application.DeadlineService;
import eu.csar.legal.application.LegalProfiles;
import eu.csar.orders.api.DetectionOrderId;
import eu.csar.orders.domain.DetectionOrder;
import eu.csar.orders.domain.DetectionOrderAction;
import eu.csar.orders.domain.DetectionOrderProfile;
import eu.csar.orders.domain.DetectionOrderRepository;
import eu.csar.orders.domain.DetectionOrderSchedule;
import eu.csar.security.api.Caller;
import eu.csar.security.api.Roles;
import eu.csar.shared.domain.CleanText;
import eu.csar.shared.domain.RuleViolationException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * Detection orders from the issuing authority's decision on (Art 7(4), 8, 9): the issuing authority
 * of the order's Member State issues a submitted request with its start date, which transmits it at
 * once to the provider, the Coordinating Authority and the EU Centre (the platform is the channel) and
 * creates the provider's indicator grants for the named sets over the order's period; or it refuses
 * the request with reasons; it revokes an issued order, which ends the grants, or modifies it, which
 * replaces it by a new order. The provider
 * acknowledges receipt, which fixes the order's dates from the pinned profile and schedules them as
 * persistent deadlines: the appeal window's end (the order is then final), the start (in force) and
 * the end (expired), which {@link DetectionOrderClocks} applies when they are reached.
 */
@Stateless
public class DetectionOrderDecisions {

    static final String APPEAL_WINDOW = "detection-order.final";
    static final String START = "detection-order.start";
    static final String END = "detection-order.end";
    static final String MID_TERM = "detection-order.mid-term-report";

    @Inject
    DetectionOrderRepository orders;

    @Inject
    DetectionOrderMoves moves;

    @Inject
    DetectionOrderRules profileRules;

    @Inject
    DetectionOrderGrants grants;

    @Inject
    DeadlineService deadlines;

    @Inject
    LegalProfiles profiles;

    @Inject
    AuditRecorder audit;

    @Inject
    Caller caller;

    @Inject
    Clock clock;

    /**
     * Issues the order starting at {@code start} (within the profile's window as if received now),
     * transmits it, and grants the provider its indicator sets from the start to the end.
     */
    @RolesAllowed(Roles.ISSUING_AUTHORITY)
    public DetectionOrderView issue(@NotNull DetectionOrderId id, @NotBlank @Size(max = 200) @CleanText String issuingAuthority,
                                    @NotNull Instant start, @NotBlank @Size(max = 4000) @CleanText(multiLine = true) String reasons) {
        DetectionOrderAction action = DetectionOrderAction.DETECTION_ORDER_ISSUED;
        DetectionOrder order = moves.load(id, action, o -> DetectionOrderVisibility.issuer(caller, o));
        DetectionOrderProfile rules = profileRules.of(order.profile());
        moves.move(order, action, "starts " + start, (o, actor, now) -> o.issue(rules, issuingAuthority, start, reasons, actor, now));
        moves.move(order, DetectionOrderAction.DETECTION_ORDER_TRANSMITTED, "to " + order.providerName() + " ("
                + order.addressedTo() + "), the Coordinating Authority of " + order.memberState() + " and the EU Centre",
                (o, actor, now) -> o.transmit(actor, now));
        List<GrantId> created = grants.grant(order.providerId(), order.indicatorSets(), order.startAt(), order.endAt(),
                order.id().toString());
        order.granted(created);
        orders.flush();
        return DetectionOrderViews.view(order);
    }

    /** Refuses the request, with reasons. */
    @RolesAllowed(Roles.ISSUING_AUTHORITY)
    public DetectionOrderView refuse(@NotNull DetectionOrderId id, @NotBlank @Size(max = 200) @CleanText String issuingAuthority,
                                     @NotBlank @Size(max = 4000) @CleanText(multiLine = true) String reasons) {
        DetectionOrderAction action = DetectionOrderAction.DETECTION_ORDER_REFUSED;
        DetectionOrder order = moves.load(id, action, o -> DetectionOrderVisibility.issuer(caller, o));
        moves.move(order, action, null, (o, actor, now) -> o.refuse(issuingAuthority, reasons, actor, now));
        return DetectionOrderViews.view(order);
    }

    /** Revokes an issued order, with reasons: its grants and its open deadlines end now. */
    @RolesAllowed(Roles.ISSUING_AUTHORITY)
    public DetectionOrderView revoke(@NotNull DetectionOrderId id, @NotBlank @Size(max = 500) @CleanText(multiLine = true) String reason) {
        DetectionOrderAction action = DetectionOrderAction.DETECTION_ORDER_REVOKED;
        DetectionOrder order = moves.load(id, action, o -> DetectionOrderVisibility.issuer(caller, o));
        moves.move(order, action, reason, (o, actor, now) -> o.revoke(reason, actor, now));
        end(order, reason, "detection order revoked");
        orders.flush();
        return DetectionOrderViews.view(order);
    }

    /**
     * Modifies an order at the Coordinating Authority's request (Art 9(4)): the order ends as MODIFIED
     * (its grants and open deadlines with it) and the order that replaces it, with the new indicator
     * sets, duration and safeguards and the original start, is issued and transmitted at once; the
     * provider's grants move to the new sets from now (or the start, if later) to the new end, so
     * detection does not stop. The provider acknowledges the replacement like any order; its appeal
     * window counts from that receipt. Returns the replacement.
     */
    @RolesAllowed(Roles.ISSUING_AUTHORITY)
    public DetectionOrderView modify(@NotNull DetectionOrderId id, @NotBlank @Size(max = 200) @CleanText String issuingAuthority,
                                     @NotNull @Size(min = 1, max = DetectionOrder.MAX_SETS) Set<@NotNull IndicatorSetId> sets,
                                     @NotNull LegalPeriod duration,
                                     @NotBlank @Size(max = 4000) @CleanText(multiLine = true) String safeguards,
                                     @NotBlank @Size(max = 500) @CleanText(multiLine = true) String reasons) {
        DetectionOrderAction action = DetectionOrderAction.DETECTION_ORDER_MODIFIED;
        DetectionOrder order = moves.load(id, action, o -> DetectionOrderVisibility.issuer(caller, o));
        DetectionOrderProfile rules = profileRules.of(order.profile());
        DetectionOrder[] replacement = new DetectionOrder[1];
        moves.move(order, action, "replaced at the Coordinating Authority's request", (o, actor, now) -> {
            Set<IndicatorSetId> unknown = grants.unknownSets(sets);
            if (!unknown.isEmpty()) {
                throw RuleViolationException.invalid("indicatorSets", "No indicator sets " + unknown);
            }
            replacement[0] = DetectionOrder.modificationOf(o, sets, duration, safeguards, issuingAuthority, reasons, rules, actor, now);
            orders.add(replacement[0]);
            o.modify(replacement[0], reasons, actor, now);
        });
        end(order, reasons, "detection order modified");
        DetectionOrder modified = replacement[0];
        audit.success(DetectionOrderAction.DETECTION_ORDER_ISSUED, modified.id(), DetectionOrderMoves.PURPOSE
                + "; modification of " + order.id() + " under " + rules.ref());
        moves.move(modified, DetectionOrderAction.DETECTION_ORDER_TRANSMITTED, "to " + modified.providerName() + " ("
                + modified.addressedTo() + "), the Coordinating Authority of " + modified.memberState() + " and the EU Centre",
                (o, actor, now) -> o.transmit(actor, now));
        Instant from = modified.startAt().isAfter(clock.instant()) ? modified.startAt() : clock.instant();
        modified.granted(grants.grant(modified.providerId(), modified.indicatorSets(), from, modified.endAt(),
                modified.id().toString()));
        orders.flush();
        return DetectionOrderViews.view(modified);
    }

    /** Ends an order's grants and cancels its open deadlines. */
    private void end(DetectionOrder order, String reason, String why) {
        grants.end(order.grants(), order.id().toString(), reason);
        for (DeadlineView d : deadlines.forSubject(DetectionOrders.subject(order))) {
            if (d.state() == DeadlineState.SCHEDULED || d.state() == DeadlineState.PAUSED) {
                deadlines.cancel(d.id(), why);
            }
        }
    }

    /**
     * The provider acknowledges receipt (Art 7(9)): the appeal window, the start and the end are
     * scheduled as persistent deadlines, and the mid-term report when the order needs one.
     */
    @RolesAllowed(Roles.PROVIDER)
    public DetectionOrderView acknowledge(@NotNull DetectionOrderId id) {
        DetectionOrderAction action = DetectionOrderAction.DETECTION_ORDER_RECEIVED;
        DetectionOrder order = moves.load(id, action, o -> DetectionOrderVisibility.addressee(caller, o));
        DetectionOrderProfile rules = profileRules.of(order.profile());
        DetectionOrderSchedule[] schedule = new DetectionOrderSchedule[1];
        moves.move(order, action, null, (o, actor, now) -> schedule[0] = o.acknowledge(rules, actor, now));
        DetectionOrderSchedule s = schedule[0];
        DeadlineView appeal = deadlines.schedule(new DeadlinePlan(APPEAL_WINDOW, DetectionOrders.subject(order), order.profile(),
                rules.rule(ProfileKey.DETECTION_ORDER__APPEAL_WINDOW).period(), s.receivedAt(), null, null, null));
        // a replacement's start may lie before its own appeal window closes: it then starts when final
        Instant startDue = s.start().isAfter(s.appealWindowCloses()) ? s.start() : s.appealWindowCloses();
        DeadlineView start = deadlines.schedule(at(START, order, s.receivedAt(), startDue, null));
        DeadlineView end = deadlines.schedule(new DeadlinePlan(END, DetectionOrders.subject(order), order.profile(),
                order.duration(), s.start(), null, null, null));
        s.midTermReportDue().filter(due -> due.isAfter(s.receivedAt()))
                .ifPresent(due -> order.midTermDeadline(deadlines.schedule(at(MID_TERM, order, s.receivedAt(), due,
                        midTermReminder(order))).id().value()));
        order.deadlines(null, appeal.id().value(), start.id().value(), end.id().value());
        orders.flush();
        return DetectionOrderViews.view(order);
    }

    /**
     * A deadline at exactly {@code due}, counted from {@code from}: the deadline service counts in whole
     * legal periods, so it holds the instant as the whole days from a base that many days before it
     * (at least one day), which reaches exactly that instant.
     */
    private static DeadlinePlan at(String kind, DetectionOrder order, Instant from, Instant due, LegalPeriod reminderBefore) {
        long days = Math.max(1, Duration.between(from, due).toDays());
        return new DeadlinePlan(kind, DetectionOrders.subject(order), order.profile(), LegalPeriod.days(Math.toIntExact(days)),
                due.minus(Duration.ofDays(days)), reminderBefore, null, null);
    }

    /** How long before the mid-term report falls due the provider is reminded; none under a profile version without the key. */
    private LegalPeriod midTermReminder(DetectionOrder order) {
        return profiles.optionalPeriod(order.profile(), ProfileKey.DETECTION_ORDER__MID_TERM_REPORT_REMINDER)
                .map(LegalPeriod::parse).orElse(null);
    }
}
