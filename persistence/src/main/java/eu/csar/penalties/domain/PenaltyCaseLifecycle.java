package eu.csar.penalties.domain;

import eu.csar.penalties.api.PenaltyCaseState;
import eu.csar.shared.domain.TransitionTable;

import static eu.csar.penalties.api.PenaltyCaseState.CLOSED;
import static eu.csar.penalties.api.PenaltyCaseState.DECIDED;
import static eu.csar.penalties.api.PenaltyCaseState.OPEN;
import static eu.csar.penalties.api.PenaltyCaseState.WITHDRAWN;

/**
 * The penalty case workflow (Art 35), in one table: OPEN -DECIDE-> DECIDED -CLOSE-> CLOSED;
 * OPEN -WITHDRAW-> WITHDRAWN. A decided case is not withdrawn (the decision stands; it is closed).
 * Factors and turnover are recorded only while OPEN ({@link PenaltyCase} refuses them later).
 */
public final class PenaltyCaseLifecycle {

    /** The state of a newly opened case. */
    public static final PenaltyCaseState INITIAL = OPEN;

    /** The event name of the first history row, written when the case is opened. */
    public static final String OPEN_EVENT = "OPEN";

    public static final TransitionTable<PenaltyCaseState, PenaltyCaseEvent> TABLE =
            TransitionTable.of("penalty case", PenaltyCaseState.class, PenaltyCaseEvent.class)
                    .allow(OPEN, PenaltyCaseEvent.DECIDE, DECIDED)
                    .allow(DECIDED, PenaltyCaseEvent.CLOSE, CLOSED)
                    .allow(OPEN, PenaltyCaseEvent.WITHDRAW, WITHDRAWN)
                    .build();

    private PenaltyCaseLifecycle() {
    }
}
