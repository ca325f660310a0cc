package eu.csar.testsupport.audit;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.inject.Inject;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * {@code POST /test-support/audit/throughput?writers=M&appends=N}: M threads inside the server each
 * make N audit appends, each in its own transaction, all starting together; answers the appends per
 * second over the whole run and the median and 99th percentile time of one append (its commit
 * included). Measures the audit trail on its own: no HTTP, no token, no business row per append.
 */
@Path("audit/throughput")
public class AuditThroughput {

    static final int MAX_WRITERS = 64;
    static final int MAX_APPENDS = 10_000;

    @Resource
    ManagedThreadFactory threads;

    @Inject
    AuditProbe probe;

    @POST
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed("centre-admin")
    public Map<String, Object> run(@QueryParam("writers") int writers, @QueryParam("appends") int appends) throws InterruptedException {
        if (writers < 1 || writers > MAX_WRITERS || appends < 1 || appends > MAX_APPENDS) {
            throw new BadRequestException("writers 1.." + MAX_WRITERS + ", appends 1.." + MAX_APPENDS);
        }
        long[][] nanos = new long[writers][appends];
        AtomicInteger failures = new AtomicInteger();
        CountDownLatch start = new CountDownLatch(1);
        CountDownLatch done = new CountDownLatch(writers);
        for (int w = 0; w < writers; w++) {
            int writer = w;
            Thread t = threads.newThread(() -> {
                try {
                    start.await();
                    for (int n = 0; n < appends; n++) {
                        long t0 = System.nanoTime();
                        try {
                            probe.append(writer, n);
                        } catch (RuntimeException e) {
                            failures.incrementAndGet();
                        }
                        nanos[writer][n] = System.nanoTime() - t0;
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                } finally {
                    done.countDown();
                }
            });
            t.start();
        }
        long t0 = System.nanoTime();
        start.countDown();
        done.await();
        long elapsed = System.nanoTime() - t0;
        long[] all = Arrays.stream(nanos).flatMapToLong(Arrays::stream).sorted().toArray();
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("writers", writers);
        result.put("appends", all.length);
        result.put("failures", failures.get());
        result.put("seconds", elapsed / 1e9);
        result.put("appendsPerSecond", Math.round(all.length / (elapsed / 1e9)));
        result.put("p50Millis", percentile(all, 50) / 1e6);
        result.put("p99Millis", percentile(all, 99) / 1e6);
        return result;
    }

    /** The nearest-rank percentile of sorted values. */
    static long percentile(long[] sorted, int p) {
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.max(0, rank - 1)];
    }
}
