package eu.csar.orders.application;

import eu.csar.indicators.api.GrantId;
import eu.csar.legal.api.DeadlineId;
import eu.csar.legal.api.DeadlineState;
import eu.csar.legal.api.DeadlineView;
import eu.csar.orders.api.DetectionOrderId;
import eu.csar.orders.domain.AnnexIiGround;
import eu.csar.orders.domain.DetectionOrder;
import eu.csar.orders.domain.DetectionOrderAction;
import eu.csar.orders.domain.DetectionOrderClock;
import eu.csar.orders.domain.DetectionOrderProfile;
import eu.csar.orders.domain.DetectionOrderRepository;
import eu.csar.legal.application.DeadlineService;
import eu.csar.security.api.Caller;
import eu.csar.security.api.Roles;
import eu.csar.shared.domain.CleanText;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.Clock;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * A detection order while it is executed (Art 8(3), Art 9(3)): the provider answers with the Annex II
 * template that it cannot execute the order (manifest errors, or not enough information) and asks for
 * clarification; the order pauses, and the persistent deadlines of the clocks the profile's
 * {@code detection-order.annex-ii-pauses} names stop with it. The Coordinating Authority of
 * establishment clarifies and the order resumes: those deadlines run on with the time they had left,
 * the order's dates move with them (the order shows the due times its deadlines keep), and when its end moved the provider's indicator grants are
 * renewed up to the new end. The provider gives its mid-term execution report once it is due
 * ({@link DetectionOrderClocks} moves the order there at the deadline scheduled at receipt). Every
 * move writes a history row and an audit entry; another Member State's or provider's order is not found.
 */
@Stateless
public class DetectionOrderExecutions {

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

    @Inject
    Clock clock;

    /** The provider's Annex II answer: the order pauses, and so do the deadlines the profile names. */
    @RolesAllowed(Roles.PROVIDER)
    public DetectionOrderView answerAnnexIi(@NotNull DetectionOrderId id, @NotNull AnnexIiGround ground,
                                            @NotBlank @Size(max = 4000) @CleanText(multiLine = true) String explanation,
                                            @NotBlank @Size(max = 4000) @CleanText(multiLine = true) String clarificationRequested) {
        DetectionOrderAction action = DetectionOrderAction.DETECTION_ORDER_ANNEX_II_ANSWERED;
        DetectionOrder order = moves.load(id, action, o -> DetectionOrderVisibility.addressee(caller, o));
        DetectionOrderProfile rules = profileRules.of(order.profile());
        moves.move(order, action, ground + ", clarification requested",
                (o, actor, now) -> o.answerAnnexIi(ground, explanation, clarificationRequested, actor, now));
        for (DeadlineId d : held(order, rules, DeadlineState.SCHEDULED).values()) {
            deadlines.pause(d, "Annex II answer of the provider (Art 8(3))");
        }
        return DetectionOrderViews.view(order);
    }

    /**
     * The Coordinating Authority's clarification: the order resumes in the phase it has reached, its
     * held deadlines run on, and its grants follow a moved end.
     */
    @RolesAllowed(Roles.COORDINATING_AUTHORITY)
    public DetectionOrderView clarify(@NotNull DetectionOrderId id,
                                      @NotBlank @Size(max = 4000) @CleanText(multiLine = true) String clarification) {
        DetectionOrderAction action = DetectionOrderAction.DETECTION_ORDER_RESUMED;
        DetectionOrder order = moves.load(id, action, o -> DetectionOrderVisibility.coordinator(caller, o));
        DetectionOrderProfile rules = profileRules.of(order.profile());
        Instant endBefore = order.endAt();
        moves.move(order, action, "clarified after the Annex II answer",
                (o, actor, now) -> o.resume(rules, clarification, actor, now));
        for (Map.Entry<DetectionOrderClock, DeadlineId> d : held(order, rules, DeadlineState.PAUSED).entrySet()) {
            DeadlineView resumed = deadlines.resume(d.getValue(), "clarified by the Coordinating Authority of " + order.memberState());
            order.followDeadline(d.getKey(), resumed.dueAt());
        }
        if (!order.endAt().equals(endBefore) && !order.grants().isEmpty()) {
            String ref = order.id().toString();
            grants.end(order.grants(), ref, "the order's end moved after an Annex II pause");
            Instant from = order.startAt().isAfter(clock.instant()) ? order.startAt() : clock.instant();
            List<GrantId> renewed = grants.grant(order.providerId(), order.indicatorSets(), from, order.endAt(), ref);
            order.regranted(renewed);
        }
        orders.flush();
        return DetectionOrderViews.view(order);
    }

    /** The provider's mid-term report on the execution (Art 9(3)); a deadline still open for it is done. */
    @RolesAllowed(Roles.PROVIDER)
    public DetectionOrderView reportMidTerm(@NotNull DetectionOrderId id,
                                            @NotBlank @Size(max = 4000) @CleanText(multiLine = true) String report) {
        DetectionOrderAction action = DetectionOrderAction.DETECTION_ORDER_MID_TERM_REPORTED;
        DetectionOrder order = moves.load(id, action, o -> DetectionOrderVisibility.addressee(caller, o));
        moves.move(order, action, null, (o, actor, now) -> o.recordMidTermReport(report, actor, now));
        order.execution().midTermDeadline().map(DeadlineId::new).ifPresent(d -> {
            if (open(order, d)) {
                deadlines.cancel(d, "mid-term report given");
            }
        });
        return DetectionOrderViews.view(order);
    }

    /** The deadlines of the clocks the profile holds in a pause, among the order's, that are in {@code state}. */
    private Map<DetectionOrderClock, DeadlineId> held(DetectionOrder order, DetectionOrderProfile rules, DeadlineState state) {
        List<DeadlineView> all = deadlines.forSubject(DetectionOrders.subject(order));
        Map<DetectionOrderClock, DeadlineId> held = new EnumMap<>(DetectionOrderClock.class);
        for (DetectionOrderClock c : rules.annexIIPauses()) {
            deadlineOf(order, c).filter(id -> all.stream().anyMatch(d -> d.id().value().equals(id) && d.state() == state))
                    .ifPresent(id -> held.put(c, new DeadlineId(id)));
        }
        return held;
    }

    private static Optional<UUID> deadlineOf(DetectionOrder order, DetectionOrderClock clock) {
        return switch (clock) {
            case START -> order.startDeadline();
            case MID_TERM_REPORT -> order.execution().midTermDeadline();
            case END -> order.endDeadline();
        };
    }

    private boolean open(DetectionOrder order, DeadlineId id) {
        return deadlines.forSubject(DetectionOrders.subject(order)).stream()
                .anyMatch(d -> d.id().equals(id) && (d.state() == DeadlineState.SCHEDULED || d.state() == DeadlineState.PAUSED));
    }
}
