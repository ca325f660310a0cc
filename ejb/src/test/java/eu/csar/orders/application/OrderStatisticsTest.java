package eu.csar.orders.application;

import eu.csar.orders.api.OrderCount;
import eu.csar.orders.api.OrderKind;
import eu.csar.shared.domain.MemberState;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The EU Centre's order statistics: the database's counts in a fixed order, with the totals per kind and Member State. */
class OrderStatisticsTest {

    @Test
    void rowsInKindMemberStateAndStateOrderWithTheirTotals() {
        OrderCount nlBlockingReceived = new OrderCount(OrderKind.BLOCKING, MemberState.NL, "RECEIVED", 2);
        OrderCount deRemovalExecuted = new OrderCount(OrderKind.REMOVAL, MemberState.DE, "EXECUTED", 3);
        OrderCount nlRemovalClosed = new OrderCount(OrderKind.REMOVAL, MemberState.NL, "CLOSED", 1);
        OrderCount nlRemovalExecuted = new OrderCount(OrderKind.REMOVAL, MemberState.NL, "EXECUTED", 4);
        OrderStatistics.Figures f = OrderStatistics.Figures.of(List.of(nlBlockingReceived, nlRemovalExecuted, deRemovalExecuted,
                nlRemovalClosed));
        assertEquals(List.of(deRemovalExecuted, nlRemovalClosed, nlRemovalExecuted, nlBlockingReceived), f.rows());
        assertEquals(Map.of(OrderKind.REMOVAL, 8L, OrderKind.BLOCKING, 2L), f.perKind());
        assertEquals(Map.of(MemberState.NL, 7L, MemberState.DE, 3L), f.perMemberState());
        assertEquals(10, f.total());
        assertEquals(List.of(OrderKind.REMOVAL, OrderKind.BLOCKING), List.copyOf(f.perKind().keySet()), "kinds in enum order");
    }

    @Test
    void noOrdersNoRows() {
        OrderStatistics.Figures f = OrderStatistics.Figures.of(List.of());
        assertEquals(List.of(), f.rows());
        assertEquals(0, f.total());
        assertEquals(Map.of(), f.perKind());
    }
}
