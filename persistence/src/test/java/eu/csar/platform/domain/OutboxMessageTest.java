package eu.csar.platform.domain;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class OutboxMessageTest {

    private static final Instant T0 = Instant.parse("2026-12-01T10:00:00Z");

    @Test
    void aNewMessageIsDueAtOnceAndKeepsItsPropertiesInOrder() {
        Map<String, String> props = new LinkedHashMap<>();
        props.put("providerId", "7f3b1c2e-0a4d-4c1e-9b8a-1d2e3f4a5b01");
        props.put("changes", "CONTACT_POINT,LEGAL_REPRESENTATIVE");
        props.put("empty", "");
        OutboxMessage m = new OutboxMessage("java:/jms/queue/Q", props, T0);
        assertEquals(T0, m.nextAttemptAt());
        assertEquals(props, m.properties());
        assertEquals(3, m.properties().size());
        assertEquals("java:/jms/queue/Q", m.destination());
        assertFalse(m.sent());
        assertEquals(0, m.attempts());
    }

    @Test
    void aValueMayHoldAnEqualsSign() {
        OutboxMessage m = new OutboxMessage("q", Map.of("a", "x=y"), T0);
        assertEquals(Map.of("a", "x=y"), m.properties());
    }

    @Test
    void aPropertyThatCannotTravelAsOneLineIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new OutboxMessage("q", Map.of("a", "x\ny"), T0));
        assertThrows(IllegalArgumentException.class, () -> new OutboxMessage("q", Map.of("a", "x\ry"), T0));
        assertThrows(IllegalArgumentException.class, () -> new OutboxMessage("q", Map.of("a b", "x"), T0));
        assertThrows(IllegalArgumentException.class, () -> new OutboxMessage("q", Map.of("1a", "x"), T0));
    }

    @Test
    void eachFailureCountsAndPostponesTheNextAttemptByADoublingBackoff() {
        OutboxMessage m = new OutboxMessage("q", Map.of(), T0);
        m.markFailed("broker down", T0);
        assertEquals(1, m.attempts());
        assertEquals("broker down", m.lastError());
        assertEquals(T0.plusSeconds(1), m.nextAttemptAt());
        m.markFailed("broker down", T0);
        assertEquals(T0.plusSeconds(2), m.nextAttemptAt());
        m.markFailed(null, T0);
        assertEquals(T0.plusSeconds(4), m.nextAttemptAt());
        assertEquals("unknown error", m.lastError());
        assertFalse(m.sent());
    }

    @Test
    void theBackoffStopsGrowingAtOneMinute() {
        assertEquals(Duration.ofSeconds(1), OutboxMessage.backoff(1));
        assertEquals(Duration.ofSeconds(32), OutboxMessage.backoff(6));
        assertEquals(OutboxMessage.MAX_BACKOFF, OutboxMessage.backoff(7));
        assertEquals(OutboxMessage.MAX_BACKOFF, OutboxMessage.backoff(1000));
        assertEquals(Duration.ofSeconds(1), OutboxMessage.backoff(0));
    }

    @Test
    void aLongErrorIsCutToTheColumn() {
        OutboxMessage m = new OutboxMessage("q", Map.of(), T0);
        m.markFailed("x".repeat(2000), T0);
        assertEquals(OutboxMessage.MAX_ERROR_LENGTH, m.lastError().length());
    }

    @Test
    void aSentMessageForgetsItsLastError() {
        OutboxMessage m = new OutboxMessage("q", Map.of(), T0);
        m.markFailed("broker down", T0);
        m.markSent(T0.plusSeconds(5));
        assertTrue(m.sent());
        assertNull(m.lastError());
    }
}
