package eu.csar.orders.api;

import eu.csar.orders.domain.OrderOverviewAction;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The kinds of order the overviews name, and what their reads are recorded as. */
class OrderKindTest {

    @Test
    void aUrlListOrderIsOfItsOwnKind() {
        assertEquals(OrderKind.BLOCKING, OrderKind.of(UrlListOrderType.BLOCKING));
        assertEquals(OrderKind.DELISTING, OrderKind.of(UrlListOrderType.DELISTING));
    }

    @Test
    void theOverviewsAreRecordedAsReadsOfOrders() {
        for (OrderOverviewAction action : OrderOverviewAction.values()) {
            assertEquals("Order", action.objectType());
        }
    }
}
