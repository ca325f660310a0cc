package eu.csar.web.orders.portal;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The statistics' bars: each figure's share of the largest, which fills its track. */
class OrderStatisticsPageTest {

    final OrderStatisticsPage page = new OrderStatisticsPage();

    @Test
    void theLargestFigureFillsTheTrackAndTheOthersTheirShare() {
        List<Long> all = List.of(40L, 10L, 30L);
        assertEquals("100.00%", page.barWidth(40L, all));
        assertEquals("25.00%", page.barWidth(10L, all));
        assertEquals("75.00%", page.barWidth(30L, all));
        assertEquals("33.33%", page.barWidth(1, List.of(3, 1)));
    }

    @Test
    void aSmallFigureStillShowsAndNothingDrawsNoBar() {
        assertEquals("1.00%", page.barWidth(1L, List.of(1000L, 1L)));
        assertEquals("0%", page.barWidth(0L, List.of(5L, 0L)));
        assertEquals("0%", page.barWidth(0L, List.of(0L)));
        assertEquals("0%", page.barWidth(3L, List.of()));
        assertEquals("0%", page.barWidth(null, List.of(2L)));
    }
}
