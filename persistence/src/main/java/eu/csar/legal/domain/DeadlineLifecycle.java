package eu.csar.legal.domain;

import eu.csar.legal.api.DeadlineState;
import eu.csar.shared.domain.TransitionTable;

/**
 * The deadline workflow. A scheduled deadline may be paused (force majeure) and resumed, restarted
 * (after clarification, also while paused), extended, reminded, fired by the sweep when due, or
 * cancelled; a fired deadline may be escalated (again and again, one level up each time) or
 * cancelled once the case is dealt with. A cancelled deadline is final.
 */
public final class DeadlineLifecycle {

    /** The state of a newly scheduled deadline. */
    public static final DeadlineState INITIAL = DeadlineState.SCHEDULED;

    public static final TransitionTable<DeadlineState, DeadlineEvent> TABLE =
            TransitionTable.of("deadline", DeadlineState.class, DeadlineEvent.class)
                    .allow(DeadlineState.SCHEDULED, DeadlineEvent.PAUSE, DeadlineState.PAUSED)
                    .allow(DeadlineState.SCHEDULED, DeadlineEvent.RESTART, DeadlineState.SCHEDULED)
                    .allow(DeadlineState.SCHEDULED, DeadlineEvent.EXTEND, DeadlineState.SCHEDULED)
                    .allow(DeadlineState.SCHEDULED, DeadlineEvent.REMIND, DeadlineState.SCHEDULED)
                    .allow(DeadlineState.SCHEDULED, DeadlineEvent.FIRE, DeadlineState.FIRED)
                    .allow(DeadlineState.SCHEDULED, DeadlineEvent.CANCEL, DeadlineState.CANCELLED)
                    .allow(DeadlineState.PAUSED, DeadlineEvent.RESUME, DeadlineState.SCHEDULED)
                    .allow(DeadlineState.PAUSED, DeadlineEvent.RESTART, DeadlineState.SCHEDULED)
                    .allow(DeadlineState.PAUSED, DeadlineEvent.CANCEL, DeadlineState.CANCELLED)
                    .allow(DeadlineState.FIRED, DeadlineEvent.ESCALATE, DeadlineState.ESCALATED)
                    .allow(DeadlineState.FIRED, DeadlineEvent.CANCEL, DeadlineState.CANCELLED)
                    .allow(DeadlineState.ESCALATED, DeadlineEvent.ESCALATE, DeadlineState.ESCALATED)
                    .allow(DeadlineState.ESCALATED, DeadlineEvent.CANCEL, DeadlineState.CANCELLED)
                    .build();

    private DeadlineLifecycle() {
    }
}
