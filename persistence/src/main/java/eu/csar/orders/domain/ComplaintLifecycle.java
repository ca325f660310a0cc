package eu.csar.orders.domain;

import eu.csar.orders.api.ComplaintState;
import eu.csar.shared.domain.TransitionTable;

import static eu.csar.orders.api.ComplaintState.DECIDED;
import static eu.csar.orders.api.ComplaintState.FORWARDED;
import static eu.csar.orders.api.ComplaintState.RECEIVED;
import static eu.csar.orders.api.ComplaintState.UNDER_EXAMINATION;
import static eu.csar.orders.api.ComplaintState.WITHDRAWN;

/**
 * The complaint workflow (Art 34), in one table: RECEIVED -FORWARD-> FORWARDED -TAKE_UP->
 * UNDER_EXAMINATION -DECIDE-> DECIDED; RECEIVED -TAKE_UP-> UNDER_EXAMINATION when the receiving
 * authority is itself the authority of establishment (nothing to forward; {@link Complaint} refuses
 * the other case); WITHDRAW from every state before the decision.
 */
public final class ComplaintLifecycle {

    /** The state of a newly filed complaint. */
    public static final ComplaintState INITIAL = RECEIVED;

    /** The event name of the first history row, written when the complaint is filed. */
    public static final String FILE = "FILE";

    public static final TransitionTable<ComplaintState, ComplaintEvent> TABLE =
            TransitionTable.of("complaint", ComplaintState.class, ComplaintEvent.class)
                    .allow(RECEIVED, ComplaintEvent.FORWARD, FORWARDED)
                    .allow(RECEIVED, ComplaintEvent.TAKE_UP, UNDER_EXAMINATION)
                    .allow(FORWARDED, ComplaintEvent.TAKE_UP, UNDER_EXAMINATION)
                    .allow(UNDER_EXAMINATION, ComplaintEvent.DECIDE, DECIDED)
                    .allow(RECEIVED, ComplaintEvent.WITHDRAW, WITHDRAWN)
                    .allow(FORWARDED, ComplaintEvent.WITHDRAW, WITHDRAWN)
                    .allow(UNDER_EXAMINATION, ComplaintEvent.WITHDRAW, WITHDRAWN)
                    .build();

    private ComplaintLifecycle() {
    }
}
