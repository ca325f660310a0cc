package eu.csar.orders.domain;

import eu.csar.shared.domain.RuleViolationException;
import eu.csar.shared.domain.TransitionTable;

import java.util.EnumSet;
import java.util.Set;

import static eu.csar.orders.domain.DetectionOrderEvent.ACKNOWLEDGE_RECEIPT;
import static eu.csar.orders.domain.DetectionOrderEvent.ADJUST_DRAFT;
import static eu.csar.orders.domain.DetectionOrderEvent.ANSWER_ANNEX_II;
import static eu.csar.orders.domain.DetectionOrderEvent.CLOSE_APPEAL_WINDOW;
import static eu.csar.orders.domain.DetectionOrderEvent.EXPIRE;
import static eu.csar.orders.domain.DetectionOrderEvent.ISSUE;
import static eu.csar.orders.domain.DetectionOrderEvent.MID_TERM_REPORT_FALLS_DUE;
import static eu.csar.orders.domain.DetectionOrderEvent.MODIFY;
import static eu.csar.orders.domain.DetectionOrderEvent.RECORD_CENTRE_OPINION;
import static eu.csar.orders.domain.DetectionOrderEvent.RECORD_DPA_OPINION;
import static eu.csar.orders.domain.DetectionOrderEvent.RECORD_DPIA;
import static eu.csar.orders.domain.DetectionOrderEvent.RECORD_IMPLEMENTATION_PLAN;
import static eu.csar.orders.domain.DetectionOrderEvent.RECORD_MID_TERM_REPORT;
import static eu.csar.orders.domain.DetectionOrderEvent.RECORD_PROVIDER_COMMENTS;
import static eu.csar.orders.domain.DetectionOrderEvent.REFUSE;
import static eu.csar.orders.domain.DetectionOrderEvent.RESUME;
import static eu.csar.orders.domain.DetectionOrderEvent.REVOKE;
import static eu.csar.orders.domain.DetectionOrderEvent.SEND_FOR_CONSULTATION;
import static eu.csar.orders.domain.DetectionOrderEvent.START;
import static eu.csar.orders.domain.DetectionOrderEvent.SUBMIT_TO_ISSUING_AUTHORITY;
import static eu.csar.orders.domain.DetectionOrderEvent.TRANSMIT;
import static eu.csar.orders.domain.DetectionOrderEvent.WITHDRAW;
import static eu.csar.orders.domain.DetectionOrderState.ADJUSTED;
import static eu.csar.orders.domain.DetectionOrderState.DRAFTED;
import static eu.csar.orders.domain.DetectionOrderState.EXPIRED;
import static eu.csar.orders.domain.DetectionOrderState.FINAL;
import static eu.csar.orders.domain.DetectionOrderState.IN_CONSULTATION;
import static eu.csar.orders.domain.DetectionOrderState.IN_FORCE;
import static eu.csar.orders.domain.DetectionOrderState.ISSUED;
import static eu.csar.orders.domain.DetectionOrderState.MID_TERM_REPORT_DUE;
import static eu.csar.orders.domain.DetectionOrderState.MODIFIED;
import static eu.csar.orders.domain.DetectionOrderState.PAUSED_BEFORE_FINAL;
import static eu.csar.orders.domain.DetectionOrderState.PAUSED_BEFORE_START;
import static eu.csar.orders.domain.DetectionOrderState.PAUSED_IN_FORCE;
import static eu.csar.orders.domain.DetectionOrderState.PLAN_RECORDED;
import static eu.csar.orders.domain.DetectionOrderState.RECEIVED;
import static eu.csar.orders.domain.DetectionOrderState.REFUSED;
import static eu.csar.orders.domain.DetectionOrderState.REVOKED;
import static eu.csar.orders.domain.DetectionOrderState.SUBMITTED;
import static eu.csar.orders.domain.DetectionOrderState.TRANSMITTED;
import static eu.csar.orders.domain.DetectionOrderState.WITHDRAWN;

