package eu.csar.indicators.application;

import org.junit.jupiter.api.Test;

import java.util.concurrent.atomic.AtomicLong;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TokenBucketsTest {

    static final long SECOND = 1_000_000_000L;

    final AtomicLong now = new AtomicLong(5 * SECOND);

    TokenBuckets<String> buckets(long perSecond, long burst) {
        return new TokenBuckets<>(perSecond, burst, now::get);
    }

    @Test
    void aFullBucketLetsTheBurstThroughThenRefuses() {
        TokenBuckets<String> b = buckets(1000, 2000);
        assertEquals(0, b.tryTake("p", 1000));
        assertEquals(0, b.tryTake("p", 1000));
        long wait = b.tryTake("p", 1000);
        assertEquals(SECOND, wait, "1,000 tokens at 1,000/s: one second");
        assertEquals(1, TokenBuckets.retryAfterSeconds(wait));
    }

    @Test
    void providersHaveTheirOwnBuckets() {
        TokenBuckets<String> b = buckets(10, 10);
        assertEquals(0, b.tryTake("a", 10));
        assertTrue(b.tryTake("a", 1) > 0);
        assertEquals(0, b.tryTake("b", 10));
    }

    @Test
    void tokensFlowBackWithTimeUpToTheBurst() {
        TokenBuckets<String> b = buckets(100, 200);
        assertEquals(0, b.tryTake("p", 200));
        now.addAndGet(SECOND / 2);
        assertEquals(0, b.tryTake("p", 50));
        assertTrue(b.tryTake("p", 1) > 0);
        now.addAndGet(3600 * SECOND);
        assertEquals(0, b.tryTake("p", 200), "never more than the burst");
        assertTrue(b.tryTake("p", 1) > 0);
    }

    @Test
    void slowTricklesAreNotLostBetweenFrequentCalls() {
        TokenBuckets<String> b = buckets(10, 10);
        assertEquals(0, b.tryTake("p", 10));
        int passed = 0;
        for (int i = 0; i < 20; i++) {
            now.addAndGet(SECOND / 20);
            if (b.tryTake("p", 1) == 0) {
                passed++;
            }
        }
        assertEquals(10, passed, "ten tokens flowed in over one second of 50 ms steps");
    }

    @Test
    void theWaitIsForTheMissingTokensOnly() {
        TokenBuckets<String> b = buckets(100, 100);
        assertEquals(0, b.tryTake("p", 60));
        assertEquals(SECOND / 5, b.tryTake("p", 60), "20 missing at 100/s: 200 ms");
        assertEquals(1, TokenBuckets.retryAfterSeconds(SECOND / 5));
        assertEquals(2, TokenBuckets.retryAfterSeconds(SECOND + 1));
        assertEquals(1, TokenBuckets.retryAfterSeconds(SECOND));
        assertEquals(1, TokenBuckets.retryAfterSeconds(0));
    }

    @Test
    void aCallLargerThanTheBurstWaitsForAFullBucket() {
        TokenBuckets<String> b = buckets(10, 10);
        assertEquals(0, b.tryTake("p", 10));
        assertEquals(SECOND, b.tryTake("p", 50));
    }

    @Test
    void newLimitsApplyAndAreChecked() {
        TokenBuckets<String> b = buckets(10, 10);
        b.configure(1, 2);
        assertEquals(1, b.perSecond());
        assertEquals(2, b.burst());
        assertEquals(0, b.tryTake("p", 2));
        assertEquals(SECOND, b.tryTake("p", 1));
        assertThrows(IllegalArgumentException.class, () -> b.configure(0, 1));
        assertThrows(IllegalArgumentException.class, () -> b.configure(1, 0));
        assertThrows(IllegalArgumentException.class, () -> buckets(-1, 1));
    }

    @Test
    void aLowerBurstCapsTokensAlreadyHeld() {
        TokenBuckets<String> b = buckets(10, 100);
        assertEquals(0, b.tryTake("p", 1));
        b.configure(10, 5);
        assertTrue(b.tryTake("p", 6) > 0);
        assertEquals(0, b.tryTake("p", 5));
    }
}
