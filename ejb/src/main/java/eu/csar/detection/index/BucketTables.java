package eu.csar.detection.index;

import static eu.csar.detection.index.SubstringLayout.K;

import java.util.stream.IntStream;

/**
 * The base of the index: hashes and ids in flat arrays and, per substring, a bucket table keyed on
 * the first {@code prefixBits[s]} bits of the substring's key: {@code offsets[s]} has one {@code int}
 * per prefix plus one, {@code entries[s]} one {@code int} per hash, and the entries of prefix
 * {@code p} are {@code entries[s][offsets[s][p] .. offsets[s][p + 1] - 1]}. Each entry packs the
 * slot of its hash (low {@code slotBits} bits), the next {@code residualBits[s]} key bits above
 * it and, in the bits left, the first {@code sketchBits[s]} bits of the next substring's key, so a
 * bucket is one short run of {@code int}s: a query checks the residual and sketch bits in the run
 * ({@link EntryFilter}) and touches the hash itself only for the entries that pass.
 *
 * <p>Why this shape: offsets over every 23-24-bit key cost 448 MiB at 10 million hashes; offsets
 * over about {@code log2(n) - 3} bits cost 8 MiB per substring (21 bits at 10 million: buckets of
 * about 5 entries, so a query scans half the entries that 20-bit prefixes made it scan, for 10%
 * more probes; measured 25-30% faster), and the residual and sketch bits ride for free in the upper
 * bits of the slot {@code int} (a slot needs {@code ceil(log2 n)} bits). Ids are kept as
 * {@code int} when they all fit (the indicator sequence does for a long time), saving 4 bytes per
 * hash.
 *
 * <p>The rule: once built, nothing here changes except the tombstone bits of removed entries, so
 * any number of queries read it without locks. Every hash is in exactly one bucket per
 * substring, under the prefix of its {@link SubstringLayout#key} with the rest of the key bits
 * in its entry, which is what the pigeonhole argument needs.
 */
final class BucketTables {

    /** Prefix bits are about log2(n) minus this, so a bucket holds 2^this hashes on average. */
    static final int BUCKET_SHIFT = 3;

    final int n;
    final int slotBits;
    final int slotMask;
    /** Key bits per substring: prefix plus residual. */
    final int[] bits;
    final int[] prefixBits;
    final int[] residualBits;
    /** Bits of the next substring's key packed above the residual bits (see {@link #sketchBits}). */
    final int[] sketchBits;
    final long[] words;
    /** The ids when some id does not fit in an int, else null. */
    private final long[] ids;
    /** The ids when all fit in an int, else null. */
    private final int[] smallIds;
    final int[][] offsets;
    final int[][] entries;
    final Tombstones dead;

    private BucketTables(int n, int slotBits, int[] prefixBits, int[] residualBits, int[] sketchBits, long[] words,
            long[] ids, int[] smallIds, int[][] offsets, int[][] entries) {
        this.n = n;
        this.slotBits = slotBits;
        this.slotMask = slotBits == 32 ? -1 : (1 << slotBits) - 1;
        this.prefixBits = prefixBits;
        this.residualBits = residualBits;
        this.sketchBits = sketchBits;
        this.bits = new int[K];
        for (int s = 0; s < K; s++) {
            bits[s] = prefixBits[s] + residualBits[s];
        }
        this.words = words;
        this.ids = ids;
        this.smallIds = smallIds;
        this.offsets = offsets;
        this.entries = entries;
        this.dead = new Tombstones(n);
    }

    /** The id of a slot. */
    long id(int slot) {
        return smallIds != null ? smallIds[slot] : ids[slot];
    }

    /** Bytes held by the arrays of this base (hashes, ids, offsets, entries), for reports. */
    long arrayBytes() {
        long b = 32L * n + (smallIds != null ? 4L : 8L) * n;
        for (int s = 0; s < K; s++) {
            b += 4L * offsets[s].length + 4L * entries[s].length;
        }
        return b;
    }

