package eu.csar.detection.index;

import static eu.csar.detection.index.IndexEdgeCasesTest.PLANTED;
import static eu.csar.detection.index.IndexEdgeCasesTest.query;
import static eu.csar.detection.index.IndexEdgeCasesTest.atDistance;
import static org.junit.jupiter.api.Assertions.assertEquals;

import eu.csar.detection.pdq.PdqHash;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The ground truth the index is tested against and the baseline the benchmarks time: on hashes
 * planted at known distances, the scan finds and counts exactly those within the radius, and
 * only among the first n hashes.
 */
class BruteForceTest {

    /** The planted hashes in distance order, ids 100 + distance, then one more that n leaves out. */
    static long[] words() {
        long[] w = new long[4 * (PLANTED.length + 1)];
        for (int i = 0; i <= PLANTED.length; i++) {
            PdqHash h = atDistance(query(), i < PLANTED.length ? PLANTED[i] : 0);
            for (int k = 0; k < 4; k++) {
                w[4 * i + k] = h.word(k);
            }
        }
        return w;
    }

    @ParameterizedTest(name = "radius {0}")
    @ValueSource(ints = {0, 1, 31, 32, 255, 256})
    void searchAndCountSeeExactlyTheHashesWithinTheRadius(int radius) {
        long[] words = words();
        long[] ids = new long[PLANTED.length + 1];
        for (int i = 0; i < PLANTED.length; i++) {
            ids[i] = 100 + PLANTED[i];
        }
        ids[PLANTED.length] = 1;
        int n = PLANTED.length;
        List<Match> expected = Arrays.stream(PLANTED).filter(d -> d <= radius).mapToObj(d -> new Match(100 + d, d)).toList();
        assertEquals(expected, BruteForce.search(words, ids, n, query().word(0), query().word(1), query().word(2),
                query().word(3), radius));
        assertEquals(expected.size(), BruteForce.count(words, n, query().word(0), query().word(1), query().word(2),
                query().word(3), radius));
    }

    @ParameterizedTest(name = "hash {0}")
    @ValueSource(ints = {1, 4, 10})
    void distanceComparesAnyTwoSlots(int slot) {
        long[] words = words();
        long[] query = {0, 0, 0, 0, query().word(0), query().word(1), query().word(2), query().word(3)};
        assertEquals(PLANTED[slot], BruteForce.distance(words, slot, query, 1));
        assertEquals(Math.abs(PLANTED[slot] - PLANTED[slot - 1]), BruteForce.distance(words, slot, words, slot - 1));
    }
}
