package eu.csar.indicators.application;

import eu.csar.detection.index.HashIndex;
import eu.csar.detection.index.Match;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * A batch cut into slices answers exactly what one query per line answers, in line order, with
 * near-duplicates (which match) spread over every slice; and it is cut only when cores are idle.
 */
class PdqBatchTest {

    private static final int RADIUS = 31;

    @ParameterizedTest(name = "{0} slices")
    @ValueSource(ints = {1, 2, 3, 8})
    void slicesAnswerLikeOneQueryPerLineInLineOrder(int parts) {
        SplittableRandom random = new SplittableRandom(11);
        int n = 5_000;
        long[] ids = new long[n];
        long[] words = new long[4 * n];
        for (int i = 0; i < n; i++) {
            ids[i] = i + 1;
            for (int w = 0; w < 4; w++) {
                words[4 * i + w] = random.nextLong();
            }
        }
        HashIndex index = HashIndex.build(ids, words.clone(), n);
        int count = 1_000;
        long[] queries = new long[4 * count];
        for (int q = 0; q < count; q++) {
            int source = random.nextInt(n);
            for (int w = 0; w < 4; w++) {
                // every third line a near-duplicate of an indexed hash (a few bits flipped), the rest random
                queries[4 * q + w] = q % 3 == 0 ? words[4 * source + w] ^ (1L << random.nextInt(64)) : random.nextLong();
            }
        }
        List<List<Match>> expected = new ArrayList<>();
        for (int q = 0; q < count; q++) {
            expected.add(index.query(queries[4 * q], queries[4 * q + 1], queries[4 * q + 2], queries[4 * q + 3], RADIUS));
        }
        ExecutorService executor = Executors.newFixedThreadPool(2);
        try {
            List<List<Match>> got = PdqBatch.query(index, queries, count, RADIUS, parts, executor);
            assertEquals(expected, got);
            assertFalse(got.get(0).isEmpty(), "line 1 is a near-duplicate");
            assertFalse(got.get(count - 1).isEmpty(), "the last line is a near-duplicate, in the last slice");
        } finally {
            executor.shutdownNow();
        }
    }

    @Test
    void aLoneBatchUsesEveryCoreConcurrentOnesOneEachSmallOnesNone() {
        assertEquals(2, PdqBatch.parts(1_000, 2, 1));
        assertEquals(1, PdqBatch.parts(1_000, 2, 2));
        assertEquals(1, PdqBatch.parts(1_000, 2, 4));
        assertEquals(4, PdqBatch.parts(1_000, 4, 1));
        assertEquals(1, PdqBatch.parts(PdqBatch.MIN_SLICE, 2, 1));
    }
}
