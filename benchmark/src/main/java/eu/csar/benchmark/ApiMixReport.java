package eu.csar.benchmark;

import eu.csar.detection.index.HashIndex;
import eu.csar.detection.index.Match;
import eu.csar.load.SyntheticPdqList;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The index on the match API's own case, outside the server: the list {@code bin/load match} seeds
 * ({@link SyntheticPdqList}, clusters of 10, seed 9, ids 1..n as the indicator seqs), the queries
 * MatchSimulation sends (batches of 1,000: {@code near}% within 1-8 bits of one of 10,000 list
 * members spread evenly, the rest random; the same generator and seed), and the batches handed to
 * {@link HashIndex#queryBatch} as the API hands them: a lone batch cut into slices over the idle
 * cores, concurrent batches one thread each. Also the benchmark's own mix ({@code IndexData}) on
 * the same index, for comparison. Each case prints queries per second (wall clock and per CPU
 * second of the querying threads) and the collections it caused.
 *
 * <p>Run: {@code java -Xmx3g -cp target/benchmarks.jar eu.csar.benchmark.ApiMixReport [n] [near]}
 * (defaults 10,000,000 and 10).
 */
public final class ApiMixReport {

    private static final int BATCH = 1000;
    private static final int BATCHES = 64;
    private static final int SAMPLES = 10_000;

    private ApiMixReport() {
    }

    public static void main(String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 10_000_000;
        int near = args.length > 1 ? Integer.parseInt(args[1]) : 10;
        String only = args.length > 2 ? args[2] : "";
        int radius = HashIndex.DEFAULT_RADIUS;
        long t0 = System.nanoTime();
        long[] ids = new long[n];
        long[] words = new long[4 * n];
        List<long[]> samples = new ArrayList<>();
        SyntheticPdqList list = new SyntheticPdqList(9, 10);
        int every = Math.max(1, n / SAMPLES);
        for (int i = 0; i < n; i++) {
            long[] h = list.next().words();
            ids[i] = i + 1L;
            System.arraycopy(h, 0, words, 4 * i, 4);
            if (i % every == 0) {
                samples.add(h);
            }
        }
        long[] copy = words.clone(); // the index takes its arrays over
        long t1 = System.nanoTime();
        HashIndex index = HashIndex.build(ids, copy, n);
        long t2 = System.nanoTime();
        System.out.printf("n=%d list %d ms, build %d ms, arrays %.1f MiB, max heap %d MiB, near %d%%%n", n, (t1 - t0) / 1_000_000,
                (t2 - t1) / 1_000_000, index.arrayBytes() / 1048576.0, Runtime.getRuntime().maxMemory() >> 20, near);
        long[][] api = apiBatches(samples, near);
        long[] benchAll = IndexData.queries(words, n, BATCHES * BATCH, 7);
        long[][] bench = new long[BATCHES][];
        for (int b = 0; b < BATCHES; b++) {
            bench[b] = Arrays.copyOfRange(benchAll, 4 * BATCH * b, 4 * BATCH * (b + 1));
        }
        check(index, api[0], words, n, radius, near);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        String[] cases = {"api 1 thread, batch 1000", "api 1 thread, slices 500", "api 1 thread, slices 128",
            "api lone batch, 2 slices of 500 on 2 threads", "api 2 threads, batch 1000 each", "bench 1 thread, batch 1000",
            "bench 2 threads, batch 1000 each"};
        for (int rep = 0; rep < 3; rep++) {
            for (String c : cases) {
                if (!c.contains(only)) {
                    continue;
                }
                long[][] batches = c.startsWith("api") ? api : bench;
                run(c, rep, index, batches, radius, pool);
            }
        }
        pool.shutdown();
    }

    private static void run(String name, int rep, HashIndex index, long[][] batches, int radius, ExecutorService pool)
            throws Exception {
        ThreadMXBean tm = ManagementFactory.getThreadMXBean();
        AtomicLong cpu = new AtomicLong();
        AtomicLong found = new AtomicLong();
        long gc0 = gcMillis();
        long n0 = gcCount();
        long s0 = System.nanoTime();
        long[] latencies = new long[batches.length];
        if (name.contains("2 threads, batch")) {
            List<Future<?>> f = new ArrayList<>();
            for (int t = 0; t < 2; t++) {
                int first = t;
                f.add(pool.submit(() -> {
                    long c = tm.getCurrentThreadCpuTime();
                    for (int b = first; b < batches.length; b += 2) {
                        long l = System.nanoTime();
                        found.addAndGet(count(index.queryBatch(batches[b], BATCH, radius)));
                        latencies[b] = System.nanoTime() - l;
                    }
                    cpu.addAndGet(tm.getCurrentThreadCpuTime() - c);
                }));
            }
            for (Future<?> x : f) {
                x.get();
            }
        } else if (name.contains("lone batch")) {
            for (int b = 0; b < batches.length; b++) {
                long l = System.nanoTime();
                long[] second = Arrays.copyOfRange(batches[b], 4 * 500, 4 * BATCH);
                Future<Long> other = pool.submit(() -> {
                    long c = tm.getCurrentThreadCpuTime();
                    long k = count(index.queryBatch(second, BATCH - 500, radius));
                    cpu.addAndGet(tm.getCurrentThreadCpuTime() - c);
                    return k;
                });
                long c = tm.getCurrentThreadCpuTime();
                found.addAndGet(count(index.queryBatch(batches[b], 500, radius)));
                cpu.addAndGet(tm.getCurrentThreadCpuTime() - c);
                found.addAndGet(other.get());
                latencies[b] = System.nanoTime() - l;
            }
        } else {
            int slice = name.contains("slices 500") ? 500 : name.contains("slices 128") ? 128 : BATCH;
            long c = tm.getCurrentThreadCpuTime();
            for (int b = 0; b < batches.length; b++) {
                long l = System.nanoTime();
                for (int from = 0; from < BATCH; from += slice) {
                    int to = Math.min(BATCH, from + slice);
                    long[] part = from == 0 && to == BATCH ? batches[b] : Arrays.copyOfRange(batches[b], 4 * from, 4 * to);
                    found.addAndGet(count(index.queryBatch(part, to - from, radius)));
                }
                latencies[b] = System.nanoTime() - l;
            }
            cpu.addAndGet(tm.getCurrentThreadCpuTime() - c);
        }
        long s1 = System.nanoTime();
        long queries = (long) batches.length * BATCH;
        Arrays.sort(latencies);
        System.out.printf("rep %d %-46s %7.0f q/s wall, %7.0f q/s per CPU-s, batch p50 %4d ms max %4d ms, %d GCs %d ms,"
                + " matches %d%n", rep, name, queries * 1e9 / (s1 - s0), queries * 1e9 / cpu.get(),
                latencies[latencies.length / 2] / 1_000_000, latencies[latencies.length - 1] / 1_000_000, gcCount() - n0,
                gcMillis() - gc0, found.get());
    }

    private static long count(List<List<Match>> r) {
        long k = 0;
        for (List<Match> m : r) {
            k += m.size();
        }
        return k;
    }

    /** MatchSimulation's bodies as words: the same random sequence, the same flips (a bit may repeat). */
    static long[][] apiBatches(List<long[]> samples, int nearPercent) {
        SplittableRandom random = new SplittableRandom(7);
        long[][] out = new long[BATCHES][];
        for (int b = 0; b < BATCHES; b++) {
            long[] w = new long[4 * BATCH];
            for (int i = 0; i < BATCH; i++) {
                boolean nearDuplicate = (i + 1) * nearPercent / 100 > i * nearPercent / 100;
                if (nearDuplicate) {
                    long[] h = samples.get(random.nextInt(samples.size())).clone();
                    int bits = 1 + random.nextInt(8);
                    for (int f = 0; f < bits; f++) {
                        int nibble = random.nextInt(64); // hex digit, most significant word first
                        int bit = (63 - nibble) * 4 + random.nextInt(4);
                        h[bit >> 6] ^= 1L << (bit & 63);
                    }
                    System.arraycopy(h, 0, w, 4 * i, 4);
                } else {
                    for (int k = 3; k >= 0; k--) {
                        w[4 * i + k] = random.nextLong();
                    }
                }
            }
            out[b] = w;
        }
        return out;
    }

    /** The first batch against brute force: the index answers exactly on this data too. */
    private static void check(HashIndex index, long[] batch, long[] words, int n, int radius, int near) {
        List<List<Match>> got = index.queryBatch(batch, BATCH, radius);
        int lines = 0;
        long hits = 0;
        for (int q = 0; q < 200; q++) {
            int[] want = IndexData.bruteForce(words, n, batch, q, radius);
            List<Long> g = got.get(q).stream().map(m -> m.id() - 1).sorted().toList();
            List<Long> w = Arrays.stream(want).asLongStream().boxed().toList();
            if (!g.equals(w)) {
                throw new IllegalStateException("index and brute force disagree on line " + q + ": " + g + " vs " + w);
            }
            lines += want.length > 0 ? 1 : 0;
            hits += want.length;
        }
        System.out.printf("first 200 lines == brute force: %d lines with matches, %d matches%n", lines, hits);
    }

    private static long gcCount() {
        return ManagementFactory.getGarbageCollectorMXBeans().stream().mapToLong(GarbageCollectorMXBean::getCollectionCount).sum();
    }

    private static long gcMillis() {
        return ManagementFactory.getGarbageCollectorMXBeans().stream().mapToLong(GarbageCollectorMXBean::getCollectionTime).sum();
    }
}
