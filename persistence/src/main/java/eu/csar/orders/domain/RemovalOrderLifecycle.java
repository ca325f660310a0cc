package eu.csar.orders.domain;

import eu.csar.orders.api.RemovalOrderState;
import eu.csar.shared.domain.TransitionTable;

import static eu.csar.orders.api.RemovalOrderState.CLOSED;
import static eu.csar.orders.api.RemovalOrderState.CONTESTED;
import static eu.csar.orders.api.RemovalOrderState.ESCALATED;
import static eu.csar.orders.api.RemovalOrderState.EXECUTED;
import static eu.csar.orders.api.RemovalOrderState.ISSUED;
import static eu.csar.orders.api.RemovalOrderState.PAUSED;
import static eu.csar.orders.api.RemovalOrderState.RECEIVED;
import static eu.csar.orders.api.RemovalOrderState.TRANSMITTED;

/**
 * The removal-order workflow (Art 14-15), in one table: ISSUED -TRANSMIT-> TRANSMITTED
 * -ACKNOWLEDGE-> RECEIVED -REPORT_EXECUTION-> EXECUTED; unacknowledged TRANSMITTED -ESCALATE->
 * ESCALATED, which the provider can still acknowledge; RECEIVED -DECLARE_CANNOT_EXECUTE-> PAUSED
 * -CLARIFY-> RECEIVED (Annex V; the execution period runs again in full); EXECUTED -CONTEST->
 * CONTESTED -RECORD_OUTCOME-> CLOSED (Art 15); EXECUTED -CLOSE-> CLOSED; WITHDRAW from every state
 * before execution.
 */
public final class RemovalOrderLifecycle {

    /** The state of a newly issued order. */
    public static final RemovalOrderState INITIAL = ISSUED;

    /** The event name of the first history row, written when the order is issued. */
    public static final String ISSUE = "ISSUE";

    /** The event name of a history row recording an extension of non-disclosure (no change of state). */
    public static final String EXTEND_NON_DISCLOSURE = "EXTEND_NON_DISCLOSURE";

    /** The event name of a history row recording a check whether an item is still online (no change of state). */
    public static final String ONLINE_CHECK = "ONLINE_CHECK";

    /** The event name of a history row recording a repeat notice to the provider (no change of state). */
    public static final String REPEAT_NOTICE = "REPEAT_NOTICE";

    public static final TransitionTable<RemovalOrderState, RemovalOrderEvent> TABLE =
            TransitionTable.of("removal order", RemovalOrderState.class, RemovalOrderEvent.class)
                    .allow(ISSUED, RemovalOrderEvent.TRANSMIT, TRANSMITTED)
                    .allow(TRANSMITTED, RemovalOrderEvent.ACKNOWLEDGE, RECEIVED)
                    .allow(TRANSMITTED, RemovalOrderEvent.ESCALATE, ESCALATED)
                    .allow(ESCALATED, RemovalOrderEvent.ACKNOWLEDGE, RECEIVED)
                    .allow(RECEIVED, RemovalOrderEvent.DECLARE_CANNOT_EXECUTE, PAUSED)
                    .allow(RECEIVED, RemovalOrderEvent.REPORT_EXECUTION, EXECUTED)
                    .allow(PAUSED, RemovalOrderEvent.CLARIFY, RECEIVED)
                    .allow(EXECUTED, RemovalOrderEvent.CONTEST, CONTESTED)
                    .allow(EXECUTED, RemovalOrderEvent.CLOSE, CLOSED)
                    .allow(CONTESTED, RemovalOrderEvent.RECORD_OUTCOME, CLOSED)
                    .allow(ISSUED, RemovalOrderEvent.WITHDRAW, CLOSED)
                    .allow(TRANSMITTED, RemovalOrderEvent.WITHDRAW, CLOSED)
                    .allow(ESCALATED, RemovalOrderEvent.WITHDRAW, CLOSED)
                    .allow(RECEIVED, RemovalOrderEvent.WITHDRAW, CLOSED)
                    .allow(PAUSED, RemovalOrderEvent.WITHDRAW, CLOSED)
                    .build();

    private RemovalOrderLifecycle() {
    }
}
