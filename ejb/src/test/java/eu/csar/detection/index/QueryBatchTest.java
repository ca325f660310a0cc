package eu.csar.detection.index;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.csar.detection.index.HashIndexTest.Data;
import eu.csar.detection.pdq.PdqHash;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@link HashIndex#queryBatch} answers each query of a batch exactly as brute force does (ids,
 * distances, order), although it reorders all probes and candidates of a chunk of queries: on
 * uniform and clustered data, across a chunk boundary, with entries in the delta and removed
 * ones, at radius 0 and at radii where it scans.
 */
class QueryBatchTest {

    static long[] pack(List<PdqHash> queries) {
        long[] w = new long[4 * queries.size()];
        for (int i = 0; i < queries.size(); i++) {
            for (int k = 0; k < 4; k++) {
                w[4 * i + k] = queries.get(i).word(k);
            }
        }
        return w;
    }

    @ParameterizedTest(name = "radius {0}")
    @ValueSource(ints = {0, 1, 12, 31, 40, 64, 256})
    void uniformBatchesEqualBruteForce(int radius) {
        Data d = HashIndexTest.uniform(20_000, 100 + radius);
        HashIndex index = d.index();
        // at 31, more queries than one chunk holds, so the second chunk starts mid-batch
        int count = radius == 31 ? BatchSearch.CHUNK + 300 : 200;
        List<PdqHash> queries = new java.util.ArrayList<>(HashIndexTest.queries(d, count, radius));
        for (int i = 0; i < count; i += 4) {
            queries.set(i, d.hash(i)); // exact copies: matches at every radius, 0 included
        }
        List<List<Match>> got = index.queryBatch(pack(queries), count, radius);
        assertEquals(count, got.size());
        int nonEmpty = 0;
        for (int i = 0; i < count; i++) {
            List<Match> expected = d.brute(queries.get(i), radius);
            nonEmpty += expected.isEmpty() ? 0 : 1;
            assertEquals(expected, got.get(i), "query " + i);
        }
        assertTrue(nonEmpty >= count / 4, "exact and near-duplicate queries find their sources");
    }

    @ParameterizedTest(name = "radius {0}")
    @ValueSource(ints = {0, 16, 31, 40, 64})
    void clusteredBatchesEqualBruteForce(int radius) {
        Data d = HashIndexTest.clustered(radius + 5);
        HashIndex index = d.index();
        List<PdqHash> queries = HashIndexTest.queries(d, 700, radius + 11);
        List<List<Match>> got = index.queryBatch(pack(queries), queries.size(), radius);
        int nonEmpty = 0;
        for (int i = 0; i < queries.size(); i++) {
            List<Match> expected = d.brute(queries.get(i), radius);
            nonEmpty += expected.isEmpty() ? 0 : 1;
            assertEquals(expected, got.get(i), "query " + i);
        }
        assertTrue(radius < 16 || nonEmpty > 100, "the clustered queries do find neighbours");
    }