/**
 * The detection-order workflow of Art 7-11 (COM-2022-209), in one table, from the Coordinating
 * Authority of establishment's draft request to the order's end:
 * <pre>
 * DRAFTED -SEND_FOR_CONSULTATION-> IN_CONSULTATION (provider comments, EU Centre opinion: Art 7(3))
 *   -ADJUST_DRAFT-> ADJUSTED -RECORD_IMPLEMENTATION_PLAN-> PLAN_RECORDED (grooming: DPIA, DPA opinion)
 *   -SUBMIT_TO_ISSUING_AUTHORITY-> SUBMITTED -ISSUE-> ISSUED | -REFUSE-> REFUSED
 * ISSUED -TRANSMIT-> TRANSMITTED -ACKNOWLEDGE_RECEIPT-> RECEIVED -CLOSE_APPEAL_WINDOW-> FINAL
 *   -START-> IN_FORCE -MID_TERM_REPORT_FALLS_DUE-> MID_TERM_REPORT_DUE -RECORD_MID_TERM_REPORT-> IN_FORCE
 *   -EXPIRE-> EXPIRED;  MODIFY / REVOKE from every state between ISSUED (REVOKE) or TRANSMITTED (MODIFY) and the end
 * ANSWER_ANNEX_II (Art 8(3)): RECEIVED -> PAUSED_BEFORE_FINAL, FINAL -> PAUSED_BEFORE_START,
 *   IN_FORCE -> PAUSED_IN_FORCE; RESUME goes back to the phase the order has reached meanwhile.
 * </pre>
 * The clock events go on during a pause (an appeal window is a court's, not the provider's), so the
 * paused order moves between the paused phases; whether its start, mid-term report and end wait for
 * the pause is the profile's {@code detection-order.annex-ii-pauses}, which the schedule applies
 * ({@link DetectionOrderSchedule#resumed}). WITHDRAW ends a request the Coordinating Authority has not
 * yet submitted. What the table cannot say (timing, the grooming safeguards, a reason) the schedule,
 * the profile view and {@link #checkReason} refuse.
 */
public final class DetectionOrderLifecycle {

    /** The state of a new request. */
    public static final DetectionOrderState INITIAL = DRAFTED;

    /** The states no event leaves. */
    public static final Set<DetectionOrderState> ENDS = EnumSet.of(REFUSED, EXPIRED, MODIFIED, REVOKED, WITHDRAWN);

    /** The events whose history row must give a reason: a decision against the order or its execution. */
    public static final Set<DetectionOrderEvent> NEED_A_REASON = EnumSet.of(REFUSE, ANSWER_ANNEX_II, MODIFY, REVOKE, WITHDRAW);

    public static final TransitionTable<DetectionOrderState, DetectionOrderEvent> TABLE = table();

    private DetectionOrderLifecycle() {
    }

