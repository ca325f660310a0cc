package eu.csar.orders.domain;

import eu.csar.orders.api.UrlListOrderState;
import eu.csar.orders.api.UrlListOrderType;
import eu.csar.shared.domain.TransitionTable;

/** Which transition table a blocking or delisting order moves by. */
public final class UrlListOrderLifecycles {

    /** The event name of the first history row, written when the order is issued. */
    public static final String ISSUE = "ISSUE";

    private UrlListOrderLifecycles() {
    }

    public static TransitionTable<UrlListOrderState, UrlListOrderEvent> of(UrlListOrderType type) {
        return switch (type) {
            case BLOCKING -> BlockingOrderLifecycle.TABLE;
            case DELISTING -> DelistingOrderLifecycle.TABLE;
        };
    }
}
