package eu.csar.orders.domain;

import eu.csar.orders.api.UrlListOrderState;
import eu.csar.shared.domain.TransitionTable;

import static eu.csar.orders.api.UrlListOrderState.EXECUTED;
import static eu.csar.orders.api.UrlListOrderState.EXPIRED;
import static eu.csar.orders.api.UrlListOrderState.ISSUED;
import static eu.csar.orders.api.UrlListOrderState.RECEIVED;
import static eu.csar.orders.api.UrlListOrderState.REVOKED;
import static eu.csar.orders.api.UrlListOrderState.TRANSMITTED;

/**
 * The blocking-order workflow (Art 16-18), in one table: ISSUED -TRANSMIT-> TRANSMITTED -ACKNOWLEDGE->
 * RECEIVED -REPORT_EXECUTION-> EXECUTED; while it is in force (transmitted, received or executed) its
 * issuer REASSESSes it periodically and may REVOKE it, and it EXPIREs at the end of its period of
 * application; once the provider has it (received or executed), the provider or a user may
 * REQUEST_REASSESSMENT of a blocked URL, which the issuing authority answers (ANSWER_REASSESSMENT).
 */
public final class BlockingOrderLifecycle {

    private BlockingOrderLifecycle() {
    }

    public static final TransitionTable<UrlListOrderState, UrlListOrderEvent> TABLE =
            TransitionTable.of("blocking order", UrlListOrderState.class, UrlListOrderEvent.class)
                    .allow(ISSUED, UrlListOrderEvent.TRANSMIT, TRANSMITTED)
                    .allow(TRANSMITTED, UrlListOrderEvent.ACKNOWLEDGE, RECEIVED)
                    .allow(RECEIVED, UrlListOrderEvent.REPORT_EXECUTION, EXECUTED)
                    .allow(TRANSMITTED, UrlListOrderEvent.REASSESS, TRANSMITTED)
                    .allow(RECEIVED, UrlListOrderEvent.REASSESS, RECEIVED)
                    .allow(EXECUTED, UrlListOrderEvent.REASSESS, EXECUTED)
                    .allow(RECEIVED, UrlListOrderEvent.REQUEST_REASSESSMENT, RECEIVED)
                    .allow(EXECUTED, UrlListOrderEvent.REQUEST_REASSESSMENT, EXECUTED)
                    .allow(RECEIVED, UrlListOrderEvent.ANSWER_REASSESSMENT, RECEIVED)
                    .allow(EXECUTED, UrlListOrderEvent.ANSWER_REASSESSMENT, EXECUTED)
                    .allow(ISSUED, UrlListOrderEvent.REVOKE, REVOKED)
                    .allow(TRANSMITTED, UrlListOrderEvent.REVOKE, REVOKED)
                    .allow(RECEIVED, UrlListOrderEvent.REVOKE, REVOKED)
                    .allow(EXECUTED, UrlListOrderEvent.REVOKE, REVOKED)
                    .allow(TRANSMITTED, UrlListOrderEvent.EXPIRE, EXPIRED)
                    .allow(RECEIVED, UrlListOrderEvent.EXPIRE, EXPIRED)
                    .allow(EXECUTED, UrlListOrderEvent.EXPIRE, EXPIRED)
                    .build();
}
