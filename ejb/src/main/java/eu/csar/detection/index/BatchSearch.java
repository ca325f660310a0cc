package eu.csar.detection.index;

import static eu.csar.detection.index.SubstringLayout.K;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Many queries against one {@link Snapshot} at once, with the same result per query as
 * {@link RangeSearch} (every live entry within the radius, sorted by distance then id).
 *
 * <p>Why: one query alone makes a few thousand random memory accesses (bucket bounds, bucket
 * runs, candidate hashes), each a cache miss into hundreds of megabytes. A batch makes the same
 * accesses, but this class sorts them first: per substring, the probes of all queries by prefix,
 * so the bucket tables are read in ascending order; the candidates' hashes are then touched a
 * block at a time ahead of their verification (cheaper than sorting them by slot). A radix sort
 * on packed {@code long}s keeps the probe sorting cheaper than the misses it saves.
 *
 * <p>The rules: the probes and the verification are exactly those of {@link RangeSearch} (same
 * thresholds, same residual test, same 256-bit check), only their order differs, so the result
 * is the same exact set; queries are processed in chunks of at most {@link #CHUNK} so the
 * scratch arrays stay bounded. Not thread safe: one instance per batch.
 */
final class BatchSearch {

    /**
     * Queries per chunk: enough that the probes of a chunk share cache lines of the bucket tables
     * (measured: 2,048 is 1.5x faster than 512), small enough that the scratch arrays (one
     * {@code long} per candidate, ~2,900 candidates per query at radius 31: ~47 MB) fit beside a
     * 10-million index in a 1 GiB heap.
     */
    static final int CHUNK = 2048;
    private static final int QI_BITS = 20;
    private static final long QI_MASK = (1L << QI_BITS) - 1;
    private static final int RADIX_BITS = 11;

    private final Snapshot snap;
    private final BucketTables base;
    private final int radius;
    private final int[] t;
    private long[] probes;
    private long[] candidates;
    private long[] scratch;
    private int nProbes;
    private int nCandidates;
    private final int[] qBits = new int[CHUNK];

    BatchSearch(Snapshot snap, int radius) {
        this(snap, radius, new Scratch());
    }

    /** A search that starts from the arrays of {@code reused} (see {@link Scratch}). */
    BatchSearch(Snapshot snap, int radius, Scratch reused) {
        this.snap = snap;
        this.base = snap.base();
        this.radius = radius;
        this.t = SubstringLayout.thresholds(radius);
        this.probes = reused.probes;
        this.candidates = reused.candidates;
        this.scratch = reused.scratch;
        this.bounds = reused.bounds;
    }

    /**
     * The scratch arrays of a batch, kept for the next one. Why: at 10 million hashes a batch of
     * 1,000 needs ~40 MB of them (candidates ~30 MB, probes and their sort ~4 MB, bucket bounds
     * ~2 MB), each a humongous object for G1; allocated anew per batch beside a 1.3 GB live heap,
     * they started one concurrent mark cycle after the other (measured in the server: 69 cycles,
     * 69 s of marking in 125 s of load), which took a core from the queries.
     */
    static final class Scratch {
        long[] probes = new long[1 << 16];
        long[] candidates = new long[1 << 16];
        long[] scratch = new long[1 << 16];
        int[] bounds = new int[1 << 16];
    }

    /** The arrays this search ended with (grown or not), for the next search. */
    Scratch giveBack(Scratch into) {
        into.probes = probes;
        into.candidates = candidates;
        into.scratch = scratch;
        into.bounds = bounds;
        return into;
    }

    /** The results of {@code count} queries, {@code words[4i..4i+3]} each, in order. */
    List<List<Match>> run(long[] words, int count) {
        List<List<Match>> out = new ArrayList<>(count);
        if (RangeSearch.scans(base, t)) {
            RangeSearch one = new RangeSearch(snap, 0, 0, 0, 0, radius);
            for (int i = 0; i < count; i++) {
                int w = 4 * i;
                one.reset(words[w], words[w + 1], words[w + 2], words[w + 3], radius);
                one.run();
                out.add(one.matches());
            }
            return out;
        }
        presize(Math.min(CHUNK, count));
        for (int from = 0; from < count; from += CHUNK) {
            chunk(words, from, Math.min(CHUNK, count - from), out);
        }
        return out;
    }

    /**
     * Sizes the scratch arrays for a chunk up front (the probes exactly, the candidates at their
     * expected number plus a quarter): growing them by doubling copied and discarded tens of
     * megabytes per batch, which a 1 GiB heap holding the index pays for in collections.
     */
    private void presize(int queries) {
        long maxProbes = 0;
        double expected = 0;
        for (int s = 0; s < K; s++) {
            if (t[s] >= 0) {
                int p = base.prefixBits[s];
                maxProbes = Math.max(maxProbes, SubstringLayout.keysWithin(p, Math.min(t[s], p)));
                expected += (double) SubstringLayout.keysWithin(base.bits[s], Math.min(t[s], base.bits[s])) * base.n
                        / (1L << base.bits[s]);
            }
        }
        long wantProbes = Math.min(maxProbes * queries, MAX_PRESIZE);
        long wantCandidates = Math.min((long) (1.25 * expected * queries) + 1024, MAX_PRESIZE);
        if (probes.length < wantProbes) {
            probes = new long[(int) wantProbes];
            scratch = new long[(int) wantProbes]; // only the probes are radix-sorted
        }
        if (candidates.length < wantCandidates) {
            candidates = new long[(int) wantCandidates];
        }
    }

    /** No scratch array is presized beyond this many entries (32 MiB); beyond it they grow as needed. */
    private static final long MAX_PRESIZE = 1 << 22;

    private void chunk(long[] words, int first, int count, List<List<Match>> out) {
        nCandidates = 0;
        long[] q = new long[4];
        for (int s = 0; s < K; s++) {
            if (t[s] < 0) {
                continue;
            }
            int p = base.prefixBits[s];
            int r = base.residualBits[s];
            ProbeMasks masks = ProbeMasks.of(p, t[s]);
            int[] mask = masks.mask;
            int[] flips = masks.flips;
            long need = (long) count * mask.length;
            if (probes.length < need) {
                probes = new long[(int) need];
            }
            long[] pr = probes;
            int k = 0;
            for (int i = 0; i < count; i++) {
                System.arraycopy(words, 4 * (first + i), q, 0, 4);
                int qPrefix = SubstringLayout.key(q, 0, s, p + r) >>> r;
                qBits[i] = EntryFilter.queryBits(base, q, s);
                for (int m = 0; m < mask.length; m++) {
                    pr[k++] = ((long) (qPrefix ^ mask[m]) << 32) | ((long) (t[s] - flips[m]) << QI_BITS) | i;
                }
            }
            nProbes = k;
            sort(probes, nProbes, 32, p);
            probes = sorted;
            scanBuckets(s, t[(s + 1) % K]);
        }
        int nHits = verify(words, first);
        // hits by query, then distance, then slot: a slot found through several substrings lands
        // next to itself, which is how matches() drops the duplicates
        Arrays.sort(candidates, 0, nHits);
        int h = 0;
        for (int i = 0; i < count; i++) {
            int from = h;
            while (h < nHits && (candidates[h] >>> 41) == i) {
                h++;
            }
            out.add(matches(words, first + i, from, h));
        }
    }

    /**
     * The probes in prefix order: read each bucket, keep the slots whose residual bits are close enough.
     * The bucket bounds' buffer check and the touching loads only change speed (the touched sum goes to
     * {@link #sink}, which nothing reads), so their mutants are equivalent and survive, as are those that
     * let the {@link EntryFilter} keep more candidates: {@link #verify} drops them on all 256 bits.
     */
    private void scanBuckets(int s, int tNext) {
        int[] off = base.offsets[s];
        int[] en = base.entries[s];
        int slotBits = base.slotBits;
        int slotMask = base.slotMask;
        int r = base.residualBits[s];
        long[] pr = probes;
        // pass 1: the bucket bounds of every probe (independent loads the processor overlaps)
        if (bounds.length < 2 * nProbes) {
            bounds = new int[2 * nProbes];
        }
        int[] b = bounds;
        for (int i = 0; i < nProbes; i++) {
            int prefix = (int) (pr[i] >>> 32);
            b[2 * i] = off[prefix];
            b[2 * i + 1] = off[prefix + 1];
        }
        // pass 2, a block of probes at a time: the runs of the next block are touched (independent
        // loads, so the processor has all their cache misses in flight at once) before the runs of
        // this block, touched one block earlier, are scanned
        int touched = touchRuns(en, b, 0, Math.min(nProbes, TOUCH_BLOCK));
        for (int blockStart = 0; blockStart < nProbes; blockStart += TOUCH_BLOCK) {
            int blockEnd = Math.min(nProbes, blockStart + TOUCH_BLOCK);
            touched += touchRuns(en, b, blockEnd, Math.min(nProbes, blockEnd + TOUCH_BLOCK));
            for (int i = blockStart; i < blockEnd; i++) {
                int from = b[2 * i];
                int to = b[2 * i + 1];
                if (from == to) {
                    continue;
                }
                long p = pr[i];
                int qi = (int) (p & QI_MASK);
                int allowed = (int) (p >>> QI_BITS) & 0xFFF;
                int qb = qBits[qi];
                int chain = allowed + tNext + 1;
                if (nCandidates + (to - from) > candidates.length) {
                    candidates = Arrays.copyOf(candidates, Math.max(2 * candidates.length, nCandidates + to - from));
                }
                long[] c = candidates;
                int k = nCandidates;
                for (int j = from; j < to; j++) {
                    int e = en[j];
                    c[k] = ((long) (e & slotMask) << QI_BITS) | qi;
                    // branch-free: the entry is kept by advancing past it
                    k += EntryFilter.keep((e >>> slotBits) ^ qb, r, allowed, chain);
                }
                nCandidates = k;
            }
        }
        sink = touched;
    }

    /**
     * Probes whose bucket runs are touched together before they are scanned: the scan loop's
     * iterations depend on each other (the candidate count), which left about one cache miss in
     * flight per probe; a loop of bare loads has dozens.
     */
    static final int TOUCH_BLOCK = 64;

    /** Written once per substring so that the touching loads are not optimised away. */
    int sink;

    private int[] bounds;

    /**
     * The candidates on all 256 bits (the touching loads ahead of them only change speed: their
     * mutants are equivalent); hits overwrite the front of the candidate
     * array as {@code qi << 41 | distance << 32 | slot}. Returns how many.
     */
    private int verify(long[] words, int first) {
        long[] w = base.words;
        long[] c = candidates;
        int nHits = 0;
        long touched = 0;
        // not sorted by slot: touching a block of candidates' hashes ahead overlaps their misses
        // better than the sort's sequential reads paid for its three passes (measured)
        // each block of candidates is touched while the one before it is verified; the hits written
        // to the front of the array never reach the block being touched
        int block = RangeSearch.VERIFY_BLOCK;
        touched += touchHashes(w, c, 0, Math.min(nCandidates, block));
        for (int blockStart = 0; blockStart < nCandidates; blockStart += block) {
            int blockEnd = Math.min(nCandidates, blockStart + block);
            touched += touchHashes(w, c, blockEnd, Math.min(nCandidates, blockEnd + block));
            for (int k = blockStart; k < blockEnd; k++) {
                long cand = c[k];
                int slot = (int) (cand >>> QI_BITS);
                int qi = (int) (cand & QI_MASK);
                int i = slot << 2;
                int qw = 4 * (first + qi);
                int d = Long.bitCount(w[i] ^ words[qw]) + Long.bitCount(w[i + 1] ^ words[qw + 1]);
                if (d <= radius) {
                    d += Long.bitCount(w[i + 2] ^ words[qw + 2]) + Long.bitCount(w[i + 3] ^ words[qw + 3]);
                    if (d <= radius) {
                        c[nHits++] = ((long) qi << 41) | ((long) d << 32) | slot; // never ahead of k
                    }
                }
            }
        }
        sink = (int) touched;
        return nHits;
    }

    private static long touchHashes(long[] w, long[] c, int from, int to) {
        long touched = 0;
        for (int k = from; k < to; k++) {
            touched += w[(int) (c[k] >>> QI_BITS) << 2];
        }
        return touched;
    }

    private static int touchRuns(int[] en, int[] b, int from, int to) {
        int last = en.length - 1;
        if (last < 0) {
            return 0;
        }
        int touched = 0;
        for (int i = from; i < to; i++) {
            touched += en[Math.min(b[2 * i], last)] + en[Math.max(b[2 * i + 1] - 1, 0)];
        }
        return touched;
    }

    /** The matches of one query: its base hits (duplicates and tombstones dropped) and the delta. */
    private List<Match> matches(long[] words, int qi, int from, int to) {
        List<Match> out = new ArrayList<>(to - from);
        int last = -1;
        for (int h = from; h < to; h++) {
            int slot = (int) candidates[h];
            if (slot != last && !base.dead.isSet(slot)) {
                out.add(new Match(base.id(slot), (int) (candidates[h] >>> 32) & 0x1FF));
            }
            last = slot;
        }
        int w = 4 * qi;
        RangeSearch.addDelta(snap, words[w], words[w + 1], words[w + 2], words[w + 3], radius, out);
        out.sort(null);
        return out;
    }

    /** The result of the last {@link #sort}; package-private for its test. */
    long[] sorted;

    /**
     * Stable LSD radix sort of {@code a[0..n)} on the {@code bits} bits at {@code shift}, in
     * {@code ceil(bits / 11)} passes; the result is left in {@link #sorted} (either {@code a} or the
     * scratch array, which swaps roles). Package-private for its test: the batch's answers do not show
     * the probes' order (the candidates are sorted again), so only that test sees a sort that sorts
     * wrong, makes more passes or allocates a scratch array it already has.
     */
    void sort(long[] a, int n, int shift, int bits) {
        if (scratch.length < a.length) {
            scratch = new long[a.length];
        }
        long[] src = a;
        long[] dst = scratch;
        int[] count = new int[(1 << RADIX_BITS) + 1];
        int passes = (bits + RADIX_BITS - 1) / RADIX_BITS;
        int step = (bits + passes - 1) / passes;
        for (int done = 0; done < bits; done += step) {
            int sh = shift + done;
            int width = Math.min(step, bits - done);
            int mask = (1 << width) - 1;
            Arrays.fill(count, 0);
            for (int i = 0; i < n; i++) {
                count[(int) (src[i] >>> sh) & mask]++;
            }
            int sum = 0;
            for (int k = 0; k <= mask; k++) {
                int c = count[k];
                count[k] = sum;
                sum += c;
            }
            for (int i = 0; i < n; i++) {
                long v = src[i];
                dst[count[(int) (v >>> sh) & mask]++] = v;
            }
            long[] tmp = src;
            src = dst;
            dst = tmp;
        }
        scratch = dst;
        sorted = src;
    }
}
