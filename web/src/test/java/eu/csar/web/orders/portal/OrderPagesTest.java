package eu.csar.web.orders.portal;

import eu.csar.orders.api.UrlListOrderId;
import eu.csar.shared.domain.ProviderId;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** Ids read from forms and links, and the timeline's order, the same on every order page. */
class OrderPagesTest {

    @Test
    void anIdOrNothing() {
        UUID id = UUID.fromString("00000000-0000-4000-8000-000000000001");
        assertEquals(new UrlListOrderId(id), OrderPages.id(" " + id + "\n", UrlListOrderId::new));
        assertEquals(new ProviderId(id), OrderPages.providerId(id.toString()));
        assertNull(OrderPages.id("not-an-id", UrlListOrderId::new));
        assertNull(OrderPages.id("  ", UrlListOrderId::new));
        assertNull(OrderPages.providerId(null));
        assertEquals("x y", OrderPages.strip("  x y \n"));
        assertNull(OrderPages.strip(null));
    }

    record Step(String name, Instant at, boolean opens) {
    }

    @Test
    void byTimeAndTheOpeningStepFirstAtTheSameInstant() {
        Instant t = Instant.parse("2026-03-01T10:00:00Z");
        Step transmit = new Step("TRANSMIT", t, false);
        Step issue = new Step("ISSUE", t, true);
        Step acknowledge = new Step("ACKNOWLEDGE", t.plusSeconds(60), false);
        assertEquals(List.of(issue, transmit, acknowledge),
                OrderPages.inOrder(List.of(acknowledge, transmit, issue), Step::at, Step::opens));
    }
}
