package eu.csar.indicators.application;

import eu.csar.indicators.domain.MatchCounter;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The node's match counts not yet written: the match calls add to them, {@link MatchCountFlush}
 * drains them about once a second into {@code indicator_match_counts} and gives them back if the
 * write fails. A call then takes no counter row lock: with near-duplicates, concurrent calls that
 * matched the same indicators waited for each other's counter rows until their transactions ended.
 *
 * <p>Exact under concurrency: every count added is drained exactly once, whatever the calls add
 * while a drain walks the map.
 */
@ApplicationScoped
public class PendingMatchCounts {

    private final ConcurrentHashMap<MatchCounter, Long> counts = new ConcurrentHashMap<>();

    /** Adds {@code matches} to the pending count of {@code counter}. */
    public void add(MatchCounter counter, long matches) {
        if (matches > 0) {
            counts.merge(counter, matches, Long::sum);
        }
    }

    /**
     * Takes every pending count out. Each key is removed with its value at that instant; a count
     * added after its removal makes a new entry, which the same walk may meet again (then both are
     * summed) or the next drain takes: nothing is counted twice or lost.
     */
    public Map<MatchCounter, Long> drain() {
        Map<MatchCounter, Long> out = new HashMap<>();
        for (MatchCounter key : counts.keySet()) {
            Long count = counts.remove(key);
            if (count != null) {
                out.merge(key, count, Long::sum);
            }
        }
        return out;
    }

    /** Gives drained counts back (their write failed): the next drain takes them again. */
    public void restore(Map<MatchCounter, Long> drained) {
        drained.forEach(this::add);
    }

    /** How many counters are pending (for the log and tests). */
    public int size() {
        return counts.size();
    }
}