    /**
     * Batches reuse the scratch arrays of earlier ones (HashIndex keeps them): a large batch, then
     * small ones, then concurrent ones, each still equal to brute force, so no candidate or probe
     * left in a reused array reaches a later answer.
     */
    @Test
    void batchesReusingEarlierScratchArraysStillEqualBruteForce() throws Exception {
        Data d = HashIndexTest.uniform(20_000, 77);
        HashIndex index = d.index();
        List<PdqHash> big = new java.util.ArrayList<>(HashIndexTest.queries(d, 1_500, 31));
        for (int i = 0; i < big.size(); i += 3) {
            big.set(i, HashIndexTest.flip(d.hash(i), 1 + i % 20, new SplittableRandom(i)));
        }
        // brute force once per query of `big`: the batches below take their parts of it many times over
        List<List<Match>> expected = big.stream().map(q -> d.brute(q, 31)).toList();
        int[] sizes = {1_500, 7, 300, 1, 1_500, 40};
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(3);
        try {
            for (int round = 0; round < 3; round++) {
                List<java.util.concurrent.Future<?>> running = new java.util.ArrayList<>();
                for (int size : sizes) {
                    int from = (size * 7 + round * 13) % (big.size() - size + 1);
                    List<PdqHash> part = big.subList(from, from + size);
                    Runnable check = () -> {
                        List<List<Match>> got = index.queryBatch(pack(part), part.size(), 31);
                        for (int i = 0; i < part.size(); i++) {
                            assertEquals(expected.get(from + i), got.get(i), "line " + i + " of a batch of " + part.size());
                        }
                    };
                    if (round == 2) {
                        running.add(pool.submit(check));
                    } else {
                        check.run();
                    }
                }
                for (java.util.concurrent.Future<?> f : running) {
                    f.get();
                }
            }
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void manyCopiesOfOneHashAreAllFoundOnceEach() {
        Data d = HashIndexTest.uniform(3_000, 8);
        for (int i = 0; i < 1_000; i++) {
            System.arraycopy(d.words, 0, d.words, 4 * i, 4); // one huge bucket per substring
        }
        HashIndex index = d.index();
        PdqHash q = HashIndexTest.flip(d.hash(0), 5, new SplittableRandom(1));
        List<Match> got = index.queryBatch(pack(List.of(q, d.hash(0))), 2, 31).get(0);
        assertEquals(1_000, got.stream().filter(m -> m.distance() == 5).count());
        assertEquals(d.brute(q, 31), got);
        assertEquals(d.brute(d.hash(0), 31), index.queryBatch(pack(List.of(q, d.hash(0))), 2, 31).get(1));
        // the same query alone (at 3,000 hashes the index scans rather than probes)
        assertEquals(d.brute(q, 31), index.query(q, 31));
    }

    /**
     * The probes of a chunk are put in bucket order by a stable LSD radix sort of 11-bit digits:
     * {@code ceil(bits / 11)} passes, the result in the array the last pass wrote, and no array
     * allocated when the scratch array is already long enough. The batch's answers cannot show any of
     * this (the candidates are sorted again), so without this test every such mutant survived and ran
     * all the batch tests.
     */
    @ParameterizedTest(name = "{0} bits")
    @ValueSource(ints = {1, 5, 11, 12, 13, 21, 22, 23, 24})
    void theProbeSortIsAStableRadixSortInCeilBitsOverElevenPasses(int bits) {
        Data d = HashIndexTest.uniform(64, 1);
        BatchSearch.Scratch given = new BatchSearch.Scratch();
        long[] scratch = given.scratch;
        BatchSearch search = new BatchSearch(Snapshot.of(BucketTables.build(new HashEntries(d.ids, d.words, d.n))), 31,
                given);
        SplittableRandom rnd = new SplittableRandom(bits);
        int n = 3_000;
        long[] a = new long[scratch.length];
        for (int i = 0; i < n; i++) {
            // the key at bit 32, other bits above it, the original position below: equal keys keep their order
            long above = rnd.nextLong(1L << (32 - bits)) << (32 + bits);
            a[i] = above | ((long) rnd.nextInt(1 << bits) << 32) | i;
        }
        long mask = ((1L << bits) - 1) << 32;
        long[] expected = Arrays.stream(Arrays.copyOf(a, n)).boxed()
                .sorted(Comparator.<Long>comparingLong(v -> v & mask).thenComparingLong(v -> v & 0xFFFF_FFFFL))
                .mapToLong(Long::longValue).toArray();
        search.sort(a, n, 32, bits);
        assertArrayEquals(expected, Arrays.copyOf(search.sorted, n));
        int passes = (bits + 10) / 11;
        assertSame(passes % 2 == 0 ? a : scratch, search.sorted, passes + " passes");
        assertSame(passes % 2 == 0 ? scratch : a, search.giveBack(new BatchSearch.Scratch()).scratch,
                "no new scratch array");
    }

    @Test
    void theDeltaAndRemovalsAreSeenAsByOneByOneQueries() {
        Data d = HashIndexTest.uniform(10_000, 21);
        HashIndex index = d.index();
        SplittableRandom rnd = new SplittableRandom(5);
        PdqHash added = HashIndexTest.flip(d.hash(7), 3, rnd);
        index.add(42, added);
        index.add(43, added);
        assertEquals(1, index.remove(43, added), "removed from the delta");
        assertEquals(1, index.remove(d.ids[7], d.hash(7)), "removed from the base");
        List<PdqHash> queries = List.of(d.hash(7), added, HashIndexTest.flip(d.hash(9), 10, rnd));
        List<List<Match>> got = index.queryBatch(pack(queries), 3, 31);
        for (int i = 0; i < queries.size(); i++) {
            assertEquals(index.query(queries.get(i), 31), got.get(i), "query " + i);
        }
        assertEquals(List.of(new Match(42, 0)), got.get(1).stream().filter(m -> m.id() == 42 || m.id() == 43).toList());
        assertTrue(got.get(0).stream().noneMatch(m -> m.id() == d.ids[7]), "the removed base entry is gone");
        assertTrue(got.get(0).contains(new Match(42, 3)));
        assertEquals(d.ids[9], got.get(2).get(0).id());
    }

    @Test
    void emptyBatchesEmptyIndexesAndBadArguments() {
        HashIndex empty = HashIndex.empty();
        assertEquals(List.of(), empty.queryBatch(new long[0], 0, 31));
        assertEquals(List.of(List.of(), List.of()), empty.queryBatch(new long[8], 2, 31));
        empty.add(5, PdqHash.ofWords(0, 0, 0, 1));
        assertEquals(List.of(List.of(new Match(5, 1))), empty.queryBatch(new long[4], 1, 31));
        assertEquals(List.of(List.of()), empty.queryBatch(new long[4], 1, 0));
        assertThrows(IllegalArgumentException.class, () -> empty.queryBatch(new long[4], 1, -1));
        assertThrows(IllegalArgumentException.class, () -> empty.queryBatch(new long[7], 2, 31));
        assertThrows(IllegalArgumentException.class, () -> empty.queryBatch(new long[4], -1, 31));
        // extra words beyond count are ignored
        assertEquals(1, empty.queryBatch(new long[12], 1, 31).size());
    }

    @Test
    void arrayBytesCountsHashesIdsBucketsAndTheDelta() {
        Data d = HashIndexTest.uniform(1_000, 3);
        HashIndex index = d.index();
        long base = index.arrayBytes();
        long offsets = 0;
        for (int s = 0; s < SubstringLayout.K; s++) {
            offsets += 4L * ((1 << BucketTables.prefixBits(s, 1_000)) + 1);
        }
        // ids 1,000,000.. fit in an int
        assertEquals(1_000L * (32 + 4 + 4 * SubstringLayout.K) + offsets, base);
        index.add(1, d.hash(1));
        assertEquals(base + 1024L * (32 + 8), index.arrayBytes(), "the delta's first 1,024 slots");
    }
}
