package eu.csar.audit.domain;

import eu.csar.audit.api.AuditOutcome;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ChainWalkerTest {

    static final Instant AT = Instant.parse("2026-05-01T12:00:00Z");

    static List<AuditEntry> chain(int length) {
        List<AuditEntry> entries = new ArrayList<>();
        String prev = AuditEntry.GENESIS_HASH;
        for (int seq = 1; seq <= length; seq++) {
            AuditEntry e = AuditEntry.seal(seq, new AuditRecord("user" + seq, "centre-admin", "", null, "PROVIDER_READ",
                    "Provider", "p" + seq, "test", AuditOutcome.SUCCESS), AT.plusSeconds(seq), prev);
            entries.add(e);
            prev = e.entryHash();
        }
        return entries;
    }

    static AuditChainHead headAt(AuditEntry last) {
        AuditChainHead head = new AuditChainHead();
        head.advanceTo(last);
        return head;
    }

    static ChainVerification walk(List<AuditEntry> entries, AuditChainHead head, int batch) {
        ChainWalker walker = new ChainWalker();
        for (int i = 0; i < entries.size(); i += batch) {
            if (!walker.accept(entries.subList(i, Math.min(entries.size(), i + batch)), AT)) {
                break;
            }
        }
        return walker.finish(head, AT);
    }

    @Test
    void anUntouchedChainIsIntactAcrossBatches() {
        List<AuditEntry> entries = chain(10);
        ChainVerification result = walk(entries, headAt(entries.get(9)), 3);
        assertTrue(result.intact());
        assertEquals(10, result.entriesChecked());
    }

    @Test
    void anEditedEntryIsNamed() throws Exception {
        List<AuditEntry> entries = chain(10);
        var actor = AuditEntry.class.getDeclaredField("actor");
        actor.setAccessible(true);
        actor.set(entries.get(4), "someone-else");
        ChainVerification result = walk(entries, headAt(entries.get(9)), 4);
        assertFalse(result.intact());
        assertEquals(5L, result.firstBrokenSeq());
        assertEquals(entries.get(4).id(), result.firstBrokenId());
        assertEquals(4, result.entriesChecked());
    }

    @Test
    void aRemovedEntryInTheMiddleIsNamedAtTheGap() {
        List<AuditEntry> entries = chain(10);
        entries.remove(6);
        ChainVerification result = walk(entries, headAt(entries.get(8)), 100);
        assertFalse(result.intact());
        assertEquals(8L, result.firstBrokenSeq());
    }

    @Test
    void aRehashedEntryBreaksTheLinkOfItsSuccessor() throws Exception {
        List<AuditEntry> entries = chain(5);
        var actor = AuditEntry.class.getDeclaredField("actor");
        actor.setAccessible(true);
        actor.set(entries.get(1), "someone-else");
        var hash = AuditEntry.class.getDeclaredField("entryHash");
        hash.setAccessible(true);
        hash.set(entries.get(1), entries.get(1).computeHash());
        ChainVerification result = walk(entries, headAt(entries.get(4)), 100);
        assertFalse(result.intact());
        assertEquals(3L, result.firstBrokenSeq());
    }

    @Test
    void aRemovedTailIsCaughtByTheHead() {
        List<AuditEntry> entries = chain(6);
        AuditChainHead head = headAt(entries.get(5));
        ChainVerification result = walk(entries.subList(0, 4), head, 100);
        assertFalse(result.intact());
        assertEquals(5L, result.firstBrokenSeq());
    }

    @Test
    void anEmptyChainWithAGenesisHeadIsIntact() {
        AuditChainHead head = new AuditChainHead();
        setHead(head, 0, AuditEntry.GENESIS_HASH);
        ChainWalker walker = new ChainWalker();
        walker.accept(List.of(), AT);
        assertTrue(walker.finish(head, AT).intact());
    }

    private static void setHead(AuditChainHead head, long seq, String hash) {
        try {
            var s = AuditChainHead.class.getDeclaredField("lastSeq");
            s.setAccessible(true);
            s.set(head, seq);
            var h = AuditChainHead.class.getDeclaredField("lastHash");
            h.setAccessible(true);
            h.set(head, hash);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
    }
}
