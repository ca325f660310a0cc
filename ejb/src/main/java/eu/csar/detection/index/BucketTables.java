package eu.csar.detection.index;

import static eu.csar.detection.index.SubstringLayout.K;

import java.util.stream.IntStream;

/**
 * The base of the index: hashes and ids in flat arrays and, per substring, a bucket table in CSR
 * layout ({@code offsets[s]} has one {@code int} per possible key plus one, {@code slots[s]} one
 * {@code int} per hash: the slots of bucket {@code k} are {@code slots[s][offsets[s][k] ..
 * offsets[s][k + 1] - 1]}).
 *
 * <p>The rule: once built, nothing here changes except the tombstone bits of removed entries, so
 * any number of queries read it without locks. Every hash is in exactly one bucket per
 * substring, keyed by {@link SubstringLayout#key}, which is what the pigeonhole argument needs.
 * Primitive arrays only: no boxed objects, one array lookup per candidate.
 */
final class BucketTables {

    final int n;
    final int[] bits;
    final long[] words;
    final long[] ids;
    final int[][] offsets;
    final int[][] slots;
    final Tombstones dead;

    private BucketTables(int n, int[] bits, long[] words, long[] ids, int[][] offsets, int[][] slots) {
        this.n = n;
        this.bits = bits;
        this.words = words;
        this.ids = ids;
        this.offsets = offsets;
        this.slots = slots;
        this.dead = new Tombstones(n);
    }

    /** Buckets over the entries, one substring per fork-join task. The arrays are taken over. */
    static BucketTables build(HashEntries entries) {
        long[] words = entries.words();
        int n = entries.n();
        int[][] offsets = new int[K][];
        int[][] slots = new int[K][];
        int[] bits = new int[K];
        for (int s = 0; s < K; s++) {
            bits[s] = SubstringLayout.keyBits(s, n);
        }
        IntStream.range(0, K).parallel().forEach(s -> {
            int b = bits[s];
            int size = 1 << b;
            int[] off = new int[size + 1];
            int[] sl = new int[n];
            for (int i = 0; i < n; i++) {
                off[SubstringLayout.key(words, i, s, b) + 1]++;
            }
            for (int k = 0; k < size; k++) {
                off[k + 1] += off[k];
            }
            for (int i = 0; i < n; i++) {
                sl[off[SubstringLayout.key(words, i, s, b)]++] = i;
            }
            // off[k] now holds the end of bucket k; shift back to starts.
            System.arraycopy(off, 0, off, 1, size - 1);
            off[0] = 0;
            off[size] = n;
            offsets[s] = off;
            slots[s] = sl;
        });
        return new BucketTables(n, bits, words, entries.ids(), offsets, slots);
    }
}
