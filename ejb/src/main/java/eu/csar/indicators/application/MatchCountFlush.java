package eu.csar.indicators.application;

import eu.csar.indicators.api.IndicatorId;
import eu.csar.indicators.domain.MatchCounter;
import eu.csar.indicators.domain.MatchRecordRepository;
import eu.csar.security.api.Roles;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.logging.Logger;

/**
 * Writes the node's buffered match counts ({@link PendingMatchCounts}) to
 * {@code indicator_match_counts} every second, and once more when the application stops: one upsert
 * for all drained counters (rows in one lock order), then the flood rule over the indicators
 * touched, in the same transaction; what floods is quarantined right after it commits
 * ({@link FloodsFound}, {@link FloodObserver}), as {@code system}.
 *
 * <p>If the write fails, the drained counts are given back and the next flush writes them: a
 * failure (PostgreSQL away for a while) delays counts, it does not lose them. A counter reaches
 * the database about a second after the match call, later under load (a slow flush is followed by a
 * pause of three times its length, {@link #pauseAfter}) or while the write is failing; the counts
 * since the last flush are lost if the node dies without stopping (kill -9, power cut). The flood
 * rule reads back only the indicators whose window reaches its minimum count
 * ({@link MatchRecordRepository#windows}).
 */
@Singleton
@Startup
@DependsOn("SchemaMigrator")
@RunAs(Roles.SYSTEM)
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class MatchCountFlush {

    private static final Logger LOG = Logger.getLogger(MatchCountFlush.class.getName());

    @Inject
    PendingMatchCounts pending;

    @Inject
    Work work;

    /** The shortest pause between the end of one flush and the start of the next (not a legal period). */
    static final long INTERVAL_MILLIS = 1_000;
    /** A slow flush is followed by a pause this many times its length: flushing takes at most a quarter of the time. */
    static final long SLOW_FACTOR = 3;
    /** The longest pause, however slow the last flush. */
    static final long MAX_PAUSE_MILLIS = 30_000;

    @Resource
    TimerService timers;

    /** One flush at a time: the last one at stop waits for a running one. */
    private final ReentrantLock flushing = new ReentrantLock();

    @PostConstruct
    void start() {
        next();
    }

    /**
     * Flushes, then sets the next flush a second after this one ends: a single-action timer rather
     * than a second-by-second schedule, so that a flush that takes longer under load (seconds, when
     * tens of thousands of counters are touched) delays the next one instead of overlapping it, which
     * the container would refuse with a warning in the log for every skipped second.
     */
    @Timeout
    void onTimeout() {
        long started = System.nanoTime();
        flushing.lock();
        try {
            flush();
        } finally {
            flushing.unlock();
            next(pauseAfter((System.nanoTime() - started) / 1_000_000));
        }
    }

    /**
     * The pause after a flush that took {@code flushMillis}: a second, or three times the flush when
     * that is longer (at most 30 s). Under load the same tens of thousands of counters are written at
     * every flush however often it runs (the buffer adds up a counter's counts between flushes), so a
     * longer pause writes the same rows less often and leaves the database's CPU to the match calls;
     * the counters and the flood rule are that much later (a flush of 3 s: about 12 s after the call).
     */
    static long pauseAfter(long flushMillis) {
        return Math.min(MAX_PAUSE_MILLIS, Math.max(INTERVAL_MILLIS, SLOW_FACTOR * Math.max(0, flushMillis)));
    }

    private void next() {
        next(INTERVAL_MILLIS);
    }

    private void next(long pauseMillis) {
        try {
            timers.createSingleActionTimer(pauseMillis, new TimerConfig("match counter flush", false));
        } catch (IllegalStateException stopping) {
            // the bean is being stopped: @PreDestroy writes what is left
        }
    }

    @PreDestroy
    void atStop() {
        flushing.lock();
        try {
            if (!flush()) {
                LOG.warning(() -> "match counters: " + pending.size() + " counters not written at stop; their counts are lost");
            }
        } finally {
            flushing.unlock();
        }
    }

    /** Writes what is pending; false if the write failed (the counts are pending again). */
    boolean flush() {
        Map<MatchCounter, Long> drained = pending.drain();
        if (drained.isEmpty()) {
            return true;
        }
        long started = System.nanoTime();
        try {
            Written written = work.write(drained);
            record(drained.size(), System.nanoTime() - started, written);
            return true;
        } catch (RuntimeException e) {
            pending.restore(drained);
            // One line: a transient failure (database restarting, a lock timeout) is retried a second later.
            LOG.warning(() -> "match counters not written (" + rootCause(e) + "); " + drained.size()
                    + " counters kept for the next flush");
            return false;
        }
    }

    /** Flushes since the last summary line: count, counters, total and longest flush, upsert and flood read (ns). */
    private final FlushStats stats = new FlushStats();

    private void record(int counters, long nanos, Written written) {
        String line = stats.add(counters, nanos, written, System.nanoTime());
        if (line != null) {
            LOG.info(line);
        }
    }

    /**
     * What the flush writes to the log: at most one line a minute, and only in a minute with flushes,
     * summing them (their number, the counters written, the mean and longest flush, and how much of
     * it was the upsert and the flood rule's read); nothing on a node without matches.
     */
    static final class FlushStats {
        static final long EVERY_NANOS = 60_000_000_000L;
        private long since = Long.MIN_VALUE;
        private long flushes;
        private long counters;
        private long total;
        private long longest;
        private long upsert;
        private long read;

        synchronized String add(int counters, long nanos, Written written, long now) {
            if (since == Long.MIN_VALUE) {
                since = now;
            }
            flushes++;
            this.counters += counters;
            total += nanos;
            longest = Math.max(longest, nanos);
            upsert += written.upsertNanos();
            read += written.readNanos();
            if (now - since < EVERY_NANOS) {
                return null;
            }
            String line = "match counters: " + flushes + " flushes in " + (now - since) / 1_000_000_000 + " s, " + this.counters
                    + " counters written, flush mean " + total / flushes / 1_000_000 + " ms, longest " + longest / 1_000_000
                    + " ms; upsert " + upsert / 1_000_000 + " ms, flood read " + read / 1_000_000 + " ms in all";
            since = now;
            flushes = 0;
            this.counters = 0;
            total = 0;
            longest = 0;
            upsert = 0;
            read = 0;
            return line;
        }
    }

    /** How long a flush's two statements took (ns): the upsert and the flood rule's read. */
    public record Written(long upsertNanos, long readNanos) {
    }

    static String rootCause(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return String.valueOf(t).replaceAll("\\s+", " ");
    }

    /** The flush's transaction. */
    @ApplicationScoped
    public static class Work {

        @Inject
        MatchRecordRepository records;

        @Inject
        MatchSettings settings;

        @Inject
        Event<FloodsFound> floodsFound;

        /**
         * Adds {@code counts} to their counters, then applies the flood rule to each indicator
         * touched on the day of its counter; the floods are quarantined after the commit.
         */
        @Transactional(Transactional.TxType.REQUIRES_NEW)
        public Written write(Map<MatchCounter, Long> counts) {
            long started = System.nanoTime();
            records.count(counts);
            long counted = System.nanoTime();
            Map<LocalDate, Set<IndicatorId>> touched = new TreeMap<>();
            counts.keySet().forEach(c -> touched.computeIfAbsent(c.day(), d -> new LinkedHashSet<>()).add(c.indicator()));
            FloodRule rule = settings.flood();
            Map<IndicatorId, String> floods = new LinkedHashMap<>();
            touched.forEach((day, indicators) ->
                    records.windows(indicators, day, rule.windowDays(), rule.baselineDays(), rule.minCount()).forEach((indicator, window) -> {
                        if (rule.floods(window[0], window[1])) {
                            floods.put(indicator, rule.reason(window[0], window[1]));
                        }
                    }));
            long read = System.nanoTime();
            if (!floods.isEmpty()) {
                floodsFound.fire(new FloodsFound(floods));
            }
            return new Written(counted - started, read - counted);
        }
    }
}
