package eu.csar.benchmark;

import eu.csar.detection.index.BruteForce;
import eu.csar.detection.index.HashIndex;
import eu.csar.detection.index.Match;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryUsage;
import java.util.Arrays;
import java.util.List;
import java.util.stream.LongStream;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;

/**
 * Exact radius queries on an index of {@code n} hashes, {@code uniform} random or
 * {@code clustered} (groups of 10 within 24 bits of a centre, a quarter near-duplicates: see
 * {@link IndexData}), queries half near-duplicates of indexed hashes (0..30 bits flipped) and half
 * random, against a brute-force scan of the same packed {@code long[]} in the same run. One query
 * at a time ({@code indexQuery}, on one or two threads) and in batches of 1,000 as the match
 * service sends them ({@code indexQueryBatch}, reported per query). The fork runs with a 1 GiB
 * heap, which must hold the 10-million index while it is built and queried. Setup prints the
 * build time and the index's retained size (from its array sizes, and heap used after GC).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xmx1g", "-Xms1g"})
public class IndexBenchmark {

    @Param({"10000000"})
    public int n;

    @Param({"31"})
    public int radius;

    @Param({"uniform", "clustered"})
    public String data;

    static final int QUERIES = 4096;
    static final int BATCH = 1000;

    HashIndex index;
    long[] words;
    long[] queries;
    long[][] batches;
    final AtomicInteger cursor = new AtomicInteger();

    @Setup(Level.Trial)
    public void setup() {
        long usedBefore = usedHeapAfterGc();
        words = IndexData.hashes(data, n, 2024);
        long t0 = System.nanoTime();
        // ids 0..n-1 (the long[] is dropped after the build: the index keeps ints when they fit)
        index = HashIndex.build(LongStream.range(0, n).toArray(), words, n);
        long buildMs = (System.nanoTime() - t0) / 1_000_000;
        long used = usedHeapAfterGc() - usedBefore;
        queries = IndexData.queries(words, n, QUERIES, 7);
        batches = new long[QUERIES / BATCH][];
        for (int b = 0; b < batches.length; b++) {
            batches[b] = Arrays.copyOfRange(queries, 4 * b * BATCH, 4 * (b + 1) * BATCH);
        }
        int nearMatches = 0;
        List<List<Match>> batch = index.queryBatch(queries, 64, radius);
        for (int q = 0; q < 64; q++) {
            List<Match> a = index.query(queries[4 * q], queries[4 * q + 1], queries[4 * q + 2], queries[4 * q + 3], radius);
            int[] b = IndexData.bruteForce(words, n, queries, q, radius);
            long[] aIds = a.stream().mapToLong(Match::id).sorted().toArray();
            if (!Arrays.equals(aIds, Arrays.stream(b).asLongStream().toArray()) || !a.equals(batch.get(q))) {
                throw new IllegalStateException("index, batch and brute force disagree on query " + q);
            }
            nearMatches += a.isEmpty() ? 0 : 1;
        }
        System.out.printf("%n[index] %s n=%d build=%d ms, retained by arrays=%.1f MiB, heap used after GC grew by %.1f MiB"
                + " (max heap %d MiB), %d of 64 checked queries had matches (index == batch == brute force)%n",
                data, n, buildMs, index.arrayBytes() / 1048576.0, used / 1048576.0,
                Runtime.getRuntime().maxMemory() >> 20, nearMatches);
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

    /** One batch of 1,000 queries per invocation; the score is queries per second. */
    @Benchmark
    @OperationsPerInvocation(BATCH)
    public List<List<Match>> indexQueryBatch() {
        long[] b = batches[(cursor.getAndIncrement() & 0x7FFFFFFF) % batches.length];
        return index.queryBatch(b, BATCH, radius);
    }

    @Benchmark
    public int bruteForce() {
        int q = nextQuery();
        return BruteForce.count(words, n, queries[q], queries[q + 1], queries[q + 2], queries[q + 3], radius);
    }
}