    /** Bits that hold a slot below n. */
    static int slotBits(int n) {
        return Math.max(1, 32 - Integer.numberOfLeadingZeros(Math.max(n, 1) - 1));
    }

    /** Prefix bits of substring {@code s} for n hashes: about log2(n) - {@link #BUCKET_SHIFT}. */
    static int prefixBits(int s, int n) {
        return Math.max(4, Math.min(SubstringLayout.LENGTHS[s], slotBits(n) - BUCKET_SHIFT));
    }

    /** Residual key bits of substring {@code s}: the rest of the substring, as many as fit beside the slot. */
    static int residualBits(int s, int n) {
        // The slot's bound never binds today (prefixBits leaves at most 27 - slotBits key bits, or 20 with
        // a 4-bit prefix beside a slot of at most 6 bits), so its mutants (32 + slotBits) are equivalent and
        // survive; it stays as the guarantee that slot and residual fit one int.
        return Math.min(SubstringLayout.LENGTHS[s] - prefixBits(s, n), 32 - slotBits(n));
    }

    /**
     * Bits of the next substring ({@code (s + 1) % K}) in the entries of substring {@code s}: what
     * is left of the {@code int} beside the slot and the residual bits (5-6 at 10 million
     * hashes). They cost nothing and reject candidates without reading their hashes (see
     * {@link EntryFilter}).
     */
    static int sketchBits(int s, int n) {
        int free = 32 - slotBits(n) - residualBits(s, n);
        return Math.min(free, SubstringLayout.LENGTHS[(s + 1) % K]);
    }

    /**
     * Buckets over the entries, one substring per fork-join task. The arrays are taken over. A
     * counting sort on the prefix (count, prefix sums, place) needs no temporary beyond the offsets,
     * so building at 10 million hashes fits beside the index in a 1 GiB heap.
     */
    static BucketTables build(HashEntries entries) {
        long[] words = entries.words();
        int n = entries.n();
        int slotBits = slotBits(n);
        int[][] offsets = new int[K][];
        int[][] packed = new int[K][];
        int[] prefix = new int[K];
        int[] residual = new int[K];
        int[] sketch = new int[K];
        for (int s = 0; s < K; s++) {
            prefix[s] = prefixBits(s, n);
            residual[s] = residualBits(s, n);
            sketch[s] = sketchBits(s, n);
        }
        IntStream.range(0, K).parallel().forEach(s -> {
            int p = prefix[s];
            int r = residual[s];
            int kb = p + r;
            int rMask = (1 << r) - 1;
            int next = (s + 1) % K;
            int sk = sketch[s];
            int size = 1 << p;
            int[] off = new int[size + 1];
            int[] en = new int[n];
            for (int i = 0; i < n; i++) {
                off[(SubstringLayout.key(words, i, s, kb) >>> r) + 1]++;
            }
            for (int k = 0; k < size; k++) {
                off[k + 1] += off[k];
            }
            for (int i = 0; i < n; i++) {
                int key = SubstringLayout.key(words, i, s, kb);
                int above = (SubstringLayout.key(words, i, next, sk) << r) | (key & rMask);
                en[off[key >>> r]++] = (above << slotBits) | i;
            }
            // off[k] now holds the end of bucket k; shift back to starts.
            System.arraycopy(off, 0, off, 1, size - 1);
            off[0] = 0;
            off[size] = n;
            offsets[s] = off;
            packed[s] = en;
        });
        long[] ids = entries.ids();
        int[] small = smallIds(ids, n);
        return new BucketTables(n, slotBits, prefix, residual, sketch, words, small == null ? ids : null, small,
                offsets, packed);
    }

    private static int[] smallIds(long[] ids, int n) {
        for (int i = 0; i < n; i++) {
            if (ids[i] != (int) ids[i]) {
                return null;
            }
        }
        int[] small = new int[n];
        for (int i = 0; i < n; i++) {
            small[i] = (int) ids[i];
        }
        return small;
    }
}
