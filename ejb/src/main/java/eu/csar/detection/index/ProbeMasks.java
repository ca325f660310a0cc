package eu.csar.detection.index;

import java.util.concurrent.ConcurrentHashMap;

/**
 * Every XOR mask of at most {@code t} set bits over a {@code bits}-bit prefix, with its number of
 * set bits: the probes of one substring are {@code queryPrefix ^ mask[i]}, each leaving
 * {@code t - flips[i]} bits for the rest of the key. Computed once per ({@code bits}, {@code t})
 * and shared, so a query walks a flat array instead of recursing per probe.
 *
 * <p>The rule: the masks are exactly the {@link SubstringLayout#keysWithin} keys within {@code t}
 * bits of zero, each once, which is what the pigeonhole argument needs probed.
 */
final class ProbeMasks {

    private static final ConcurrentHashMap<Integer, ProbeMasks> CACHE = new ConcurrentHashMap<>();

    final int[] mask;
    final int[] flips;

    private ProbeMasks(int[] mask, int[] flips) {
        this.mask = mask;
        this.flips = flips;
    }

    /** The masks within {@code t} bits over {@code bits} bits ({@code t} is capped at {@code bits}). */
    static ProbeMasks of(int bits, int t) {
        int capped = Math.min(t, bits);
        return CACHE.computeIfAbsent(bits * 64 + capped, k -> build(bits, capped));
    }

    int size() {
        return mask.length;
    }

    /**
     * The masks computed afresh, bypassing the cache (package-private for its test: the cache is static,
     * so in a JVM that already ran a query it hands out masks built before, and a test of {@link #of}
     * alone cannot see a wrong {@code build} or {@code fill}).
     */
    static ProbeMasks build(int bits, int t) {
        int count = Math.toIntExact(SubstringLayout.keysWithin(bits, t));
        ProbeMasks m = new ProbeMasks(new int[count], new int[count]);
        int filled = m.fill(0, 0, bits, t, 0, 0);
        if (filled != count) {
            throw new IllegalStateException("enumerated " + filled + " masks, expected " + count);
        }
        return m;
    }

    private int fill(int prefix, int fromBit, int len, int flipsLeft, int used, int at) {
        mask[at] = prefix;
        flips[at++] = used;
        if (flipsLeft > 0) {
            for (int bit = fromBit; bit < len; bit++) {
                at = fill(prefix ^ (1 << bit), bit + 1, len, flipsLeft - 1, used + 1, at);
            }
        }
        return at;
    }
}
