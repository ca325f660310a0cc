package eu.csar.detection.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The base of the index is what its class says: per substring, a CSR bucket table keyed on
 * {@link SubstringLayout#keyBits} bits, in which every hash sits exactly once, in the bucket of its
 * key. The pigeonhole argument needs every hash in the bucket of its key; anything else makes the
 * probes miss hashes or scan needless ones.
 */
class BucketTablesTest {

    @ParameterizedTest(name = "{0} hashes")
    @ValueSource(ints = {0, 1, 5000})
    void everyHashIsInExactlyOneBucketPerSubstringUnderItsKey(int n) {
        long[] words = new SplittableRandom(n).longs(4L * n).toArray();
        long[] ids = LongStream.range(0, n).map(i -> 1000 + i).toArray();
        BucketTables t = BucketTables.build(new HashEntries(ids, words, n));
        assertEquals(n, t.n);
        for (int s = 0; s < SubstringLayout.K; s++) {
            int bits = t.bits[s];
            assertEquals(SubstringLayout.keyBits(s, n), bits, "key bits of substring " + s);
            int[] off = t.offsets[s];
            int buckets = 1 << bits;
            assertEquals(buckets + 1, off.length);
            assertEquals(0, off[0]);
            assertEquals(n, off[buckets]);
            int[] seen = new int[n];
            for (int k = 0; k < buckets; k++) {
                assertTrue(off[k] <= off[k + 1], "bucket " + k + " of substring " + s);
                for (int j = off[k]; j < off[k + 1]; j++) {
                    int slot = t.slots[s][j];
                    assertEquals(k, SubstringLayout.key(words, slot, s, bits), "slot " + slot + " in substring " + s);
                    seen[slot]++;
                }
            }
            for (int slot = 0; slot < n; slot++) {
                assertEquals(1, seen[slot], "slot " + slot + " in substring " + s);
            }
        }
    }

    @ParameterizedTest(name = "{0} hashes")
    @ValueSource(ints = {1, 1000})
    void entriesNeedArraysLongEnough(int n) {
        assertThrows(IllegalArgumentException.class, () -> new HashEntries(new long[n - 1], new long[4 * n], n));
        assertThrows(IllegalArgumentException.class, () -> new HashEntries(new long[n], new long[4 * n - 1], n));
        assertEquals(n, new HashEntries(new long[n], new long[4 * n], n).n());
    }
}
