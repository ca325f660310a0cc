package eu.csar.indicators.domain;

import eu.csar.indicators.api.IndicatorState;
import eu.csar.shared.domain.TransitionTable;

import static eu.csar.indicators.api.IndicatorState.ACTIVE;
import static eu.csar.indicators.api.IndicatorState.DISABLED;
import static eu.csar.indicators.api.IndicatorState.QUARANTINED;
import static eu.csar.indicators.api.IndicatorState.RETIRED;
import static eu.csar.indicators.api.IndicatorState.SUBMITTED;
import static eu.csar.indicators.api.IndicatorState.VERIFIED;

/**
 * The indicator workflow (Art 36, 44, 46), in one table: SUBMITTED -VERIFY-> VERIFIED -ACTIVATE->
 * ACTIVE; ACTIVE -DISABLE-> DISABLED -ENABLE-> ACTIVE; ACTIVE -QUARANTINE-> QUARANTINED -CONFIRM->
 * ACTIVE; REJECT (at verification) from SUBMITTED to RETIRED; RETIRE from every state but RETIRED.
 * Only ACTIVE matches.
 */
public final class IndicatorLifecycle {

    /** The state of a newly submitted indicator. */
    public static final IndicatorState INITIAL = SUBMITTED;

    public static final TransitionTable<IndicatorState, IndicatorEvent> TABLE =
            TransitionTable.of("indicator", IndicatorState.class, IndicatorEvent.class)
                    .allow(SUBMITTED, IndicatorEvent.VERIFY, VERIFIED)
                    .allow(SUBMITTED, IndicatorEvent.REJECT, RETIRED)
                    .allow(VERIFIED, IndicatorEvent.ACTIVATE, ACTIVE)
                    .allow(ACTIVE, IndicatorEvent.DISABLE, DISABLED)
                    .allow(DISABLED, IndicatorEvent.ENABLE, ACTIVE)
                    .allow(ACTIVE, IndicatorEvent.QUARANTINE, QUARANTINED)
                    .allow(QUARANTINED, IndicatorEvent.CONFIRM, ACTIVE)
                    .allow(SUBMITTED, IndicatorEvent.RETIRE, RETIRED)
                    .allow(VERIFIED, IndicatorEvent.RETIRE, RETIRED)
                    .allow(ACTIVE, IndicatorEvent.RETIRE, RETIRED)
                    .allow(DISABLED, IndicatorEvent.RETIRE, RETIRED)
                    .allow(QUARANTINED, IndicatorEvent.RETIRE, RETIRED)
                    .build();

    /** The reason written when a reviewer rejects a line at verification. */
    public static final String REJECTED_AT_VERIFICATION = "rejected at verification";

    private IndicatorLifecycle() {
    }
}
