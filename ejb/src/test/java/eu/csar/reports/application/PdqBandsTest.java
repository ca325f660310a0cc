package eu.csar.reports.application;

import eu.csar.detection.pdq.PdqHash;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The band rule of "seen before": every hash within 31 bits shares a probe key with the query (the
 * pigeonhole argument, tried on the worst spreads and at random), and one 32 bits away spread evenly
 * over the bands shares none, so the rule is exactly as wide as it must be. And the advisory locks
 * triage takes before its lookup (V62): own band keys exclusive, the other probes shared, over all
 * the report's hashes, ascending, exclusive winning; two hashes within 31 bits always conflict.
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

    @Test
    void oneHashLocksItsOwnBandsExclusiveAndTheOtherProbesShared() {
        long[] a = random();
        PdqBands.Locks locks = PdqBands.locks(List.of(a));
        assertArrayEquals(Arrays.stream(PdqBands.keys(a)).sorted().toArray(), locks.exclusive());
        int[] others = Arrays.stream(PdqBands.probes(a)).filter(k -> !contains(PdqBands.keys(a), k)).sorted().toArray();
        assertEquals(256, others.length);
        assertArrayEquals(concat(new int[] {PdqBands.ALL}, others), locks.shared(), "every other probe shared, after the key of all");
    }

    @Test
    void severalHashesLockTheUnionSortedAndExclusiveWins() {
        long[] a = random();
        long[] b = a.clone();
        b[0] ^= 1L; // band 0 one bit apart: b's own key of band 0 is one of a's probes and the reverse
        PdqBands.Locks locks = PdqBands.locks(List.of(a, b));
        Set<Integer> own = new HashSet<>();
        Set<Integer> probed = new HashSet<>();
        for (long[] h : List.of(a, b)) {
            Arrays.stream(PdqBands.keys(h)).forEach(own::add);
            Arrays.stream(PdqBands.probes(h)).forEach(probed::add);
        }
        probed.removeAll(own);
        probed.add(PdqBands.ALL);
        assertArrayEquals(own.stream().mapToInt(Integer::intValue).sorted().toArray(), locks.exclusive());
        assertArrayEquals(probed.stream().mapToInt(Integer::intValue).sorted().toArray(), locks.shared());
        int bandZeroOfB = PdqBands.keys(b)[0];
        assertTrue(contains(PdqBands.probes(a), bandZeroOfB), "a probes b's own key");
        assertTrue(contains(locks.exclusive(), bandZeroOfB), "exclusive for b, shared for a: exclusive");
        assertFalse(contains(locks.shared(), bandZeroOfB));
        assertTrue(isAscending(locks.exclusive()) && isAscending(locks.shared()));
    }

    @Test
    void twoJobsWithHashesWithin31BitsConflictAndNoHashTakesNoLock() {
        for (int trial = 0; trial < 500; trial++) {
            long[] a = random();
            long[] b = flip(a, RANDOM.nextInt(32), trial % 2 == 0);
            PdqBands.Locks first = PdqBands.locks(List.of(a));
            PdqBands.Locks second = PdqBands.locks(List.of(b));
            assertTrue(shares(first.exclusive(), second.exclusive()) || shares(first.exclusive(), second.shared())
                    || shares(first.shared(), second.exclusive()), "exclusive meets shared or exclusive");
        }
        PdqBands.Locks none = PdqBands.locks(List.of());
        assertEquals(0, none.exclusive().length + none.shared().length);
    }

    @Test
    void aReportOfManyHashesTakesTheKeyOfAllExclusivelyInstead() {
        List<long[]> many = new ArrayList<>();
        for (int i = 0; i <= PdqBands.LOCKED_HASHES; i++) {
            many.add(random());
        }
        PdqBands.Locks locks = PdqBands.locks(many);
        assertArrayEquals(new int[] {PdqBands.ALL}, locks.exclusive());
        assertEquals(0, locks.shared().length);
        assertTrue(contains(PdqBands.locks(many.subList(0, 1)).shared(), PdqBands.ALL), "which every other job holds shared");
    }

    private static int[] concat(int[] a, int[] b) {
        int[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    private static boolean isAscending(int[] values) {
        for (int i = 1; i < values.length; i++) {
            if (values[i - 1] >= values[i]) {
                return false;
            }
        }
        return true;
    }

    private static long[] random() {
        return new long[] {RANDOM.nextLong(), RANDOM.nextLong(), RANDOM.nextLong(), RANDOM.nextLong()};
    }

    /** {@code a} with {@code n} distinct bits flipped: anywhere, or crowded into as few bands as possible. */
    private static long[] flip(long[] a, int n, boolean anywhere) {
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

    private static boolean shares(int[] probes, int[] keys) {
        for (int key : keys) {
            if (contains(probes, key)) {
                return true;
            }
        }
        return false;
    }

    private static boolean contains(int[] values, int value) {
        return Arrays.stream(values).anyMatch(v -> v == value);
    }
}
