package eu.csar.indicators.application;

import eu.csar.indicators.api.IndicatorId;
import eu.csar.indicators.domain.MatchCounter;
import eu.csar.shared.domain.ProviderId;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PendingMatchCountsTest {

    static final LocalDate DAY = LocalDate.of(2026, 12, 2);
    static final ProviderId PROVIDER = new ProviderId(UUID.fromString("00000000-0000-4000-8000-00000000a001"));

    static List<MatchCounter> counters(int n) {
        List<MatchCounter> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            out.add(new MatchCounter(new IndicatorId(new UUID(0x1234L, i)), PROVIDER, DAY));
        }
        return out;
    }

    @Test
    void aDrainTakesWhatWasAddedAndLeavesNothing() {
        PendingMatchCounts pending = new PendingMatchCounts();
        List<MatchCounter> c = counters(2);
        pending.add(c.get(0), 3);
        pending.add(c.get(0), 2);
        pending.add(c.get(1), 1);
        pending.add(c.get(1), 0);
        assertEquals(Map.of(c.get(0), 5L, c.get(1), 1L), pending.drain());
        assertEquals(Map.of(), pending.drain(), "drained once");
        assertEquals(0, pending.size());
    }

    @Test
    void restoredCountsAreTakenAgainWithWhatWasAddedMeanwhile() {
        PendingMatchCounts pending = new PendingMatchCounts();
        List<MatchCounter> c = counters(2);
        pending.add(c.get(0), 4);
        Map<MatchCounter, Long> failed = pending.drain();
        pending.add(c.get(0), 1);
        pending.add(c.get(1), 7);
        pending.restore(failed);
        assertEquals(Map.of(c.get(0), 5L, c.get(1), 7L), pending.drain());
    }

    /**
     * Four match calls' threads add while the flush drains over and over: the drains together hold
     * every count added, per counter, none lost and none twice. A key removed and added again
     * during a walk can be met twice by it; a drain that kept only the later value lost counts.
     */
    @Test
    void drainsWhileFourThreadsAddLoseNothingAndCountNothingTwice() throws Exception {
        int adders = 4;
        int addsPerAdder = 15_000;
        List<MatchCounter> keys = counters(3_000);
        for (int round = 0; round < 20; round++) {
            PendingMatchCounts pending = new PendingMatchCounts();
            ExecutorService threads = Executors.newFixedThreadPool(adders + 1);
            try {
                CountDownLatch start = new CountDownLatch(1);
                AtomicBoolean adding = new AtomicBoolean(true);
                List<Future<?>> adds = new ArrayList<>();
                for (int a = 0; a < adders; a++) {
                    int offset = a * 7;
                    adds.add(threads.submit(() -> {
                        start.await();
                        for (int i = 0; i < addsPerAdder; i++) {
                            pending.add(keys.get((offset + i * 13) % keys.size()), 1);
                        }
                        return null;
                    }));
                }
                Future<Map<MatchCounter, Long>> drained = threads.submit(() -> {
                    Map<MatchCounter, Long> total = new HashMap<>();
                    start.await();
                    while (adding.get()) {
                        pending.drain().forEach((k, v) -> total.merge(k, v, Long::sum));
                    }
                    return total;
                });
                start.countDown();
                for (Future<?> f : adds) {
                    f.get(60, TimeUnit.SECONDS);
                }
                adding.set(false);
                Map<MatchCounter, Long> total = drained.get(60, TimeUnit.SECONDS);
                pending.drain().forEach((k, v) -> total.merge(k, v, Long::sum));

                assertEquals(adders * addsPerAdder, total.values().stream().mapToLong(Long::longValue).sum(), "round " + round);
                Map<MatchCounter, Long> expected = new HashMap<>();
                for (int a = 0; a < adders; a++) {
                    for (int i = 0; i < addsPerAdder; i++) {
                        expected.merge(keys.get((a * 7 + i * 13) % keys.size()), 1L, Long::sum);
                    }
                }
                assertEquals(expected, total, "per counter, round " + round);
                assertEquals(0, pending.size());
            } finally {
                threads.shutdownNow();
                assertTrue(threads.awaitTermination(10, TimeUnit.SECONDS));
            }
        }
    }
}
