package eu.csar.reports.application;

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
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The advisory locks triage takes before its lookup (V62): a PDQ hash's own band keys exclusive, the other
 * probes shared, over all the report's hashes, ascending, exclusive winning, and two hashes within 31 bits
 * always conflict; a digest's one key exclusive, above every band key, the same for the same digest in either
 * case; a report of many hashes or digests takes the key of all exclusively instead.
 */
class TriageLocksTest {

    private static final Random RANDOM = new Random(4711);

    @Test
    void oneHashLocksItsOwnBandsExclusiveAndTheOtherProbesShared() {
        long[] a = PdqBandsTest.random();
        TriageLocks.Locks locks = TriageLocks.locks(List.of(a), List.of());
        assertArrayEquals(Arrays.stream(PdqBands.keys(a)).sorted().toArray(), locks.exclusive());
        int[] others = Arrays.stream(PdqBands.probes(a)).filter(k -> !PdqBandsTest.contains(PdqBands.keys(a), k)).sorted().toArray();
        assertEquals(256, others.length);
        assertArrayEquals(concat(new int[] {TriageLocks.ALL}, others), locks.shared(), "every other probe shared, after the key of all");
    }

    @Test
    void severalHashesLockTheUnionSortedAndExclusiveWins() {
        long[] a = PdqBandsTest.random();
        long[] b = a.clone();
        b[0] ^= 1L; // band 0 one bit apart: b's own key of band 0 is one of a's probes and the reverse
        TriageLocks.Locks locks = TriageLocks.locks(List.of(a, b), List.of());
        Set<Integer> own = new HashSet<>();
        Set<Integer> probed = new HashSet<>();
        for (long[] h : List.of(a, b)) {
            Arrays.stream(PdqBands.keys(h)).forEach(own::add);
            Arrays.stream(PdqBands.probes(h)).forEach(probed::add);
        }
        probed.removeAll(own);
        probed.add(TriageLocks.ALL);
        assertArrayEquals(own.stream().mapToInt(Integer::intValue).sorted().toArray(), locks.exclusive());
        assertArrayEquals(probed.stream().mapToInt(Integer::intValue).sorted().toArray(), locks.shared());
        int bandZeroOfB = PdqBands.keys(b)[0];
        assertTrue(PdqBandsTest.contains(PdqBands.probes(a), bandZeroOfB), "a probes b's own key");
        assertTrue(PdqBandsTest.contains(locks.exclusive(), bandZeroOfB), "exclusive for b, shared for a: exclusive");
        assertFalse(PdqBandsTest.contains(locks.shared(), bandZeroOfB));
        assertTrue(isAscending(locks.exclusive()) && isAscending(locks.shared()));
    }

    @Test
    void twoJobsWithHashesWithin31BitsConflictAndNoHashTakesNoLock() {
        for (int trial = 0; trial < 500; trial++) {
            long[] a = PdqBandsTest.random();
            long[] b = PdqBandsTest.flip(a, RANDOM.nextInt(32), trial % 2 == 0);
            TriageLocks.Locks first = TriageLocks.locks(List.of(a), List.of());
            TriageLocks.Locks second = TriageLocks.locks(List.of(b), List.of());
            assertTrue(PdqBandsTest.shares(first.exclusive(), second.exclusive()) || PdqBandsTest.shares(first.exclusive(), second.shared())
                    || PdqBandsTest.shares(first.shared(), second.exclusive()), "exclusive meets shared or exclusive");
        }
        TriageLocks.Locks none = TriageLocks.locks(List.of(), List.of());
        assertEquals(0, none.exclusive().length + none.shared().length);
    }

    @Test
    void aReportOfManyHashesTakesTheKeyOfAllExclusivelyInstead() {
        List<long[]> many = new ArrayList<>();
        for (int i = 0; i <= TriageLocks.LOCKED_HASHES; i++) {
            many.add(PdqBandsTest.random());
        }
        TriageLocks.Locks locks = TriageLocks.locks(many, List.of());
        assertArrayEquals(new int[] {TriageLocks.ALL}, locks.exclusive());
        assertEquals(0, locks.shared().length);
        assertTrue(PdqBandsTest.contains(TriageLocks.locks(many.subList(0, 1), List.of()).shared(), TriageLocks.ALL), "which every other job holds shared");
    }

    @Test
    void aDigestLocksOneKeyOfItsOwnExclusivelyAboveEveryBandKey() {
        String sha256 = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";
        TriageLocks.Locks locks = TriageLocks.locks(List.of(), List.of(sha256));
        int key = TriageLocks.digestKey(sha256);
        assertArrayEquals(new int[] {key}, locks.exclusive());
        assertArrayEquals(new int[] {TriageLocks.ALL}, locks.shared(), "the key of all shared, as every job with a hash");
        assertEquals(TriageLocks.DIGEST_KEYS_FROM + 0x9f86d081L % (Integer.MAX_VALUE - TriageLocks.DIGEST_KEYS_FROM + 1L), key);
        assertEquals(key, TriageLocks.digestKey(sha256.toUpperCase()), "either case, one digest");
        assertNotEquals(key, TriageLocks.digestKey("0" + sha256.substring(1)));
        assertEquals(TriageLocks.DIGEST_KEYS_FROM, TriageLocks.digestKey("00000000" + sha256.substring(8)), "the lowest digest key");
        assertEquals(16 * 65536, TriageLocks.DIGEST_KEYS_FROM, "just above the last band key");
        for (String first : List.of("7fffffff", "80000000", "ffffffff")) {
            int k = TriageLocks.digestKey(first + sha256.substring(8));
            assertTrue(k >= TriageLocks.DIGEST_KEYS_FROM && k <= Integer.MAX_VALUE, first + ": " + k);
        }
    }

    @Test
    void aReportOfPdqHashesAndDigestsLocksBothAndTwoReportsOfOneDigestConflict() {
        long[] a = PdqBandsTest.random();
        String md5 = "d41d8cd98f00b204e9800998ecf8427e";
        TriageLocks.Locks both = TriageLocks.locks(List.<long[]>of(a), List.of(md5));
        int[] expected = Arrays.copyOf(Arrays.stream(PdqBands.keys(a)).sorted().toArray(), 17);
        expected[16] = TriageLocks.digestKey(md5);
        assertArrayEquals(expected, both.exclusive(), "the band keys, then the digest's, ascending");
        assertEquals(257, both.shared().length);
        TriageLocks.Locks other = TriageLocks.locks(List.of(), List.of("ffffffff00000000000000000000000a", md5));
        assertTrue(PdqBandsTest.shares(both.exclusive(), other.exclusive()), "the same digest: exclusive meets exclusive");
        assertTrue(isAscending(other.exclusive()));
    }

    @Test
    void aReportOfManyDigestsTakesTheKeyOfAllExclusivelyInstead() {
        List<String> digests = new ArrayList<>();
        for (int i = 0; i <= TriageLocks.LOCKED_DIGESTS; i++) {
            digests.add(String.format("%08x%024x", i, i));
        }
        assertArrayEquals(new int[] {TriageLocks.ALL}, TriageLocks.locks(List.of(), digests).exclusive());
        assertEquals(0, TriageLocks.locks(List.of(), digests).shared().length);
        assertEquals(TriageLocks.LOCKED_DIGESTS, TriageLocks.locks(List.of(), digests.subList(0, TriageLocks.LOCKED_DIGESTS)).exclusive().length,
                "up to the bound, a key each");
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

}
