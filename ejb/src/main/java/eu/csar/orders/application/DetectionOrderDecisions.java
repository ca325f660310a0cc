package eu.csar.orders.application;

import eu.csar.indicators.api.GrantId;
import eu.csar.legal.api.DeadlineId;
import eu.csar.legal.api.DeadlinePlan;
import eu.csar.legal.api.DeadlineState;
import eu.csar.legal.api.DeadlineView;
import eu.csar.legal.api.LegalPeriod;
import eu.csar.legal.api.ProfileKey;
import eu.csar.legal.application.DeadlineService;
import eu.csar.orders.api.DetectionOrderId;
import eu.csar.orders.domain.DetectionOrder;
import eu.csar.orders.domain.DetectionOrderAction;
import eu.csar.orders.domain.DetectionOrderProfile;
import eu.csar.orders.domain.DetectionOrderRepository;
import eu.csar.orders.domain.DetectionOrderSchedule;
import eu.csar.security.api.Caller;
import eu.csar.security.api.Roles;
import eu.csar.shared.domain.CleanText;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Detection orders from the issuing authority's decision on (Art 7(4), 8, 9): the issuing authority
 * of the order's Member State issues a submitted request with its start date, which transmits it at
 * once to the provider, the Coordinating Authority and the EU Centre (the platform is the channel) and
 * creates the provider's indicator grants for the named sets over the order's period; or it refuses
 * the request with reasons; it revokes an issued order, which ends the grants. The provider
 * acknowledges receipt, which fixes the order's dates from the pinned profile and schedules them as
 * persistent deadlines: the appeal window's end (the order is then final), the start (in force) and
 * the end (expired), which {@link DetectionOrderClocks} applies when they are reached.
 */
@Stateless
public class DetectionOrderDecisions {

    static final String APPEAL_WINDOW = "detection-order.final";
    static final String START = "detection-order.start";
    static final String END = "detection-order.end";

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
    Caller caller;

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
        grants.end(order.grants(), order.id().toString(), reason);
        for (DeadlineView d : deadlines.forSubject(DetectionOrders.subject(order))) {
            if (d.state() == DeadlineState.SCHEDULED || d.state() == DeadlineState.PAUSED) {
                deadlines.cancel(d.id(), "detection order revoked");
            }
        }
        orders.flush();
        return DetectionOrderViews.view(order);
    }

    /**
     * The provider acknowledges receipt (Art 7(9)): the appeal window, the start and the end are
     * scheduled as persistent deadlines. The start is the issuing authority's date; the deadline service
     * counts in whole legal periods, so it holds the start as the whole days from a base that many days
     * before it, which reaches exactly that instant.
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
        long days = Math.max(1, Duration.between(s.receivedAt(), s.start()).toDays());
        DeadlineView start = deadlines.schedule(new DeadlinePlan(START, DetectionOrders.subject(order), order.profile(),
                LegalPeriod.days(Math.toIntExact(days)), s.start().minus(Duration.ofDays(days)), null, null, null));
        DeadlineView end = deadlines.schedule(new DeadlinePlan(END, DetectionOrders.subject(order), order.profile(),
                order.duration(), s.start(), null, null, null));
        order.deadlines(null, appeal.id().value(), start.id().value(), end.id().value());
        orders.flush();
        return DetectionOrderViews.view(order);
    }
}
