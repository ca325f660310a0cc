package eu.csar.benchmark;

import eu.csar.detection.index.BruteForce;
import eu.csar.detection.index.HashIndex;
import eu.csar.detection.index.Match;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryUsage;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;

/**
 * Exact radius queries on an index of {@code n} uniformly random 256-bit hashes, queries half
 * near-duplicates of indexed hashes (0..30 bits flipped) and half random, against a brute-force
 * scan of the same packed {@code long[]} in the same run. Setup prints the build time and the
 * index's retained size (from its array sizes, and heap used after GC).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xmx2g", "-Xms2g"})
public class IndexBenchmark {

    @Param({"10000000"})
    public int n;

    @Param({"31"})
    public int radius;

    static final int QUERIES = 4096;

    HashIndex index;
    long[] words;
    long[] queries;
    final AtomicInteger cursor = new AtomicInteger();

    @Setup(Level.Trial)
    public void setup() {
        SplittableRandom rnd = new SplittableRandom(2024);
        long usedBefore = usedHeapAfterGc();
        words = new long[4 * n];
        long[] ids = new long[n];
        for (int i = 0; i < words.length; i++) {
            words[i] = rnd.nextLong();
        }
        for (int i = 0; i < n; i++) {
            ids[i] = i;
        }
        long t0 = System.nanoTime();
        index = HashIndex.build(ids, words, n);
        long buildMs = (System.nanoTime() - t0) / 1_000_000;
        long used = usedHeapAfterGc() - usedBefore;
        queries = new long[4 * QUERIES];
        int nearMatches = 0;
        for (int q = 0; q < QUERIES; q++) {
            if (q % 2 == 0) {
                int src = rnd.nextInt(n);
                System.arraycopy(words, 4 * src, queries, 4 * q, 4);
                int flips = rnd.nextInt(31);
                for (int f = 0; f < flips; f++) {
                    int bit = rnd.nextInt(256); // may repeat, so distance <= flips <= 30
                    queries[4 * q + (bit >>> 6)] ^= 1L << (bit & 63);
                }
            } else {
                for (int w = 0; w < 4; w++) {
                    queries[4 * q + w] = rnd.nextLong();
                }
            }
        }
        for (int q = 0; q < 64; q++) {
            List<Match> a = index.query(queries[4 * q], queries[4 * q + 1], queries[4 * q + 2], queries[4 * q + 3], radius);
            List<Match> b = BruteForce.search(words, ids, n, queries[4 * q], queries[4 * q + 1], queries[4 * q + 2],
                    queries[4 * q + 3], radius);
            if (!a.equals(b)) {
                throw new IllegalStateException("index and brute force disagree on query " + q);
            }
            nearMatches += a.isEmpty() ? 0 : 1;
        }
        long arrays = 32L * n + 8L * n + 11L * 4 * n;
        for (int s = 0; s < 11; s++) {
            arrays += 4L * ((1L << Math.min(s < 3 ? 24 : 23, 32 - Integer.numberOfLeadingZeros(Math.max(n, 1) - 1))) + 1);
        }
        System.out.printf("%n[index] n=%d build=%d ms, retained by arrays=%.1f MiB, heap used after GC grew by %.1f MiB,"
                + " %d of 64 checked queries had matches (index == brute force)%n",
                n, buildMs, arrays / 1048576.0, used / 1048576.0, nearMatches);
    }

    static long usedHeapAfterGc() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        MemoryUsage heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage();
        return heap.getUsed();
    }

    private int nextQuery() {
        return (cursor.getAndIncrement() & (QUERIES - 1)) << 2;
    }

    @Benchmark
    public List<Match> indexQuery() {
        int q = nextQuery();
        return index.query(queries[q], queries[q + 1], queries[q + 2], queries[q + 3], radius);
    }

    @Benchmark
    @Threads(2)
    public List<Match> indexQuery2Threads() {
        int q = nextQuery();
        return index.query(queries[q], queries[q + 1], queries[q + 2], queries[q + 3], radius);
    }

    @Benchmark
    public int bruteForce() {
        int q = nextQuery();
        return BruteForce.count(words, n, queries[q], queries[q + 1], queries[q + 2], queries[q + 3], radius);
    }
}
