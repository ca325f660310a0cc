package eu.csar.indicators.application;

import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * One token bucket per key: {@code perSecond} tokens flow in each second up to {@code burst}; a
 * call takes as many tokens as it sends hashes, or none if there are too few, and then learns how
 * long to wait. Thread safe; time from the given nanosecond source (tests pass their own).
 */
public final class TokenBuckets<K> {

    private static final long NANOS = 1_000_000_000L;

    private final ConcurrentHashMap<K, Bucket> buckets = new ConcurrentHashMap<>();
    private final LongSupplier nanoTime;
    private volatile long perSecond;
    private volatile long burst;

    public TokenBuckets(long perSecond, long burst, LongSupplier nanoTime) {
        this.nanoTime = nanoTime;
        configure(perSecond, burst);
    }

    /** New limits; buckets keep their tokens, capped at the new burst. */
    public void configure(long perSecond, long burst) {
        if (perSecond <= 0 || burst <= 0) {
            throw new IllegalArgumentException("rate and burst must be positive: " + perSecond + ", " + burst);
        }
        this.perSecond = perSecond;
        this.burst = burst;
    }

    public long perSecond() {
        return perSecond;
    }

    public long burst() {
        return burst;
    }

    /**
     * Takes {@code n} tokens from {@code key}'s bucket: 0 if taken, otherwise the nanoseconds until
     * the bucket will hold {@code n} (nothing taken). A call larger than the burst can never pass
     * and is told to wait for a full bucket.
     */
    public long tryTake(K key, long n) {
        Bucket bucket = buckets.computeIfAbsent(key, k -> new Bucket(burst, nanoTime.getAsLong()));
        synchronized (bucket) {
            long now = nanoTime.getAsLong();
            long rate = perSecond;
            long cap = burst;
            long elapsed = Math.max(0, now - bucket.at);
            // whole tokens gained, keeping the remainder's time so slow trickles are not lost
            long gained = (long) Math.min((double) cap, elapsed / (double) NANOS * rate);
            if (gained > 0) {
                bucket.tokens = Math.min(cap, bucket.tokens + gained);
                bucket.at = bucket.tokens == cap ? now : bucket.at + (gained * NANOS) / rate;
            }
            bucket.tokens = Math.min(bucket.tokens, cap);
            if (bucket.tokens >= n) {
                bucket.tokens -= n;
                return 0;
            }
            long missing = Math.min(n, cap) - bucket.tokens;
            return Math.max(1, (missing * NANOS + rate - 1) / rate);
        }
    }

    /** Whole seconds to tell a client to wait for {@code nanos}: at least 1. */
    public static long retryAfterSeconds(long nanos) {
        return Math.max(1, (nanos + NANOS - 1) / NANOS);
    }

    private static final class Bucket {
        long tokens;
        long at;

        Bucket(long tokens, long at) {
            this.tokens = tokens;
            this.at = at;
        }
    }
}
