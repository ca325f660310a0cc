package eu.csar.reports.application;

import eu.csar.detection.pdq.PdqHash;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The band rule of "seen before": every hash within 31 bits shares a probe key with the query (the
 * pigeonhole argument, tried on the worst spreads and at random), and one 32 bits away spread evenly
 * over the bands shares none, so the rule is exactly as wide as it must be (the locks built on it:
 * {@link TriageLocksTest}).
 */
class PdqBandsTest {

    private static final Random RANDOM = new Random(4711);

    @Test
    void keysAreTheSixteenBandsOfTheWords() {
        long[] words = {0x0000_0000_0000_ABCDL, 0, 0, 0xFFFF_0000_0000_0000L};
        int[] keys = PdqBands.keys(words);
        assertEquals(16, keys.length);
        assertEquals(0xABCD, keys[0]);
        assertEquals(65536, keys[1]);
        assertEquals(15 * 65536 + 0xFFFF, keys[15]);
    }

    @Test
    void probesAreEachBandAndItsSixteenOneBitNeighbours() {
        int[] probes = PdqBands.probes(new long[4]);
        assertEquals(16 * 17, probes.length);
        assertEquals(16 * 17, Arrays.stream(probes).distinct().count());
        assertTrue(contains(probes, 3 * 65536 + (1 << 15)));
    }

    @Test
    void everyHashWithin31BitsSharesAProbe() {
        for (int trial = 0; trial < 2000; trial++) {
            long[] a = random();
            int distance = RANDOM.nextInt(32);
            long[] b = flip(a, distance, trial % 2 == 0);
            assertEquals(distance, PdqHash.ofWords(a[0], a[1], a[2], a[3]).distance(PdqHash.ofWords(b[0], b[1], b[2], b[3])));
            assertTrue(shares(PdqBands.probes(a), PdqBands.keys(b)), "distance " + distance);
        }
    }

    @Test
    void thirtyOneBitsSpreadAsEvenlyAsPossibleStillShareOne() {
        long[] a = random();
        long[] b = a.clone();
        // two bits in each of 15 bands and one in the last: 31 bits, and only the last band is within one bit
        for (int band = 0; band < 16; band++) {
            int bits = band < 15 ? 2 : 1;
            for (int i = 0; i < bits; i++) {
                int bit = band * 16 + i;
                b[bit / 64] ^= 1L << (bit % 64);
            }
        }
        assertTrue(shares(PdqBands.probes(a), PdqBands.keys(b)));
    }

    @Test
    void thirtyTwoBitsTwoInEveryBandShareNone() {
        long[] a = random();
        long[] b = a.clone();
        for (int band = 0; band < 16; band++) {
            for (int i = 0; i < 2; i++) {
                int bit = band * 16 + 5 * i;
                b[bit / 64] ^= 1L << (bit % 64);
            }
        }
        assertFalse(shares(PdqBands.probes(a), PdqBands.keys(b)), "the rule is no wider than 31");
    }

    static long[] random() {
        return new long[] {RANDOM.nextLong(), RANDOM.nextLong(), RANDOM.nextLong(), RANDOM.nextLong()};
    }

    /** {@code a} with {@code n} distinct bits flipped: anywhere, or crowded into as few bands as possible. */
    static long[] flip(long[] a, int n, boolean anywhere) {
        long[] b = a.clone();
        Set<Integer> bits = new HashSet<>();
        int start = RANDOM.nextInt(256);
        while (bits.size() < n) {
            bits.add(anywhere ? RANDOM.nextInt(256) : (start + bits.size()) % 256);
        }
        for (int bit : bits) {
            b[bit / 64] ^= 1L << (bit % 64);
        }
        return b;
    }

    static boolean shares(int[] probes, int[] keys) {
        for (int key : keys) {
            if (contains(probes, key)) {
                return true;
            }
        }
        return false;
    }

    static boolean contains(int[] values, int value) {
        return Arrays.stream(values).anyMatch(v -> v == value);
    }
}
