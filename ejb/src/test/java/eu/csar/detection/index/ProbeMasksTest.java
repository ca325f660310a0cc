package eu.csar.detection.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The probes of a substring are exactly the keys within its threshold of the query's key, each
 * once: a missing mask loses matches (the pigeonhole argument needs every one), a repeated one
 * verifies the same candidates twice.
 */
class ProbeMasksTest {

    @ParameterizedTest(name = "{0} bits, t = {1}")
    @CsvSource({"4, 0", "4, 1", "4, 4", "4, 9", "10, 2", "12, 3", "20, 2"})
    void everyMaskWithinTheThresholdOnceWithItsNumberOfFlips(int bits, int t) {
        ProbeMasks shared = ProbeMasks.of(bits, t);
        // the shared masks may come from the cache; the fresh ones are built here, by the code under test
        for (ProbeMasks m : new ProbeMasks[] {ProbeMasks.build(bits, Math.min(t, bits)), shared}) {
            assertOnceEachWithinThreshold(m, bits, t);
        }
        assertSame(shared, ProbeMasks.of(bits, t), "computed once and shared");
    }

    private static void assertOnceEachWithinThreshold(ProbeMasks m, int bits, int t) {
        int[] seen = new int[1 << bits];
        for (int i = 0; i < m.size(); i++) {
            seen[m.mask[i]]++;
            assertEquals(Integer.bitCount(m.mask[i]), m.flips[i], "flips of mask " + m.mask[i]);
        }
        for (int key = 0; key < seen.length; key++) {
            assertEquals(Integer.bitCount(key) <= t ? 1 : 0, seen[key], "mask " + key);
        }
        assertEquals(SubstringLayout.keysWithin(bits, Math.min(t, bits)), m.size());
    }
}
