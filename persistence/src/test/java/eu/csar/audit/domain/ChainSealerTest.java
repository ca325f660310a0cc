package eu.csar.audit.domain;

import eu.csar.audit.api.AuditOutcome;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The chainer's rule: committed events are linked in insertion order within a batch, a late event
 * (lower insertion number, committed after higher ones were sealed) is linked after them, sealing
 * times never go backwards along the chain, and the head ends at the last sealed event.
 */
class ChainSealerTest {

    static final Instant T0 = Instant.parse("2026-05-01T12:00:00Z");
    static final UUID ACTOR = UUID.fromString("00000000-0000-4000-8000-0000000000aa");

    static AuditEvent event(long eventNo) {
        AuditEvent e = AuditEvent.of(new AuditRecord("ignored", "centre-admin", "NL", null, "PROVIDER_READ", "Provider",
                "p" + eventNo, "test", AuditOutcome.SUCCESS), ACTOR, T0.plusMillis(eventNo));
        ChainWalkerTest.set(AuditEvent.class, e, "eventNo", eventNo);
        return e;
    }

    static List<AuditEvent> events(long... eventNos) {
        List<AuditEvent> list = new ArrayList<>();
        for (long n : eventNos) {
            list.add(event(n));
        }
        return list;
    }

    @Test
    void eventsAreSealedInInsertionOrderWhateverOrderTheyAreGivenIn() {
        AuditChainHead head = AuditChainHead.genesis();
        List<AuditEvent> batch = events(12, 10, 11);
        assertEquals(3, ChainSealer.seal(head, batch, T0));
        assertEquals(1L, batch.get(1).chainSeq(), "event 10 first");
        assertEquals(2L, batch.get(2).chainSeq());
        assertEquals(3L, batch.get(0).chainSeq());
        assertEquals(AuditEntry.GENESIS_HASH, batch.get(1).prevHash());
        assertEquals(batch.get(1).entryHash(), batch.get(2).prevHash());
        assertEquals(batch.get(2).entryHash(), batch.get(0).prevHash());
        assertEquals(3, head.lastSeq());
        assertEquals(batch.get(0).entryHash(), head.lastHash());
        assertEquals(T0, head.lastSealedAt());
        for (AuditEvent e : batch) {
            assertTrue(e.sealed());
            assertEquals(e.computeHash(), e.entryHash());
        }
    }

    @Test
    void aLateEventIsSealedInTheNextBatchAfterTheHigherOnesAndTheChainVerifies() {
        AuditChainHead head = AuditChainHead.genesis();
        List<AuditEvent> first = events(1, 3, 4);
        ChainSealer.seal(head, first, T0);
        AuditEvent late = event(2);
        ChainSealer.seal(head, List.of(late), T0.plusSeconds(1));
        assertEquals(4L, late.chainSeq(), "the chain order is the sealing order");
        assertEquals(first.get(2).entryHash(), late.prevHash());

        ChainWalker walker = new ChainWalker();
        List<ChainLink> chain = new ArrayList<>(first);
        chain.add(late);
        assertTrue(walker.accept(chain, T0));
        assertTrue(walker.finish(head, T0).intact());
    }

    @Test
    void theChainContinuesFromTheFormatOneEntriesBeforeIt() {
        List<AuditEntry> v1 = ChainWalkerTest.chain(3);
        AuditChainHead head = ChainWalkerTest.headAt(v1.get(2));
        List<AuditEvent> v2 = events(4, 5);
        ChainSealer.seal(head, v2, T0.plusSeconds(60));
        assertEquals(4L, v2.get(0).chainSeq());
        assertEquals(v1.get(2).entryHash(), v2.get(0).prevHash());
        ChainWalker walker = new ChainWalker();
        assertTrue(walker.accept(v1, T0));
        assertTrue(walker.accept(v2, T0));
        ChainVerification result = walker.finish(head, T0);
        assertTrue(result.intact(), result.toString());
        assertEquals(5, result.entriesChecked());
    }

    @Test
    void sealingTimesNeverGoBackwardsWhenTheClockDoes() {
        AuditChainHead head = AuditChainHead.genesis();
        List<AuditEvent> first = events(1);
        ChainSealer.seal(head, first, T0.plusSeconds(10));
        List<AuditEvent> second = events(2);
        ChainSealer.seal(head, second, T0);
        assertEquals(T0.plusSeconds(10), second.get(0).sealedAt(), "the head's time, not the earlier clock");
        List<AuditEvent> third = events(3);
        ChainSealer.seal(head, third, T0.plusSeconds(20));
        assertEquals(T0.plusSeconds(20), third.get(0).sealedAt(), "a later clock moves on");
        assertEquals(T0.plusSeconds(20), head.lastSealedAt());
    }

    @Test
    void sealingTimesAreKeptToTheMicrosecondAsTheDatabaseStoresThem() {
        AuditChainHead head = AuditChainHead.genesis();
        List<AuditEvent> batch = events(1);
        ChainSealer.seal(head, batch, Instant.parse("2026-05-01T12:00:00.123456789Z"));
        assertEquals(Instant.parse("2026-05-01T12:00:00.123456Z"), batch.get(0).sealedAt());
    }

    @Test
    void anEmptyBatchLeavesTheHeadAsItWas() {
        AuditChainHead head = AuditChainHead.genesis();
        assertEquals(0, ChainSealer.seal(head, List.of(), T0));
        assertEquals(0, head.lastSeq());
        assertEquals(AuditEntry.GENESIS_HASH, head.lastHash());
        assertNull(head.lastSealedAt());
    }

    @Test
    void anEventIsSealedOnlyOnce() {
        AuditChainHead head = AuditChainHead.genesis();
        List<AuditEvent> batch = events(1);
        ChainSealer.seal(head, batch, T0);
        assertThrows(IllegalStateException.class, () -> ChainSealer.seal(head, batch, T0));
        assertEquals(1, head.lastSeq(), "the head did not move");
    }

    @Test
    void theChainerTakesAnotherBatchAtOnceOnlyAfterAFullOne() {
        assertTrue(ChainSealer.moreWaiting(ChainSealer.BATCH));
        assertFalse(ChainSealer.moreWaiting(ChainSealer.BATCH - 1));
        assertFalse(ChainSealer.moreWaiting(0));
    }
}
