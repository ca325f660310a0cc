package eu.csar.detection.index;

/**
 * Which bucket entries become candidates: the test on the key bits an entry carries beside its
 * slot, applied before the candidate's hash is read (each hash read is a cache miss).
 *
 * <p>An entry of substring {@code s} carries its residual key bits and, above them, the first
 * {@link BucketTables#sketchBits} bits of the next substring {@code s + 1 (mod K)}. It is kept when
 * <ol>
 *   <li>its key distance on substring {@code s} is within {@code t_s} (the pigeonhole test), and
 *   <li>that distance plus the distance on the sketch bits is within {@code t_s + t_(s+1) + 1}.
 * </ol>
 * Why the second test keeps the search exact (pigeonring, the cycle lemma): with
 * {@code c_j = t_j + 1}, {@code sum c_j = r + 1 > d} for a hash within {@code r}, so some start
 * {@code i} on the ring of substrings has every run of consecutive substrings from it within
 * budget: {@code d_i <= t_i} and {@code d_i + d_(i+1) <= t_i + t_(i+1) + 1}, and so on. The hash
 * is probed through that {@code i} (first test) and passes the second there, because the sketch
 * bits are a subset of substring {@code i + 1} and their distance is at most {@code d_(i+1)}. It
 * may be rejected through other substrings; it is never rejected through its start. A random
 * candidate found at key distance 2 is dropped when 4 of its sketch bits differ: at 10 million
 * hashes (6 sketch bits beside a 23-bit substring, 5 beside a 24-bit one) about a third of the
 * random candidates, whose hashes are then never read.
 */
final class EntryFilter {

    private EntryFilter() {
    }

    /** The query's bits to compare with entries of substring {@code s}: sketch above residual. */
    static int queryBits(BucketTables base, long[] q, int s) {
        int r = base.residualBits[s];
        int key = SubstringLayout.key(q, 0, s, base.bits[s]);
        int sketch = SubstringLayout.key(q, 0, (s + 1) % SubstringLayout.K, base.sketchBits[s]);
        return (sketch << r) | (key & ((1 << r) - 1));
    }

    /**
     * 1 if the entry is kept, else 0 (branch-free, for the scan loops): {@code bits} is the entry
     * shifted down past its slot XOR the query's {@link #queryBits}, {@code allowed} the key
     * distance the probe leaves for the residual bits, {@code chain} that plus {@code t_(s+1) + 1}.
     */
    static int keep(int bits, int r, int allowed, int chain) {
        int residual = Integer.bitCount(bits & ((1 << r) - 1));
        int total = residual + Integer.bitCount(bits >>> r);
        return (residual - allowed - 1) >>> 31 & (total - chain - 1) >>> 31;
    }
}
