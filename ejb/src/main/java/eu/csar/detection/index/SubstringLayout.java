package eu.csar.detection.index;

/**
 * How the 256 bits of a hash are cut into eleven disjoint substrings (three of 24 bits, eight of
 * 23), and the arithmetic on them: bucket keys, key widths and per-substring thresholds.
 *
 * <p>The rule it keeps is what makes the index exact (pigeonhole): if two hashes are within
 * distance {@code r}, then for thresholds {@code t_s} with {@code sum(t_s + 1) >= r + 1} at least
 * one substring {@code s} differs in at most {@code t_s} bits. {@link #thresholds} chooses such
 * thresholds; probing every key within {@code t_s} bits of the query's key on every substring
 * therefore finds every hash within {@code r}. The argument holds on any subset of the bits of
 * disjoint substrings, which is why a small index may key on fewer bits ({@link #keyBits}).
 */
final class SubstringLayout {

    static final int[] LENGTHS = {24, 24, 24, 23, 23, 23, 23, 23, 23, 23, 23};
    static final int K = LENGTHS.length;
    static final int[] STARTS = new int[K];

    static {
        int start = 0;
        for (int s = 0; s < K; s++) {
            STARTS[s] = start;
            start += LENGTHS[s];
        }
        if (start != 256) {
            throw new IllegalStateException("substrings must cover 256 bits");
        }
    }

    private SubstringLayout() {
    }

    /**
     * The first {@code bits} bits of substring {@code s} of hash {@code slot}. A small index keys
     * on fewer bits than the substring has: the pigeonhole argument holds on any subsets of
     * disjoint substrings, and the bucket tables stay proportional to the number of hashes.
     */
    static int key(long[] words, int slot, int s, int bits) {
        int start = STARTS[s];
        int w = (slot << 2) + (start >>> 6);
        int bit = start & 63;
        long v = words[w] >>> bit;
        if (bit + bits > 64) {
            v |= words[w + 1] << (64 - bit);
        }
        return (int) (v & ((1L << bits) - 1));
    }

    /** Key bits per substring for n hashes: about log2(n), so buckets hold about one hash. */
    static int keyBits(int s, int n) {
        int log2 = 32 - Integer.numberOfLeadingZeros(Math.max(n, 1) - 1);
        return Math.max(4, Math.min(LENGTHS[s], log2));
    }

    /** Per-substring thresholds for a radius: the pigeonhole needs sum(t + 1) >= radius + 1; -1 skips. */
    static int[] thresholds(int radius) {
        int[] t = new int[K];
        int q = (radius + 1) / K;
        int rem = (radius + 1) % K;
        for (int s = 0; s < K; s++) {
            t[s] = (s < rem ? q + 1 : q) - 1;
        }
        return t;
    }

    /** How many keys lie within {@code t} bits of a {@code n}-bit key: sum of C(n, i) for i = 0..t. */
    static long keysWithin(int n, int t) {
        long sum = 0;
        long c = 1;
        for (int i = 0; i <= t; i++) {
            sum += c;
            c = c * (n - i) / (i + 1);
        }
        return sum;
    }
}
