package eu.csar.detection.index;

import static eu.csar.detection.index.SubstringLayout.K;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * One query against one {@link Snapshot}: every live entry within {@code radius} of the query.
 * It probes, on every substring, each key within that substring's threshold of the query's key
 * (see {@link SubstringLayout#thresholds}), or scans the whole base when the probes would cost
 * more than a scan; then it scans the delta.
 *
 * <p>The rules: the result is exact either way (every candidate is verified on all 256 bits, and
 * the pigeonhole argument guarantees the probes meet every hash within the radius); the search
 * only reads the snapshot, so it needs no lock; and the per-candidate loop stays on flat
 * primitive arrays (4 XOR + popcount, no objects) because it runs thousands of times per query.
 * Not thread safe: one instance per query.
 */
final class RangeSearch {

    private final Snapshot snap;
    private final BucketTables base;
    private long q0;
    private long q1;
    private long q2;
    private long q3;
    private int radius;
    private final long[] q = new long[4];
    /** Base slots within the radius, tombstoned or not; duplicates removed after {@link #run}. */
    int[] baseHits = new int[16];
    int nBase;
    private int[] candidates = new int[4096];
    private int nCandidates;
    private int[] probeFrom = new int[256];
    private int[] probeTo = new int[256];
    private int nProbes;
    /** Written after the touching loads of {@link #probeSubstring} so they are not optimised away. */
    int sink;

    /** How many sequential entry reads one random bucket probe is worth, for choosing scan or probe. */
    static final int RANDOM_ACCESS_COST = 8;

    RangeSearch(Snapshot snap, long q0, long q1, long q2, long q3, int radius) {
        this.snap = snap;
        this.base = snap.base();
        reset(q0, q1, q2, q3, radius);
    }

    /** Starts another query on the same snapshot, reusing the scratch arrays (for batches). */
    void reset(long q0, long q1, long q2, long q3, int radius) {
        this.q0 = q0;
        this.q1 = q1;
        this.q2 = q2;
        this.q3 = q3;
        this.radius = radius;
        q[0] = q0;
        q[1] = q1;
        q[2] = q2;
        q[3] = q3;
        nBase = 0;
        nCandidates = 0;
    }

    /** Finds the base hits: probes the buckets, or scans when that is cheaper. */
    void run() {
        int[] t = SubstringLayout.thresholds(radius);
        if (scans(base, t)) {
            scanBase();
            return;
        }
        for (int s = 0; s < K; s++) {
            if (t[s] >= 0) {
                probeSubstring(s, t[s], t[(s + 1) % K]);
            }
        }
        verifyCandidates();
        // A hash close to the query is usually found through several substrings.
        if (nBase > 1) {
            Arrays.sort(baseHits, 0, nBase);
            int k = 1;
            for (int i = 1; i < nBase; i++) {
                if (baseHits[i] != baseHits[k - 1]) {
                    baseHits[k++] = baseHits[i];
                }
            }
            nBase = k;
        }
    }

    /**
     * Whether scanning the whole base is cheaper than probing with these thresholds: a probe is
     * a random memory access, worth {@link #RANDOM_ACCESS_COST} sequential entry reads.
     */
    static boolean scans(BucketTables base, int[] t) {
        double probes = 0;
        double scanned = 0;
        for (int s = 0; s < K; s++) {
            if (t[s] >= 0) {
                int p = base.prefixBits[s];
                long k = SubstringLayout.keysWithin(p, Math.min(t[s], p));
                probes += k;
                scanned += (double) k * base.n / (1L << p);
            }
        }
        return RANDOM_ACCESS_COST * probes + scanned >= base.n;
    }

    /**
     * One substring in three passes over flat arrays, each pass a loop whose iterations do not
     * depend on each other, so that the processor overlaps their cache misses: read the bucket
     * bounds of every prefix within the threshold ({@link ProbeMasks}), touch each bucket's run,
     * then scan the runs keeping the entries that pass the {@link EntryFilter}. The probe arrays' size
     * check and the touching loop only change speed, and a looser filter only adds candidates that
     * {@link #verifyCandidates} drops: those mutants are equivalent and survive.
     */
    private void probeSubstring(int s, int t, int tNext) {
        int p = base.prefixBits[s];
        int r = base.residualBits[s];
        int qPrefix = SubstringLayout.key(q, 0, s, p + r) >>> r;
        int qBits = EntryFilter.queryBits(base, q, s);
        ProbeMasks masks = ProbeMasks.of(p, t);
        int[] mask = masks.mask;
        nProbes = mask.length;
        if (probeFrom.length < nProbes) {
            probeFrom = new int[nProbes];
            probeTo = new int[nProbes];
        }
        int[] off = base.offsets[s];
        for (int i = 0; i < nProbes; i++) {
            int k = qPrefix ^ mask[i];
            probeFrom[i] = off[k];
            probeTo[i] = off[k + 1];
        }
        int[] en = base.entries[s];
        int slotBits = base.slotBits;
        int slotMask = base.slotMask;
        // touch every run first: bare independent loads keep all the misses in flight at once,
        // where the scan below (each iteration depends on the candidate count) keeps about one
        int last = en.length - 1;
        if (last >= 0) {
            int touched = 0;
            for (int i = 0; i < nProbes; i++) {
                touched += en[Math.min(probeFrom[i], last)] + en[Math.max(probeTo[i] - 1, 0)];
            }
            sink = touched;
        }
        int[] flips = masks.flips;
        for (int i = 0; i < nProbes; i++) {
            int from = probeFrom[i];
            int to = probeTo[i];
            int allowed = t - flips[i];
            int chain = allowed + tNext + 1;
            if (nCandidates + (to - from) > candidates.length) {
                candidates = Arrays.copyOf(candidates, Math.max(2 * candidates.length, nCandidates + to - from));
            }
            int[] c = candidates;
            int k = nCandidates;
            for (int j = from; j < to; j++) {
                int e = en[j];
                c[k] = e & slotMask;
                // branch-free: the entry is kept by advancing past it
                k += EntryFilter.keep((e >>> slotBits) ^ qBits, r, allowed, chain);
            }
            nCandidates = k;
        }
    }

    /**
     * Every candidate on all 256 bits; the first two words decide alone for almost every
     * non-match (128 random bits are within 31 with probability below 10^-9), so most
     * candidates cost one cache line.
     */
    private void verifyCandidates() {
        long[] w = base.words;
        int[] c = candidates;
        int n = nCandidates;
        // as in probeSubstring: bare loads, so that a block's misses are all in flight; each block
        // is touched while the one before it is verified, so the misses never stop
        long touched = touch(w, c, 0, Math.min(n, VERIFY_BLOCK));
        for (int blockStart = 0; blockStart < n; blockStart += VERIFY_BLOCK) {
            int blockEnd = Math.min(n, blockStart + VERIFY_BLOCK);
            touched += touch(w, c, blockEnd, Math.min(n, blockEnd + VERIFY_BLOCK));
            for (int k = blockStart; k < blockEnd; k++) {
                int slot = c[k];
                int i = slot << 2;
                int d = Long.bitCount(w[i] ^ q0) + Long.bitCount(w[i + 1] ^ q1);
                if (d <= radius && d + Long.bitCount(w[i + 2] ^ q2) + Long.bitCount(w[i + 3] ^ q3) <= radius) {
                    hit(slot);
                }
            }
        }
        sink = (int) touched;
        nCandidates = 0;
    }

    /** Reads the first word of the hashes of candidates {@code from..to-1} (bare loads, see above). */
    private static long touch(long[] w, int[] c, int from, int to) {
        long touched = 0;
        for (int k = from; k < to; k++) {
            touched += w[c[k] << 2];
        }
        return touched;
    }

    /** Candidates whose hashes are touched together before they are verified. */
    static final int VERIFY_BLOCK = 128;

    private void scanBase() {
        long[] w = base.words;
        for (int slot = 0, i = 0; slot < base.n; slot++, i += 4) {
            int d = Long.bitCount(w[i] ^ q0) + Long.bitCount(w[i + 1] ^ q1)
                    + Long.bitCount(w[i + 2] ^ q2) + Long.bitCount(w[i + 3] ^ q3);
            if (d <= radius) {
                hit(slot);
            }
        }
    }

    private void hit(int slot) {
        if (nBase == baseHits.length) {
            baseHits = Arrays.copyOf(baseHits, nBase * 2);
        }
        baseHits[nBase++] = slot;
    }

    /** The live base hits and the live delta entries within the radius, sorted by distance then id. */
    List<Match> matches() {
        List<Match> out = new ArrayList<>(nBase);
        for (int i = 0; i < nBase; i++) {
            int slot = baseHits[i];
            if (!base.dead.isSet(slot)) {
                out.add(new Match(base.id(slot), BruteForce.distance(base.words, slot, q, 0)));
            }
        }
        addDelta(snap, q0, q1, q2, q3, radius, out);
        Collections.sort(out);
        return out;
    }

    /** Adds the live delta entries within the radius (the delta is searched by brute force). */
    static void addDelta(Snapshot snap, long q0, long q1, long q2, long q3, int radius, List<Match> out) {
        long[] dw = snap.deltaWords();
        long[] dIds = snap.deltaIds();
        Tombstones dDead = snap.deltaDead();
        for (int slot = 0, i = 0, n = snap.deltaSize(); slot < n; slot++, i += 4) {
            int d = Long.bitCount(dw[i] ^ q0) + Long.bitCount(dw[i + 1] ^ q1)
                    + Long.bitCount(dw[i + 2] ^ q2) + Long.bitCount(dw[i + 3] ^ q3);
            if (d <= radius && !dDead.isSet(slot)) {
                out.add(new Match(dIds[slot], d));
            }
        }
    }
}
