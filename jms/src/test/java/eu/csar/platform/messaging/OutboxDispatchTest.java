package eu.csar.platform.messaging;

import eu.csar.platform.domain.OutboxMessage;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class OutboxDispatchTest {

    private static final Instant NOW = Instant.parse("2026-12-01T10:00:00Z");

    private record Sent(String destination, String messageId, Map<String, String> properties) {
    }

    @Test
    void everyDueMessageGoesToItsQueueWithItsRowIdAndIsMarkedSent() {
        OutboxMessage a = new OutboxMessage("java:/jms/queue/A", Map.of("providerId", "p1"), NOW);
        OutboxMessage b = new OutboxMessage("java:/jms/queue/B", Map.of("providerId", "p2"), NOW);
        List<Sent> sent = new ArrayList<>();
        OutboxDispatch.Result result = OutboxDispatch.run(List.of(a, b),
                (destination, id, properties) -> sent.add(new Sent(destination, id, properties)), NOW);
        assertEquals(new OutboxDispatch.Result(2, 0), result);
        assertEquals(List.of(new Sent("java:/jms/queue/A", a.id().toString(), Map.of("providerId", "p1")),
                new Sent("java:/jms/queue/B", b.id().toString(), Map.of("providerId", "p2"))), sent);
        assertTrue(a.sent());
        assertTrue(b.sent());
    }

    @Test
    void aMessageThatCannotBeSentStaysUnsentWithItsErrorAndTheOthersStillGo() {
        OutboxMessage bad = new OutboxMessage("java:/jms/queue/Missing", Map.of(), NOW);
        OutboxMessage good = new OutboxMessage("java:/jms/queue/A", Map.of(), NOW);
        List<String> sent = new ArrayList<>();
        OutboxDispatch.Result result = OutboxDispatch.run(List.of(bad, good), (destination, id, properties) -> {
            if (destination.endsWith("Missing")) {
                throw new IllegalStateException("no such queue");
            }
            sent.add(id);
        }, NOW);
        assertEquals(new OutboxDispatch.Result(1, 1), result);
        assertEquals(List.of(good.id().toString()), sent);
        assertFalse(bad.sent());
        assertEquals(1, bad.attempts());
        assertEquals("IllegalStateException: no such queue", bad.lastError());
        assertEquals(NOW.plusSeconds(1), bad.nextAttemptAt());
        assertTrue(good.sent());
        assertNull(good.lastError());
    }

    @Test
    void aMessageAlreadySentIsNotSentAgain() {
        OutboxMessage done = new OutboxMessage("q", Map.of(), NOW);
        done.markSent(NOW);
        List<String> sent = new ArrayList<>();
        assertEquals(new OutboxDispatch.Result(0, 0), OutboxDispatch.run(List.of(done), (d, id, p) -> sent.add(id), NOW));
        assertTrue(sent.isEmpty());
    }

    @Test
    void aRetriedMessageKeepsItsIdSoConsumersCanDeduplicate() {
        OutboxMessage m = new OutboxMessage("q", Map.of(), NOW);
        List<String> ids = new ArrayList<>();
        OutboxDispatch.run(List.of(m), (d, id, p) -> {
            ids.add(id);
            throw new IllegalStateException("broker down");
        }, NOW);
        OutboxDispatch.run(List.of(m), (d, id, p) -> ids.add(id), NOW.plusSeconds(1));
        assertEquals(List.of(m.id().toString(), m.id().toString()), ids);
        assertTrue(m.sent());
    }
}
