package eu.csar.audit.domain;

import eu.csar.audit.api.AuditOutcome;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The verifier of the audit hash chain, one kind of break per test. Each finding is checked as an
 * auditor reads it: whether the chain is intact, how many entries held, which entry is the first
 * broken one (seq and id) and what the problem text says.
 */
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

    static AuditChainHead head(long seq, String hash) {
        AuditChainHead head = new AuditChainHead();
        set(AuditChainHead.class, head, "lastSeq", seq);
        set(AuditChainHead.class, head, "lastHash", hash);
        return head;
    }

    /** Feeds the entries in batches, as the repository pages them, and stops where the walker says so. */
    static ChainVerification walk(List<AuditEntry> entries, AuditChainHead head, int batch) {
        ChainWalker walker = new ChainWalker();
        for (int i = 0; i < entries.size(); i += batch) {
            if (!walker.accept(entries.subList(i, Math.min(entries.size(), i + batch)), AT)) {
                break;
            }
        }
        return walker.finish(head, AT);
    }

    static Object get(Class<?> type, Object target, String field) {
        try {
            var f = type.getDeclaredField(field);
            f.setAccessible(true);
            return f.get(target);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
    }

    /** A chain of {@code length} format-2 events, sealed by the chainer's rule. */
    static List<AuditEvent> events(int length) {
        List<AuditEvent> events = new ArrayList<>();
        for (int n = 1; n <= length; n++) {
            events.add(ChainSealerTest.event(n));
        }
        ChainSealer.seal(AuditChainHead.genesis(), events, AT);
        return events;
    }

    static AuditChainHead headAt(AuditEvent last) {
        AuditChainHead head = AuditChainHead.genesis();
        head.advanceTo(last);
        return head;
    }

    /** Feeds sealed events in chain order (as the repository reads them: by chain_seq), in batches. */
    static ChainVerification walkEvents(List<AuditEvent> events, AuditChainHead head, int batch) {
        List<AuditEvent> inChainOrder = events.stream().sorted(java.util.Comparator.comparing(AuditEvent::chainSeq)).toList();
        ChainWalker walker = new ChainWalker();
        for (int i = 0; i < inChainOrder.size(); i += batch) {
            if (!walker.accept(inChainOrder.subList(i, Math.min(inChainOrder.size(), i + batch)), AT)) {
                break;
            }
        }
        return walker.finish(head, AT);
    }

    static void set(Class<?> type, Object target, String field, Object value) {
        try {
            var f = type.getDeclaredField(field);
            f.setAccessible(true);
            f.set(target, value);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
    }

    static void assertBroken(ChainVerification result, long checked, long seq, ChainLink entry, String problem) {
        assertFalse(result.intact(), "intact");
        assertEquals(checked, result.entriesChecked(), "entriesChecked");
        assertEquals(seq, result.firstBrokenSeq(), "firstBrokenSeq");
        assertEquals(entry == null ? null : entry.id(), result.firstBrokenId(), "firstBrokenId");
        assertEquals(problem, result.problem(), "problem");
        assertEquals(AT, result.verifiedAt(), "verifiedAt");
    }

    @Test
    void anUntouchedChainIsIntactAcrossBatches() {
        List<AuditEntry> entries = chain(10);
        ChainVerification result = walk(entries, headAt(entries.get(9)), 3);
        assertTrue(result.intact());
        assertEquals(10, result.entriesChecked());
        assertNull(result.firstBrokenSeq());
        assertNull(result.firstBrokenId());
        assertNull(result.problem());
        assertEquals(AT, result.verifiedAt());
    }

    @Test
    void theWalkerSaysToGoOnWhileTheChainHoldsAndToStopAtTheFirstBreak() {
        List<AuditEntry> entries = chain(6);
        entries.remove(3);
        ChainWalker walker = new ChainWalker();
        assertTrue(walker.accept(entries.subList(0, 3), AT), "entries 1 to 3 hold");
        assertEquals(3, walker.lastSeq());
        assertFalse(walker.accept(entries.subList(3, 5), AT), "entry 4 is missing");
        assertEquals(3, walker.lastSeq(), "the walk stays at the last entry that held");
    }

    @Test
    void theWalkerSaysToStopAtABrokenLinkAndAtAnEditedEntry() {
        List<AuditEntry> relinked = chain(3);
        set(AuditEntry.class, relinked.get(1), "prevHash", "f".repeat(64));
        assertFalse(new ChainWalker().accept(relinked, AT));

        List<AuditEntry> edited = chain(3);
        set(AuditEntry.class, edited.get(1), "actor", "someone-else");
        assertFalse(new ChainWalker().accept(edited, AT));
    }

    @Test
    void aRemovedEntryInTheMiddleIsNamedAtTheGapWithTheMissingRange() {
        List<AuditEntry> entries = chain(10);
        AuditEntry afterGap = entries.get(6);
        entries.subList(4, 6).clear();
        ChainVerification result = walk(entries, headAt(entries.get(7)), 100);
        assertBroken(result, 4, 7, afterGap, "entry 7: entries 5 to 6 are missing");
    }

    @Test
    void aRemovedFirstEntryIsNamedAtTheStart() {
        List<AuditEntry> entries = chain(3);
        AuditEntry second = entries.get(1);
        entries.remove(0);
        ChainVerification result = walk(entries, headAt(entries.get(1)), 100);
        assertBroken(result, 0, 2, second, "entry 2: entries 1 to 1 are missing");
    }

    @Test
    void aGapAtTheStartOfALaterBatchIsNamedThere() {
        List<AuditEntry> entries = chain(10);
        AuditEntry afterGap = entries.get(4);
        entries.remove(3);
        ChainVerification result = walk(entries, headAt(entries.get(8)), 3);
        assertBroken(result, 3, 5, afterGap, "entry 5: entries 4 to 4 are missing");
    }

    @Test
    void aBrokenLinkIsNamedAtTheEntryWhosePredecessorHashDoesNotMatch() {
        List<AuditEntry> entries = chain(5);
        set(AuditEntry.class, entries.get(3), "prevHash", "f".repeat(64));
        set(AuditEntry.class, entries.get(3), "entryHash", entries.get(3).computeHash());
        ChainVerification result = walk(entries, headAt(entries.get(4)), 2);
        assertBroken(result, 3, 4, entries.get(3), "entry 4: does not chain to entry 3 (that entry or this link was altered)");
    }

    @Test
    void aRehashedEntryBreaksTheLinkOfItsSuccessor() {
        List<AuditEntry> entries = chain(5);
        set(AuditEntry.class, entries.get(1), "actor", "someone-else");
        set(AuditEntry.class, entries.get(1), "entryHash", entries.get(1).computeHash());
        ChainVerification result = walk(entries, headAt(entries.get(4)), 100);
        assertBroken(result, 2, 3, entries.get(2), "entry 3: does not chain to entry 2 (that entry or this link was altered)");
    }

    @Test
    void anEditedEntryIsNamed() {
        List<AuditEntry> entries = chain(10);
        set(AuditEntry.class, entries.get(4), "actor", "someone-else");
        ChainVerification result = walk(entries, headAt(entries.get(9)), 4);
        assertBroken(result, 4, 5, entries.get(4), "entry 5: its content does not match its hash (the entry was altered)");
    }

    @Test
    void anEditedFirstEntryIsNamedBeforeAnythingIsCounted() {
        List<AuditEntry> entries = chain(3);
        set(AuditEntry.class, entries.get(0), "outcome", AuditOutcome.REFUSED);
        ChainVerification result = walk(entries, headAt(entries.get(2)), 100);
        assertBroken(result, 0, 1, entries.get(0), "entry 1: its content does not match its hash (the entry was altered)");
    }

    @Test
    void aRemovedTailIsCaughtByTheHead() {
        List<AuditEntry> entries = chain(6);
        ChainVerification result = walk(entries.subList(0, 4), headAt(entries.get(5)), 100);
        assertBroken(result, 4, 5, null, "the chain ends at entry 4 but its head records entry 6");
    }

    @Test
    void aChainEmptiedBehindItsHeadIsBrokenFromTheFirstEntry() {
        ChainVerification result = walk(List.of(), head(3, "a".repeat(64)), 100);
        assertBroken(result, 0, 1, null, "the chain ends at entry 0 but its head records entry 3");
    }

    @Test
    void anExtraEntryBeyondTheHeadIsCaught() {
        List<AuditEntry> entries = chain(6);
        ChainVerification result = walk(entries, headAt(entries.get(3)), 100);
        // Entries 5 and 6 hold as links, so all six are counted; the finding names the first one beyond the head.
        assertBroken(result, 6, 5, null, "entry 5 lies beyond the chain head, which records entry 4");
    }

    @Test
    void aHeadThatRecordsAnotherHashAtTheSameSeqIsCaught() {
        List<AuditEntry> entries = chain(5);
        ChainVerification result = walk(entries, head(5, "f".repeat(64)), 100);
        assertBroken(result, 5, 5, null, "the chain head records another hash for entry 5 (the head or that entry was altered)");
    }

    @Test
    void theFirstBreakIsReportedEvenWhenLaterEntriesAreBrokenToo() {
        List<AuditEntry> entries = chain(8);
        set(AuditEntry.class, entries.get(2), "purpose", "changed");
        set(AuditEntry.class, entries.get(6), "purpose", "changed");
        ChainVerification result = walk(entries, head(2, "f".repeat(64)), 100);
        assertBroken(result, 2, 3, entries.get(2), "entry 3: its content does not match its hash (the entry was altered)");
    }

    @Test
    void batchesFedAfterABreakAreIgnoredSoTheFirstBreakStands() {
        List<AuditEntry> entries = chain(8);
        set(AuditEntry.class, entries.get(1), "purpose", "changed");
        set(AuditEntry.class, entries.get(5), "purpose", "changed");
        ChainWalker walker = new ChainWalker();
        assertFalse(walker.accept(entries.subList(0, 4), AT));
        assertFalse(walker.accept(entries.subList(4, 8), AT), "a later batch is not walked");
        assertBroken(walker.finish(headAt(entries.get(7)), AT), 1, 2, entries.get(1),
                "entry 2: its content does not match its hash (the entry was altered)");
    }

    @Test
    void anEmptyChainWithAGenesisHeadIsIntact() {
        ChainWalker walker = new ChainWalker();
        assertTrue(walker.accept(List.of(), AT));
        ChainVerification result = walker.finish(head(0, AuditEntry.GENESIS_HASH), AT);
        assertTrue(result.intact());
        assertEquals(0, result.entriesChecked());
        assertEquals(0, walker.lastSeq());
    }

    @Test
    void aChainOfSealedEventsIsIntact() {
        List<AuditEvent> events = events(7);
        ChainVerification result = walkEvents(events, headAt(events.get(6)), 3);
        assertTrue(result.intact(), result.toString());
        assertEquals(7, result.entriesChecked());
    }

    @Test
    void anEditedEventIsNamed() {
        List<AuditEvent> events = events(6);
        set(AuditEvent.class, events.get(3), "roles", "centre-admin,centre-auditor");
        ChainVerification result = walkEvents(events, headAt(events.get(5)), 100);
        assertBroken(result, 3, 4, events.get(3), "entry 4: its content does not match its hash (the entry was altered)");
    }

    @Test
    void anEventWhosePseudonymWasSwappedIsNamed() {
        List<AuditEvent> events = events(4);
        set(AuditEvent.class, events.get(1), "actorId", java.util.UUID.randomUUID());
        ChainVerification result = walkEvents(events, headAt(events.get(3)), 100);
        assertBroken(result, 1, 2, events.get(1), "entry 2: its content does not match its hash (the entry was altered)");
    }

    @Test
    void aRemovedEventIsNamedAtTheGap() {
        List<AuditEvent> events = events(6);
        AuditEvent afterGap = events.get(3);
        AuditChainHead head = headAt(events.get(5));
        events.remove(2);
        ChainVerification result = walkEvents(events, head, 2);
        assertBroken(result, 2, 4, afterGap, "entry 4: entries 3 to 3 are missing");
    }

    @Test
    void twoEventsWhosePositionsWereSwappedAreNamedAtTheFirstOfThem() {
        List<AuditEvent> events = events(6);
        AuditEvent third = events.get(2);
        AuditEvent fourth = events.get(3);
        set(AuditEvent.class, third, "chainSeq", 4L);
        set(AuditEvent.class, fourth, "chainSeq", 3L);
        ChainVerification result = walkEvents(events, headAt(events.get(5)), 100);
        assertBroken(result, 2, 3, fourth, "entry 3: does not chain to entry 2 (that entry or this link was altered)");
    }

    @Test
    void twoEventsSwappedWithTheirLinksRehashedStillBreakAtTheFirstOfThem() {
        List<AuditEvent> events = events(5);
        AuditEvent third = events.get(2);
        AuditEvent fourth = events.get(3);
        set(AuditEvent.class, third, "chainSeq", 4L);
        set(AuditEvent.class, fourth, "chainSeq", 3L);
        set(AuditEvent.class, fourth, "prevHash", events.get(1).entryHash());
        set(AuditEvent.class, fourth, "entryHash", fourth.computeHash());
        ChainVerification result = walkEvents(events, headAt(events.get(4)), 100);
        assertBroken(result, 3, 4, third, "entry 4: does not chain to entry 3 (that entry or this link was altered)");
    }

    @Test
    void anEntryThatRepeatsAnEarlierPositionIsNamed() {
        List<AuditEvent> events = events(3);
        List<ChainLink> walked = new ArrayList<>(events);
        walked.add(events.get(1));
        ChainWalker walker = new ChainWalker();
        assertFalse(walker.accept(walked, AT));
        assertBroken(walker.finish(headAt(events.get(2)), AT), 3, 2, events.get(1),
                "entry 2: it comes after entry 3 in the chain (entries were reordered or duplicated)");
    }

    @Test
    void aRemovedTailOfEventsIsCaughtByTheHead() {
        List<AuditEvent> events = events(5);
        ChainVerification result = walkEvents(events.subList(0, 3), headAt(events.get(4)), 100);
        assertBroken(result, 3, 4, null, "the chain ends at entry 3 but its head records entry 5");
    }

    @Test
    void entriesWaitingTooLongForTheChainerAreAWarningNotABreak() {
        List<AuditEvent> events = events(2);
        ChainVerification intact = walkEvents(events, headAt(events.get(1)), 100);
        java.time.Duration minute = java.time.Duration.ofMinutes(1);

        ChainVerification late = intact.withUnsealed(3, AT.minusSeconds(61), minute);
        assertTrue(late.intact(), "still intact");
        assertEquals(3, late.unsealed());
        assertEquals("3 entries are not sealed yet; the oldest, written at " + AT.minusSeconds(61)
                + ", has waited longer than 60 s (is the chainer running?)", late.warning());
        assertEquals(intact.entriesChecked(), late.entriesChecked());
        assertEquals(AT, late.verifiedAt());

        ChainVerification fresh = intact.withUnsealed(3, AT.minusSeconds(60), minute);
        assertEquals(3, fresh.unsealed());
        assertNull(fresh.warning(), "exactly at the tolerance: not yet late");
        assertNull(intact.withUnsealed(0, null, minute).warning());
        assertEquals(0, intact.unsealed());
    }

    @Test
    void aBrokenChainKeepsItsFindingWhenUnsealedEntriesAreCounted() {
        List<AuditEvent> events = events(3);
        set(AuditEvent.class, events.get(0), "purpose", "changed");
        ChainVerification broken = walkEvents(events, headAt(events.get(2)), 100).withUnsealed(1, AT.minusSeconds(3600),
                java.time.Duration.ofMinutes(1));
        assertBroken(broken, 0, 1, events.get(0), "entry 1: its content does not match its hash (the entry was altered)");
        assertEquals(1, broken.unsealed());
        assertTrue(broken.warning().startsWith("1 entries are not sealed yet"));
    }
}
