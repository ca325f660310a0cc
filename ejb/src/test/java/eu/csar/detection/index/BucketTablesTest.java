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
 * probes miss hashes or scan needless ones. Beside its slot and residual key bits, each entry
 * carries the first bits of the next substring's key (the {@link EntryFilter}'s sketch).
 */
class BucketTablesTest {

    @ParameterizedTest(name = "{0} hashes")
    @ValueSource(ints = {0, 1, 5000, 70000})
    void everyHashIsInExactlyOneBucketPerSubstringUnderItsKey(int n) {
        long[] words = new SplittableRandom(n).longs(4L * n).toArray();
        long[] ids = LongStream.range(0, n).map(i -> 1000 + i).toArray();
        BucketTables t = BucketTables.build(new HashEntries(ids, words, n));
        assertEquals(n, t.n);
        assertTrue((1L << t.slotBits) >= n, "slot bits hold every slot");
        for (int s = 0; s < SubstringLayout.K; s++) {
            int prefix = t.prefixBits[s];
            int residual = t.residualBits[s];
            assertEquals(BucketTables.prefixBits(s, n), prefix, "prefix bits of substring " + s);
            assertEquals(prefix + residual, t.bits[s]);
            assertTrue(t.bits[s] <= SubstringLayout.LENGTHS[s], "key within substring " + s);
            assertTrue(residual + t.sketchBits[s] + t.slotBits <= 32, "entry fits an int");
            assertEquals(Math.min(32 - t.slotBits - residual, SubstringLayout.LENGTHS[(s + 1) % SubstringLayout.K]),
                    t.sketchBits[s], "every bit the slot and residual leave carries the next substring");
            int[] off = t.offsets[s];
            int buckets = 1 << prefix;
            assertEquals(buckets + 1, off.length);
            assertEquals(0, off[0]);
            assertEquals(n, off[buckets]);
            int[] seen = new int[n];
            for (int k = 0; k < buckets; k++) {
                assertTrue(off[k] <= off[k + 1], "bucket " + k + " of substring " + s);
                for (int j = off[k]; j < off[k + 1]; j++) {
                    int e = t.entries[s][j];
                    int slot = e & t.slotMask;
                    int above = e >>> t.slotBits;
                    int key = (k << residual) | (above & ((1 << residual) - 1));
                    assertEquals(SubstringLayout.key(words, slot, s, t.bits[s]), key, "slot " + slot + " in substring " + s);
                    assertEquals(SubstringLayout.key(words, slot, (s + 1) % SubstringLayout.K, t.sketchBits[s]),
                            above >>> residual, "sketch of the next substring, slot " + slot + " in substring " + s);
                    assertEquals(1000 + slot, t.id(slot));
                    seen[slot]++;
                }
            }
            for (int slot = 0; slot < n; slot++) {
                assertEquals(1, seen[slot], "slot " + slot + " in substring " + s);
            }
        }
    }

    @org.junit.jupiter.api.Test
    void largeIdsAreKeptAsLongsAndSmallOnesAsInts() {
        long[] words = new SplittableRandom(3).longs(12).toArray();
        BucketTables big = BucketTables.build(new HashEntries(new long[] {1L << 40, -5, Integer.MAX_VALUE + 1L}, words, 3));
        assertEquals(1L << 40, big.id(0));
        assertEquals(-5, big.id(1));
        assertEquals(Integer.MAX_VALUE + 1L, big.id(2));
        assertEquals(3 * (32 + 8) + 11 * 3 * 4 + 4L * java.util.Arrays.stream(big.offsets).mapToInt(o -> o.length).sum(),
                big.arrayBytes());
        BucketTables small = BucketTables.build(new HashEntries(new long[] {Integer.MIN_VALUE, -1, Integer.MAX_VALUE},
                words, 3));
        assertEquals(Integer.MIN_VALUE, small.id(0));
        assertEquals(-1, small.id(1));
        assertEquals(Integer.MAX_VALUE, small.id(2));
        assertEquals(3 * (32 + 4) + 11 * 3 * 4 + 4L * java.util.Arrays.stream(small.offsets).mapToInt(o -> o.length).sum(),
                small.arrayBytes());
    }

    @org.junit.jupiter.api.Test
    void tenMillionHashesKeyOnTwentyOneBitPrefixesWithTheRestBesideTheSlot() {
        int n = 10_000_000;
        assertEquals(24, BucketTables.slotBits(n));
        assertEquals(1, BucketTables.slotBits(0));
        assertEquals(1, BucketTables.slotBits(1));
        assertEquals(1, BucketTables.slotBits(2));
        assertEquals(2, BucketTables.slotBits(3));
        for (int s = 0; s < SubstringLayout.K; s++) {
            assertEquals(21, BucketTables.prefixBits(s, n));
            assertEquals(SubstringLayout.LENGTHS[s] - 21, BucketTables.residualBits(s, n));
            // 5 bits of the next substring beside a 24-bit substring's residual, 6 beside a 23-bit one
            assertEquals(SubstringLayout.LENGTHS[s] == 24 ? 5 : 6, BucketTables.sketchBits(s, n));
            assertEquals(4, BucketTables.prefixBits(s, 1));
            assertEquals(SubstringLayout.LENGTHS[s] - 4, BucketTables.residualBits(s, 1));
        }
        // the largest index: the whole substring is the prefix, nothing rides beside the 31-bit slot
        assertEquals(31, BucketTables.slotBits(Integer.MAX_VALUE));
        assertEquals(24, BucketTables.prefixBits(0, Integer.MAX_VALUE));
        assertEquals(0, BucketTables.residualBits(0, Integer.MAX_VALUE));
        assertEquals(1, BucketTables.sketchBits(0, Integer.MAX_VALUE));
    }

    @ParameterizedTest(name = "{0} hashes")
    @ValueSource(ints = {1, 1000})
    void entriesNeedArraysLongEnough(int n) {
        assertThrows(IllegalArgumentException.class, () -> new HashEntries(new long[n - 1], new long[4 * n], n));
        assertThrows(IllegalArgumentException.class, () -> new HashEntries(new long[n], new long[4 * n - 1], n));
        assertEquals(n, new HashEntries(new long[n], new long[4 * n], n).n());
    }
}
