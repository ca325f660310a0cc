package eu.csar.detection.index;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.csar.detection.pdq.PdqHash;
import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The arithmetic the index rests on. Its query results are exact whatever these functions return
 * (every candidate is verified on all 256 bits), so a mistake here does not show in a result: it
 * shows as an index that quietly scans everything, or probes far more keys than it needs, or
 * allocates bucket tables out of proportion to the number of hashes. Hence these rules are checked
 * directly: substrings are disjoint and cover the hash (what the pigeonhole argument needs), a key
 * is exactly the first bits of its substring, thresholds are the smallest the pigeonhole allows,
 * and keys are about log2(n) bits.
 */
class SubstringLayoutTest {

    @Test
    void elevenDisjointSubstringsCoverThe256Bits() {
        assertEquals(11, SubstringLayout.K);
        assertArrayEquals(new int[] {24, 24, 24, 23, 23, 23, 23, 23, 23, 23, 23}, SubstringLayout.LENGTHS);
        boolean[] covered = new boolean[256];
        for (int s = 0; s < SubstringLayout.K; s++) {
            for (int j = 0; j < SubstringLayout.LENGTHS[s]; j++) {
                int bit = SubstringLayout.STARTS[s] + j;
                assertFalse(covered[bit], "bit " + bit + " in two substrings");
                covered[bit] = true;
            }
        }
        for (int bit = 0; bit < 256; bit++) {
            assertTrue(covered[bit], "bit " + bit + " in no substring");
        }
    }

    /**
     * The key of substring s on b bits is bits STARTS[s] .. STARTS[s] + b - 1 of the hash, lowest
     * first: flipping one of them flips exactly that key bit, flipping any other bit of the hash
     * leaves the key alone. Checked for the hash in the second slot of the array.
     */
    @ParameterizedTest(name = "{0} key bits")
    @ValueSource(ints = {4, 11, 16, 23, 24})
    void aKeyIsExactlyTheFirstBitsOfItsSubstring(int keyBits) {
        SplittableRandom rnd = new SplittableRandom(keyBits);
        for (int round = 0; round < 8; round++) {
            long[] words = rnd.longs(8).toArray();
            PdqHash h = PdqHash.ofWords(words[4], words[5], words[6], words[7]);
            for (int s = 0; s < SubstringLayout.K; s++) {
                int bits = Math.min(keyBits, SubstringLayout.LENGTHS[s]);
                int start = SubstringLayout.STARTS[s];
                int expected = 0;
                for (int j = 0; j < bits; j++) {
                    expected |= h.bit(start + j) ? 1 << j : 0;
                }
                int key = SubstringLayout.key(words, 1, s, bits);
                assertEquals(expected, key, "substring " + s);
                for (int bit = 0; bit < 256; bit++) {
                    long[] flipped = words.clone();
                    flipped[4 + (bit >>> 6)] ^= 1L << (bit & 63);
                    boolean inKey = bit >= start && bit < start + bits;
                    assertEquals(inKey ? key ^ (1 << (bit - start)) : key, SubstringLayout.key(flipped, 1, s, bits),
                            "substring " + s + ", bit " + bit);
                }
            }
        }
    }

    /**
     * The pigeonhole needs sum(t + 1) >= r + 1; any more and each query probes needless keys. So
     * the sum is exactly r + 1, spread evenly (thresholds differ by at most one, -1 meaning a
     * substring is not probed): for r = 31, ten substrings at 2 bits and one at 1.
     */
    @Test
    void thresholdsAreTheSmallestThePigeonholeAllows() {
        for (int r = 0; r <= 256; r++) {
            int[] t = SubstringLayout.thresholds(r);
            assertEquals(SubstringLayout.K, t.length);
            assertEquals(r + 1, Arrays.stream(t).map(x -> x + 1).sum(), "radius " + r);
            int min = Arrays.stream(t).min().getAsInt();
            int max = Arrays.stream(t).max().getAsInt();
            assertTrue(min >= -1 && max - min <= 1, "radius " + r + ": " + Arrays.toString(t));
        }
        assertArrayEquals(new int[] {2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 1}, SubstringLayout.thresholds(31));
        assertArrayEquals(new int[] {0, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1}, SubstringLayout.thresholds(0));
        assertArrayEquals(new int[] {0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0}, SubstringLayout.thresholds(10));
    }

    /** Sum of C(n, i) for i = 0..t: the number of probes of one substring. */
    @ParameterizedTest(name = "n={0} t={1}")
    @CsvSource({"23,0,1", "23,1,24", "23,2,277", "24,2,301", "4,4,16", "10,3,176", "16,5,6885"})
    void keysWithinCountsTheProbes(int n, int t, long expected) {
        assertEquals(expected, SubstringLayout.keysWithin(n, t));
    }

    /** About log2(n) key bits, so buckets hold about one hash; at least 4, at most the substring's length. */
    @ParameterizedTest(name = "n={0}")
    @CsvSource({"0,4,4", "1,4,4", "16,4,4", "17,5,5", "1000,10,10", "1024,10,10", "1025,11,11",
        "10000000,24,23", "2147483647,24,23"})
    void keyBitsGrowWithLog2OfTheNumberOfHashes(int n, int long24, int long23) {
        for (int s = 0; s < SubstringLayout.K; s++) {
            assertEquals(SubstringLayout.LENGTHS[s] == 24 ? long24 : long23, SubstringLayout.keyBits(s, n), "substring " + s);
        }
    }
}
