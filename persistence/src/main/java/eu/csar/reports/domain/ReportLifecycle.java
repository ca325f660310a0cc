package eu.csar.reports.domain;

import eu.csar.reports.api.ReportState;
import eu.csar.shared.domain.TransitionTable;

import static eu.csar.reports.api.ReportState.AWAITING_SECOND_REVIEW;
import static eu.csar.reports.api.ReportState.FINISHED;
import static eu.csar.reports.api.ReportState.FORWARDED;
import static eu.csar.reports.api.ReportState.FORWARD_DECIDED;
import static eu.csar.reports.api.ReportState.IN_REVIEW;
import static eu.csar.reports.api.ReportState.IN_SECOND_REVIEW;
import static eu.csar.reports.api.ReportState.MANIFESTLY_UNFOUNDED;
import static eu.csar.reports.api.ReportState.OPEN;
import static eu.csar.reports.api.ReportState.RETRACTED;

/**
 * A provider's report (Art 12-13, 48), in one table. The provider: OPEN -FINISH-> FINISHED, and
 * RETRACT from every state before the Centre decided. The review desk: a FINISHED report is in the
 * queue; CLAIM -> IN_REVIEW (RELEASE back; TAKE_OVER of an abandoned claim); DECIDE_FORWARD ->
 * FORWARD_DECIDED, DECIDE_UNFOUNDED -> MANIFESTLY_UNFOUNDED, or, where the legal profile asks for
 * four eyes, PROPOSE_UNFOUNDED -> AWAITING_SECOND_REVIEW, which a second reviewer claims
 * (IN_SECOND_REVIEW) and either confirms (CONFIRM_UNFOUNDED) or overrules by forwarding. Who may
 * take which step (the claimant, a reviewer other than the first) is {@link Report}'s rule.
 * Where the legal profile allows it, the platform decides a FINISHED, unclaimed report whose evidence
 * all matched verified indicators itself: DECIDE_FORWARD_AUTOMATICALLY -> FORWARD_DECIDED ({@link AutomaticForwardRule}).
 * Forwarding: FORWARD_DECIDED -FORWARD-> FORWARDED once every recipient received the report.
 * FORWARD_DECIDED, FORWARDED and MANIFESTLY_UNFOUNDED leave the provider nothing to retract.
 */
public final class ReportLifecycle {

    /** The state of a newly opened report. */
    public static final ReportState INITIAL = OPEN;

    /** The event name of the first history row, written when the report is opened. */
    public static final String OPEN_EVENT = "OPEN";

    public static final TransitionTable<ReportState, ReportEvent> TABLE =
            TransitionTable.of("report", ReportState.class, ReportEvent.class)
                    .allow(OPEN, ReportEvent.FINISH, FINISHED)
                    .allow(OPEN, ReportEvent.RETRACT, RETRACTED)
                    .allow(FINISHED, ReportEvent.RETRACT, RETRACTED)
                    .allow(FINISHED, ReportEvent.CLAIM, IN_REVIEW)
                    .allow(FINISHED, ReportEvent.DECIDE_FORWARD_AUTOMATICALLY, FORWARD_DECIDED)
                    .allow(IN_REVIEW, ReportEvent.RELEASE, FINISHED)
                    .allow(IN_REVIEW, ReportEvent.TAKE_OVER, IN_REVIEW)
                    .allow(IN_REVIEW, ReportEvent.RETRACT, RETRACTED)
                    .allow(IN_REVIEW, ReportEvent.DECIDE_FORWARD, FORWARD_DECIDED)
                    .allow(IN_REVIEW, ReportEvent.DECIDE_UNFOUNDED, MANIFESTLY_UNFOUNDED)
                    .allow(IN_REVIEW, ReportEvent.PROPOSE_UNFOUNDED, AWAITING_SECOND_REVIEW)
                    .allow(AWAITING_SECOND_REVIEW, ReportEvent.CLAIM, IN_SECOND_REVIEW)
                    .allow(AWAITING_SECOND_REVIEW, ReportEvent.RETRACT, RETRACTED)
                    .allow(IN_SECOND_REVIEW, ReportEvent.RELEASE, AWAITING_SECOND_REVIEW)
                    .allow(IN_SECOND_REVIEW, ReportEvent.TAKE_OVER, IN_SECOND_REVIEW)
                    .allow(IN_SECOND_REVIEW, ReportEvent.RETRACT, RETRACTED)
                    .allow(IN_SECOND_REVIEW, ReportEvent.CONFIRM_UNFOUNDED, MANIFESTLY_UNFOUNDED)
                    .allow(IN_SECOND_REVIEW, ReportEvent.DECIDE_FORWARD, FORWARD_DECIDED)
                    .allow(FORWARD_DECIDED, ReportEvent.FORWARD, FORWARDED)
                    .build();

    private ReportLifecycle() {
    }
}
