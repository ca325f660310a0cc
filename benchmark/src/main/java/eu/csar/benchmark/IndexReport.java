package eu.csar.benchmark;

import eu.csar.detection.index.BruteForce;
import eu.csar.detection.index.HashIndex;
import eu.csar.detection.index.Match;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryUsage;
import java.util.List;
import java.util.stream.LongStream;

/**
 * A quick, single-JVM report of the index at 10 million hashes (or {@code args[1]}): build time,
 * retained heap after GC, single-thread queries per second one at a time and in batches of 1,000,
 * and a brute-force scan in the same run, on the {@code uniform} or {@code clustered} set
 * ({@code args[0]}). Every timed query is also checked against brute force for the first 32.
 * Run with {@code java -Xmx1g -cp target/benchmarks.jar eu.csar.benchmark.IndexReport clustered}.
 */
public final class IndexReport {

    private IndexReport() {
    }

    public static void main(String[] args) {
        String kind = args.length > 0 ? args[0] : "uniform";
        int n = args.length > 1 ? Integer.parseInt(args[1]) : 10_000_000;
        int radius = HashIndex.DEFAULT_RADIUS;
        long before = usedHeapAfterGc();
        long[] words = IndexData.hashes(kind, n, 2024);
        long t0 = System.nanoTime();
        HashIndex index = HashIndex.build(LongStream.range(0, n).toArray(), words, n);
        long buildMs = (System.nanoTime() - t0) / 1_000_000;
        long retained = usedHeapAfterGc() - before;
        int count = 4096;
        long[] queries = IndexData.queries(words, n, count, 7);
        int withMatches = 0;
        long matches = 0;
        for (int q = 0; q < 32; q++) {
            List<Match> got = index.query(queries[4 * q], queries[4 * q + 1], queries[4 * q + 2], queries[4 * q + 3],
                    radius);
            int[] want = IndexData.bruteForce(words, n, queries, q, radius);
            if (got.size() != want.length || !got.stream().mapToLong(Match::id).sorted().boxed().toList()
                    .equals(java.util.Arrays.stream(want).asLongStream().boxed().toList())) {
                throw new IllegalStateException("index and brute force disagree on query " + q);
            }
            withMatches += want.length > 0 ? 1 : 0;
        }
        System.out.printf("[%s] n=%d build=%d ms, arrays=%.1f MiB, heap retained after GC=%.1f MiB (max heap %d MiB),"
                + " 32 queries == brute force (%d with matches)%n", kind, n, buildMs, index.arrayBytes() / 1048576.0,
                retained / 1048576.0, Runtime.getRuntime().maxMemory() >> 20, withMatches);
        java.lang.management.ThreadMXBean tm = ManagementFactory.getThreadMXBean();
        for (int rep = 0; rep < 5; rep++) {
            long c0 = tm.getCurrentThreadCpuTime();
            long s0 = System.nanoTime();
            for (int q = 0; q < count; q++) {
                matches += index.query(queries[4 * q], queries[4 * q + 1], queries[4 * q + 2], queries[4 * q + 3], radius)
                        .size();
            }
            long s1 = System.nanoTime();
            long c1 = tm.getCurrentThreadCpuTime();
            for (int b = 0; b + 1000 <= count; b += 1000) {
                long[] batch = java.util.Arrays.copyOfRange(queries, 4 * b, 4 * (b + 1000));
                matches += index.queryBatch(batch, 1000, radius).size();
            }
            long s2 = System.nanoTime();
            long c2 = tm.getCurrentThreadCpuTime();
            int bf = 8;
            for (int q = 0; q < bf; q++) {
                matches += BruteForce.count(words, n, queries[4 * q], queries[4 * q + 1], queries[4 * q + 2],
                        queries[4 * q + 3], radius);
            }
            long s3 = System.nanoTime();
            long c3 = tm.getCurrentThreadCpuTime();
            double single = count * 1e9 / (s1 - s0);
            double batch = 4000 * 1e9 / (s2 - s1);
            double brute = bf * 1e9 / (s3 - s2);
            System.out.printf("[%s] rep %d: query %.0f q/s (%.0f per CPU-s), queryBatch %.0f q/s (%.0f per CPU-s),"
                    + " brute force %.1f q/s (%.1f per CPU-s), ratios %.0fx / %.0fx%n", kind, rep, single,
                    count * 1e9 / (c1 - c0), batch, 4000 * 1e9 / (c2 - c1), brute, bf * 1e9 / (c3 - c2),
                    single / brute, batch / brute);
        }
        System.out.println("(checksum " + matches + ")");
    }

    static long usedHeapAfterGc() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        MemoryUsage heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage();
        return heap.getUsed();
    }
}
