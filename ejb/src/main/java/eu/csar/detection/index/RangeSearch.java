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
    private final long q0;
    private final long q1;
    private final long q2;
    private final long q3;
    private final int radius;
    private final long[] q;
    /** Base slots within the radius, tombstoned or not; duplicates removed after {@link #run}. */
    int[] baseHits = new int[16];
    int nBase;

    RangeSearch(Snapshot snap, long q0, long q1, long q2, long q3, int radius) {
        this.snap = snap;
        this.base = snap.base();
        this.q0 = q0;
        this.q1 = q1;
        this.q2 = q2;
        this.q3 = q3;
        this.radius = radius;
        this.q = new long[] {q0, q1, q2, q3};
    }

    /** Finds the base hits: probes the buckets, or scans when that is cheaper. */
    void run() {
        int[] t = SubstringLayout.thresholds(radius);
        double probes = 0;
        double candidates = 0;
        for (int s = 0; s < K; s++) {
            if (t[s] >= 0) {
                int b = base.bits[s];
                long p = SubstringLayout.keysWithin(b, Math.min(t[s], b));
                probes += p;
                candidates += (double) p * base.n / (1L << b);
            }
        }
        if (probes + candidates >= base.n) {
            scanBase();
        } else {
            for (int s = 0; s < K; s++) {
                if (t[s] >= 0) {
                    int b = base.bits[s];
                    probe(s, SubstringLayout.key(q, 0, s, b), 0, Math.min(t[s], b));
                }
            }
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
    }

    private void probe(int s, int key, int fromBit, int remaining) {
        scanBucket(s, key);
        if (remaining == 0) {
            return;
        }
        int len = base.bits[s];
        for (int bit = fromBit; bit < len; bit++) {
            probe(s, key ^ (1 << bit), bit + 1, remaining - 1);
        }
    }

    private void scanBucket(int s, int key) {
        int[] off = base.offsets[s];
        int from = off[key];
        int to = off[key + 1];
        if (from == to) {
            return;
        }
        int[] sl = base.slots[s];
        long[] w = base.words;
        for (int j = from; j < to; j++) {
            int slot = sl[j];
            int i = slot << 2;
            int d = Long.bitCount(w[i] ^ q0) + Long.bitCount(w[i + 1] ^ q1)
                    + Long.bitCount(w[i + 2] ^ q2) + Long.bitCount(w[i + 3] ^ q3);
            if (d <= radius) {
                hit(slot);
            }
        }
    }

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
                out.add(new Match(base.ids[slot], BruteForce.distance(base.words, slot, q, 0)));
            }
        }
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
        Collections.sort(out);
        return out;
    }
}
