package eu.csar.indicators.application;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CoalescingRunnerTest {

    @Test
    void aLoneRequestRunsTheTaskOnceInTheCallersThread() {
        List<Thread> ranIn = new ArrayList<>();
        CoalescingRunner runner = new CoalescingRunner(() -> ranIn.add(Thread.currentThread()));
        runner.request();
        assertEquals(List.of(Thread.currentThread()), ranIn);
        assertFalse(runner.busy());
        runner.request();
        assertEquals(2, ranIn.size(), "the next request runs it again");
    }

    @Test
    void requestsDuringARunMakeItGoOnceMoreAfterThem() {
        // The feed grew twice while the first pass ran: one more pass sees both, none is missed.
        AtomicInteger feed = new AtomicInteger(1);
        List<Integer> seenByPass = new ArrayList<>();
        AtomicReference<CoalescingRunner> self = new AtomicReference<>();
        CoalescingRunner runner = new CoalescingRunner(() -> {
            seenByPass.add(feed.get());
            if (seenByPass.size() == 1) {
                feed.set(3);
                self.get().request();
                self.get().request();
            }
        });
        self.set(runner);
        runner.request();
        assertEquals(List.of(1, 3), seenByPass, "the requests during the run cost one more run, which sees the feed after them");
        assertFalse(runner.busy());
    }

    @Test
    void aRequesterNeverWaitsBehindARunInAnotherThread() throws Exception {
        CountDownLatch inRun = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        AtomicInteger runs = new AtomicInteger();
        AtomicInteger feed = new AtomicInteger();
        AtomicInteger lastSeen = new AtomicInteger();
        CoalescingRunner runner = new CoalescingRunner(() -> {
            lastSeen.set(feed.get());
            if (runs.incrementAndGet() == 1) {
                inRun.countDown();
                await(release);
            }
        });
        Thread first = new Thread(runner::request);
        first.start();
        assertTrue(inRun.await(10, TimeUnit.SECONDS));
        feed.set(7);
        runner.request(); // returns at once: the run under way in the other thread owes one more
        runner.request();
        assertEquals(1, runs.get(), "the requests did not run the task in this thread");
        assertTrue(runner.busy());
        release.countDown();
        first.join(10_000);
        assertEquals(2, runs.get(), "two requests during the run: one run more");
        assertEquals(7, lastSeen.get(), "the run after the requests saw what they stood for");
        assertFalse(runner.busy());
    }

    @Test
    void offerHandsTheRunToWhoeverCallsRunOwed() {
        AtomicInteger runs = new AtomicInteger();
        CoalescingRunner runner = new CoalescingRunner(runs::incrementAndGet);
        assertTrue(runner.offer(), "nothing under way: the caller owes a run");
        assertFalse(runner.offer(), "already owed: counted, served by that run");
        assertEquals(0, runs.get());
        runner.runOwed();
        assertEquals(1, runs.get(), "both offers served by one run that started after them");
        assertFalse(runner.busy());
        assertTrue(runner.offer());
        runner.abandon();
        assertTrue(runner.offer(), "after abandon the next offer owes a run again");
    }

    @Test
    void aFailingRunDropsItsRequestsSoTheNextRequestRunsAfresh() {
        AtomicInteger runs = new AtomicInteger();
        CoalescingRunner runner = new CoalescingRunner(() -> {
            if (runs.incrementAndGet() == 1) {
                throw new IllegalStateException("database away");
            }
        });
        assertThrows(IllegalStateException.class, runner::request);
        assertFalse(runner.busy(), "not stuck as under way");
        runner.request();
        assertEquals(2, runs.get());
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
