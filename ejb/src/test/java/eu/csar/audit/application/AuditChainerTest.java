package eu.csar.audit.application;

import eu.csar.audit.domain.ChainSealer;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Proxy;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

class AuditChainerTest {

    /** The chainer with a timer service that records the timers set, and a sealer that seals the given batch sizes. */
    static final class Chainer {
        final List<Long> timersSet = new ArrayList<>();
        final List<TimerConfig> configs = new ArrayList<>();
        final Deque<Integer> batches = new ArrayDeque<>();
        int sealCalls;
        boolean failing;
        boolean stopping;
        final AuditChainer chainer = new AuditChainer();

        Chainer(Integer... batchSizes) {
            batches.addAll(List.of(batchSizes));
            chainer.timers = (TimerService) Proxy.newProxyInstance(getClass().getClassLoader(),
                    new Class<?>[] {TimerService.class}, (proxy, method, args) -> {
                        if (!method.getName().equals("createSingleActionTimer")) {
                            throw new AssertionError("unexpected timer call " + method.getName());
                        }
                        if (stopping) {
                            throw new IllegalStateException("the application is stopping");
                        }
                        timersSet.add((Long) args[0]);
                        configs.add((TimerConfig) args[1]);
                        return null;
                    });
            chainer.sealer = new AuditSealer() {
                @Override
                public int sealNextBatch() {
                    sealCalls++;
                    if (failing) {
                        throw new IllegalStateException("connection refused");
                    }
                    return batches.isEmpty() ? 0 : batches.poll();
                }
            };
        }
    }

    @Test
    void theFirstRunIsSetAtStartAsOneNonPersistentTimer() {
        Chainer c = new Chainer();
        c.chainer.start();
        assertEquals(List.of(AuditChainer.PERIOD_MILLIS), c.timersSet);
        assertFalse(c.configs.get(0).isPersistent());
    }

    @Test
    void aRunSealsUntilABatchIsNotFullAndThenSetsTheNextRunOnce() {
        Chainer c = new Chainer(ChainSealer.BATCH, ChainSealer.BATCH, 7, ChainSealer.BATCH);
        c.chainer.tick();
        assertEquals(3, c.sealCalls, "two full batches, then one of 7 ends the run");
        assertEquals(List.of(AuditChainer.PERIOD_MILLIS), c.timersSet, "the next run is set after this one ended");
    }

    @Test
    void aFailedRunStillSetsTheNextOne() {
        Chainer c = new Chainer(ChainSealer.BATCH);
        c.failing = true;
        c.chainer.tick();
        assertEquals(1, c.sealCalls);
        assertEquals(List.of(AuditChainer.PERIOD_MILLIS), c.timersSet, "sealing is retried by the next run");
    }

    @Test
    void aRunEndingWhileTheApplicationStopsSetsNothingAndDoesNotThrow() {
        Chainer c = new Chainer(3);
        c.stopping = true;
        c.chainer.tick();
        assertEquals(1, c.sealCalls);
        assertEquals(List.of(), c.timersSet);
    }
}
