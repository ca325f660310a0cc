package eu.csar.indicators.application;

import eu.csar.indicators.api.IndicatorId;
import eu.csar.indicators.domain.MatchCounter;
import eu.csar.shared.domain.ProviderId;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MatchCountFlushTest {

    static final MatchCounter A = new MatchCounter(new IndicatorId(new UUID(1, 1)),
            new ProviderId(UUID.fromString("00000000-0000-4000-8000-00000000a001")), LocalDate.of(2026, 12, 2));
    static final MatchCounter B = new MatchCounter(new IndicatorId(new UUID(1, 2)), A.provider(), A.day());

    /** A flush whose transaction fails as long as {@code failing} says so, and records what it wrote. */
    static final class Flush {
        final PendingMatchCounts pending = new PendingMatchCounts();
        final List<Map<MatchCounter, Long>> written = new ArrayList<>();
        boolean failing;
        final MatchCountFlush flush = new MatchCountFlush();

        Flush() {
            flush.pending = pending;
            flush.work = new MatchCountFlush.Work() {
                @Override
                public MatchCountFlush.Written write(Map<MatchCounter, Long> counts) {
                    if (failing) {
                        throw new IllegalStateException("connection refused");
                    }
                    written.add(Map.copyOf(counts));
                    return new MatchCountFlush.Written(2_000_000, 1_000_000);
                }
            };
        }
    }

    @Test
    void aFlushWritesWhatIsPendingOnceAndNothingWhenNothingIs() {
        Flush f = new Flush();
        f.pending.add(A, 3);
        f.pending.add(B, 1);
        assertTrue(f.flush.flush());
        assertTrue(f.flush.flush());
        assertEquals(List.of(Map.of(A, 3L, B, 1L)), f.written, "one write; an empty flush writes nothing");
    }

    @Test
    void aFailedFlushKeepsTheCountsForTheNextOne() {
        Flush f = new Flush();
        f.pending.add(A, 3);
        f.failing = true;
        assertFalse(f.flush.flush());
        assertEquals(1, f.pending.size(), "given back");
        f.pending.add(A, 2);
        f.pending.add(B, 1);
        f.failing = false;
        assertTrue(f.flush.flush());
        assertEquals(List.of(Map.of(A, 5L, B, 1L)), f.written, "nothing lost, nothing twice");
    }

    @Test
    void aSlowFlushIsFollowedByALongerPauseAQuickOneByASecond() {
        assertEquals(1_000, MatchCountFlush.pauseAfter(0));
        assertEquals(1_000, MatchCountFlush.pauseAfter(40), "a quiet node flushes every second");
        assertEquals(1_000, MatchCountFlush.pauseAfter(333));
        assertEquals(1_002, MatchCountFlush.pauseAfter(334));
        assertEquals(8_700, MatchCountFlush.pauseAfter(2_900), "47,000 counters in 2.9 s: flushing a quarter of the time");
        assertEquals(30_000, MatchCountFlush.pauseAfter(60_000), "at most 30 s");
        assertEquals(1_000, MatchCountFlush.pauseAfter(-5), "a clock step back");
    }

    @Test
    void theFlushesAreSummedInOneLineAMinuteAtMost() {
        MatchCountFlush.FlushStats stats = new MatchCountFlush.FlushStats();
        MatchCountFlush.Written w = new MatchCountFlush.Written(600_000_000, 300_000_000);
        long t0 = 5_000_000_000L;
        assertEquals(null, stats.add(47_000, 1_000_000_000, w, t0), "the first flush starts the minute");
        assertEquals(null, stats.add(47_000, 3_000_000_000L, w, t0 + 59_000_000_000L));
        assertEquals("match counters: 3 flushes in 60 s, 94001 counters written, flush mean 1333 ms, longest 3000 ms;"
                + " upsert 1800 ms, flood read 900 ms in all", stats.add(1, 0, w, t0 + 60_000_000_000L));
        assertEquals(null, stats.add(5, 10_000_000, w, t0 + 61_000_000_000L), "a new minute, counted from zero");
        assertEquals("match counters: 2 flushes in 60 s, 10 counters written, flush mean 10 ms, longest 10 ms;"
                + " upsert 1200 ms, flood read 600 ms in all", stats.add(5, 10_000_000, w, t0 + 120_000_000_000L));
    }

    @Test
    void theFailureIsLoggedAsOneLine() {
        assertEquals("java.sql.SQLException: FATAL: the database system is shutting down",
                MatchCountFlush.rootCause(new RuntimeException(new IllegalStateException(
                        new java.sql.SQLException("FATAL: the database system\n  is shutting down")))));
    }
}