    private static TransitionTable<DetectionOrderState, DetectionOrderEvent> table() {
        TransitionTable.Builder<DetectionOrderState, DetectionOrderEvent> t =
                TransitionTable.of("detection order", DetectionOrderState.class, DetectionOrderEvent.class)
                        .allow(DRAFTED, SEND_FOR_CONSULTATION, IN_CONSULTATION)
                        .allow(IN_CONSULTATION, RECORD_PROVIDER_COMMENTS, IN_CONSULTATION)
                        .allow(IN_CONSULTATION, RECORD_CENTRE_OPINION, IN_CONSULTATION)
                        .allow(IN_CONSULTATION, ADJUST_DRAFT, ADJUSTED)
                        .allow(ADJUSTED, RECORD_IMPLEMENTATION_PLAN, PLAN_RECORDED)
                        .allow(PLAN_RECORDED, RECORD_IMPLEMENTATION_PLAN, PLAN_RECORDED)
                        .allow(PLAN_RECORDED, RECORD_DPIA, PLAN_RECORDED)
                        .allow(PLAN_RECORDED, RECORD_DPA_OPINION, PLAN_RECORDED)
                        .allow(PLAN_RECORDED, SUBMIT_TO_ISSUING_AUTHORITY, SUBMITTED)
                        .allow(SUBMITTED, ISSUE, ISSUED)
                        .allow(SUBMITTED, REFUSE, REFUSED)
                        .allow(ISSUED, TRANSMIT, TRANSMITTED)
                        .allow(TRANSMITTED, ACKNOWLEDGE_RECEIPT, RECEIVED)
                        .allow(RECEIVED, CLOSE_APPEAL_WINDOW, FINAL)
                        .allow(FINAL, START, IN_FORCE)
                        .allow(IN_FORCE, MID_TERM_REPORT_FALLS_DUE, MID_TERM_REPORT_DUE)
                        .allow(MID_TERM_REPORT_DUE, RECORD_MID_TERM_REPORT, IN_FORCE)
                        .allow(IN_FORCE, EXPIRE, EXPIRED)
                        .allow(MID_TERM_REPORT_DUE, EXPIRE, EXPIRED)
                        // Annex II: the pause follows the order's phase, and the clocks go on moving it.
                        .allow(RECEIVED, ANSWER_ANNEX_II, PAUSED_BEFORE_FINAL)
                        .allow(FINAL, ANSWER_ANNEX_II, PAUSED_BEFORE_START)
                        .allow(IN_FORCE, ANSWER_ANNEX_II, PAUSED_IN_FORCE)
                        .allow(PAUSED_BEFORE_FINAL, RESUME, RECEIVED)
                        .allow(PAUSED_BEFORE_START, RESUME, FINAL)
                        .allow(PAUSED_IN_FORCE, RESUME, IN_FORCE)
                        .allow(PAUSED_BEFORE_FINAL, CLOSE_APPEAL_WINDOW, PAUSED_BEFORE_START)
                        .allow(PAUSED_BEFORE_START, START, PAUSED_IN_FORCE)
                        // A report that falls due in a pause is recorded, and may be given, without ending the pause.
                        .allow(PAUSED_IN_FORCE, MID_TERM_REPORT_FALLS_DUE, PAUSED_IN_FORCE)
                        .allow(PAUSED_IN_FORCE, RECORD_MID_TERM_REPORT, PAUSED_IN_FORCE)
                        .allow(PAUSED_IN_FORCE, EXPIRE, EXPIRED)
                        .allow(ISSUED, REVOKE, REVOKED);
        for (DetectionOrderState s : EnumSet.of(TRANSMITTED, RECEIVED, FINAL, IN_FORCE, MID_TERM_REPORT_DUE,
                PAUSED_BEFORE_FINAL, PAUSED_BEFORE_START, PAUSED_IN_FORCE)) {
            t.allow(s, MODIFY, MODIFIED).allow(s, REVOKE, REVOKED);
        }
        for (DetectionOrderState s : EnumSet.of(DRAFTED, IN_CONSULTATION, ADJUSTED, PLAN_RECORDED)) {
            t.allow(s, WITHDRAW, WITHDRAWN);
        }
        return t.build();
    }

    /**
     * The next state, after checking the move and its reason.
     *
     * @throws RuleViolationException NOT_PERMITTED_IN_STATE for a move the table does not have,
     *         INVALID (field {@code reason}) for an event of {@link #NEED_A_REASON} without one
     */
    public static DetectionOrderState next(DetectionOrderState from, DetectionOrderEvent event, String reason) {
        DetectionOrderState to = TABLE.next(from, event);
        checkReason(event, reason);
        return to;
    }

    /** Refuses a refusal, an Annex II answer, a modification, a revocation or a withdrawal without a reason. */
    public static void checkReason(DetectionOrderEvent event, String reason) {
        if (NEED_A_REASON.contains(event) && (reason == null || reason.isBlank())) {
            throw RuleViolationException.invalid("reason",
                    "A detection order's " + event + " needs a reason: it is recorded in the order's history and told to the provider");
        }
    }
}
