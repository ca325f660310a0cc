package eu.csar.orders.domain;

import eu.csar.orders.api.UrlListOrderState;
import eu.csar.shared.domain.TransitionTable;

import static eu.csar.orders.api.UrlListOrderState.EXECUTED;
import static eu.csar.orders.api.UrlListOrderState.ISSUED;
import static eu.csar.orders.api.UrlListOrderState.RECEIVED;
import static eu.csar.orders.api.UrlListOrderState.REVOKED;
import static eu.csar.orders.api.UrlListOrderState.TRANSMITTED;

/**
 * The delisting-order workflow (Council general approach 2025), in one table: ISSUED -TRANSMIT->
 * TRANSMITTED -ACKNOWLEDGE-> RECEIVED -REPORT_EXECUTION-> EXECUTED (the URLs removed from the
 * search results); the issuing authority may REVOKE it until then and after. No
 * period of application, no periodic reassessment: the text sets none.
 */
public final class DelistingOrderLifecycle {

    private DelistingOrderLifecycle() {
    }

    public static final TransitionTable<UrlListOrderState, UrlListOrderEvent> TABLE =
            TransitionTable.of("delisting order", UrlListOrderState.class, UrlListOrderEvent.class)
                    .allow(ISSUED, UrlListOrderEvent.TRANSMIT, TRANSMITTED)
                    .allow(TRANSMITTED, UrlListOrderEvent.ACKNOWLEDGE, RECEIVED)
                    .allow(RECEIVED, UrlListOrderEvent.REPORT_EXECUTION, EXECUTED)
                    .allow(ISSUED, UrlListOrderEvent.REVOKE, REVOKED)
                    .allow(TRANSMITTED, UrlListOrderEvent.REVOKE, REVOKED)
                    .allow(RECEIVED, UrlListOrderEvent.REVOKE, REVOKED)
                    .allow(EXECUTED, UrlListOrderEvent.REVOKE, REVOKED)
                    .build();
}
