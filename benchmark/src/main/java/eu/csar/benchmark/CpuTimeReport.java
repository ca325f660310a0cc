package eu.csar.benchmark;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;

/**
 * PDQ hashing cost in CPU time per image (plus wall time), single thread, on the same synthetic
 * images as {@link HashingBenchmark}. On a shared, contended machine the JMH throughput measures
 * the share of CPU the benchmark got; CPU time per image measures the code. Run with
 * {@code java -cp target/benchmarks.jar eu.csar.benchmark.CpuTimeReport}.
 */
public final class CpuTimeReport {

    private CpuTimeReport() {
    }

    public static void main(String[] args) throws Exception {
        ThreadMXBean tm = ManagementFactory.getThreadMXBean();
        for (String size : new String[] {"1024x768", "512x512"}) {
            HashingBenchmark b = new HashingBenchmark();
            b.size = size;
            b.setup();
            int n = size.startsWith("1024") ? 200 : 400;
            for (int rep = 0; rep < 4; rep++) {
                long c0 = tm.getCurrentThreadCpuTime();
                long w0 = System.nanoTime();
                for (int i = 0; i < n; i++) {
                    b.decodeAndHash();
                }
                long c1 = tm.getCurrentThreadCpuTime();
                long w1 = System.nanoTime();
                for (int i = 0; i < n; i++) {
                    b.hashDecoded();
                }
                long c2 = tm.getCurrentThreadCpuTime();
                long w2 = System.nanoTime();
                System.out.printf("%s %s decode+hash: %.2f ms CPU/image (%.1f images/s per core), %.2f ms wall"
                        + " | hash only: %.2f ms CPU, %.2f ms wall%n", size, rep == 0 ? "warm-up" : "run " + rep,
                        (c1 - c0) / 1e6 / n, 1e9 * n / (c1 - c0), (w1 - w0) / 1e6 / n, (c2 - c1) / 1e6 / n,
                        (w2 - w1) / 1e6 / n);
            }
        }
    }
}
