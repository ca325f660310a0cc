package eu.csar.transparency.domain;

import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.TreeMap;

/**
 * Removal times (receipt of a removal order to its execution, Art 14(3)) kept as a histogram, so a
 * report reads a few counter rows instead of every order: the database adds each execution to the
 * bucket whose upper bound (minutes) is the first at or above the duration (V47,
 * transparency_removal_bucket, the same {@link #BOUNDS_MINUTES}). The median and the 90th
 * percentile are read as the upper bound of the bucket holding that rank: an upper estimate, exact
 * to the bucket's width (15 minutes up to half an hour, then up to 2 hours wide up to 16 hours, 4 to
 * 12 hours beyond 24 hours). Past 7 days the bucket is open ({@link #OPEN_BUCKET}: "more than 7 days").
 */
public final class RemovalTimeHistogram {

    /** The buckets' upper bounds in minutes, as V47 has them. */
    public static final List<Integer> BOUNDS_MINUTES = List.of(15, 30, 60, 120, 180, 240, 360, 480, 720, 960, 1200, 1440,
            1800, 2160, 2880, 4320, 10080);
    /** The last bucket's label: longer than the largest bound. */
    public static final int OPEN_BUCKET = 99999;

    private final TreeMap<Integer, Long> counts = new TreeMap<>();

    /** @param buckets count per bucket label (the upper bound in minutes, or {@link #OPEN_BUCKET}) */
    public RemovalTimeHistogram(Map<Integer, Long> buckets) {
        buckets.forEach((bound, n) -> {
            if (bound != OPEN_BUCKET && !BOUNDS_MINUTES.contains(bound)) {
                throw new IllegalArgumentException("no bucket " + bound);
            }
            if (n < 0) {
                throw new IllegalArgumentException("negative count in bucket " + bound);
            }
            counts.merge(bound, n, Long::sum);
        });
    }

    public long total() {
        return counts.values().stream().mapToLong(Long::longValue).sum();
    }

    /** The median's bucket bound in minutes (empty without removals). */
    public OptionalLong medianMinutes() {
        return percentileMinutes(50);
    }

    /** The 90th percentile's bucket bound in minutes. */
    public OptionalLong p90Minutes() {
        return percentileMinutes(90);
    }

    /**
     * The upper bound of the bucket holding the p-th percentile (nearest rank: the ceil(p/100 * n)-th
     * smallest duration).
     */
    public OptionalLong percentileMinutes(int p) {
        if (p < 1 || p > 100) {
            throw new IllegalArgumentException("percentile " + p);
        }
        long n = total();
        if (n == 0) {
            return OptionalLong.empty();
        }
        long rank = (p * n + 99) / 100;
        long seen = 0;
        for (Map.Entry<Integer, Long> e : counts.entrySet()) {
            seen += e.getValue();
            if (seen >= rank) {
                return OptionalLong.of(e.getKey());
            }
        }
        throw new IllegalStateException("unreachable");
    }

    /** The bucket label a duration in seconds falls into (what V47 computes in SQL). */
    public static int bucketOf(long seconds) {
        for (int bound : BOUNDS_MINUTES) {
            if (seconds <= bound * 60L) {
                return bound;
            }
        }
        return OPEN_BUCKET;
    }
}
