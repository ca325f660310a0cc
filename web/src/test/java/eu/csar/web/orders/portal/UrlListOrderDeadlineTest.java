package eu.csar.web.orders.portal;

import eu.csar.orders.api.UrlListOrderState;
import eu.csar.orders.api.UrlListOrderType;
import eu.csar.orders.application.UrlListOrderView;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The next deadline of a blocking or delisting order on its pages. */
class UrlListOrderDeadlineTest {

    private static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");
    private static final Instant REASSESS = NOW.plus(Duration.ofDays(180));
    private static final Instant END = NOW.plus(Duration.ofDays(700));

    private static UrlListOrderView order(UrlListOrderType type, UrlListOrderState state, Instant endsAt, Instant reassessmentDueAt,
                                          Instant reassessmentOverdueAt) {
        return new UrlListOrderView(null, 0, type, "REF", null, null, null, null, null, null, List.of(), null, null, null, state,
                List.of(), null, NOW, null, endsAt, null, null, null, null, reassessmentDueAt, reassessmentOverdueAt, null, null,
                null, List.of(), List.of());
    }

    @Test
    void theReassessmentWhileItFallsBeforeTheEnd() {
        UrlListOrderDeadline d = UrlListOrderDeadline.of(order(UrlListOrderType.BLOCKING, UrlListOrderState.RECEIVED, END, REASSESS, null), NOW);
        assertEquals("reassessment", d.kind());
        assertEquals(REASSESS, d.dueAt());
        assertEquals(Duration.ofDays(180).toSeconds(), d.getSecondsLeft());
        assertTrue(d.isRunning());
        assertFalse(d.overdue());
    }

    @Test
    void theEndWhenItComesFirstOrTheReassessmentIsOverdue() {
        UrlListOrderDeadline first = UrlListOrderDeadline.of(order(UrlListOrderType.BLOCKING, UrlListOrderState.EXECUTED, REASSESS, END, null), NOW);
        assertEquals("end", first.kind());
        assertEquals(REASSESS, first.dueAt());
        assertFalse(first.overdue());
        UrlListOrderDeadline late = UrlListOrderDeadline.of(order(UrlListOrderType.BLOCKING, UrlListOrderState.EXECUTED, END, REASSESS, REASSESS), NOW);
        assertEquals("end", late.kind());
        assertTrue(late.overdue());
        UrlListOrderDeadline same = UrlListOrderDeadline.of(order(UrlListOrderType.BLOCKING, UrlListOrderState.EXECUTED, END, END, null), NOW);
        assertEquals("end", same.kind());
    }

    @Test
    void noneForADelistingOrderOrAClosedOne() {
        UrlListOrderDeadline delisting = UrlListOrderDeadline.of(order(UrlListOrderType.DELISTING, UrlListOrderState.TRANSMITTED, null, null, null), NOW);
        assertEquals("none", delisting.kind());
        assertFalse(delisting.isRunning());
        assertEquals(0, delisting.getSecondsLeft());
        for (UrlListOrderState closed : List.of(UrlListOrderState.REVOKED, UrlListOrderState.EXPIRED)) {
            UrlListOrderDeadline d = UrlListOrderDeadline.of(order(UrlListOrderType.BLOCKING, closed, END, REASSESS, REASSESS), NOW);
            assertEquals("none", d.kind());
            assertFalse(d.overdue());
        }
        UrlListOrderDeadline overdueOnly = UrlListOrderDeadline.of(order(UrlListOrderType.BLOCKING, UrlListOrderState.RECEIVED, null, REASSESS, REASSESS), NOW);
        assertEquals("none", overdueOnly.kind());
        assertTrue(overdueOnly.overdue());
    }

    @Test
    void aPassedDeadlineLeavesNoSeconds() {
        UrlListOrderDeadline d = UrlListOrderDeadline.of(order(UrlListOrderType.BLOCKING, UrlListOrderState.RECEIVED, END, NOW.minusSeconds(5), null), NOW);
        assertEquals(0, d.getSecondsLeft());
        assertEquals(Duration.ofSeconds(-5), d.remaining());
    }
}
