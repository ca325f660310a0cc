package eu.csar.detection.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.csar.detection.ReferenceData;
import eu.csar.detection.pdq.PdqHash;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The index returns exactly what brute force returns (ids and distances), on uniform random
 * data, on clustered data full of near-duplicates, on the reference needles/haystack vector,
 * across online adds, removals, compaction and save/load.
 */
class HashIndexTest {

    /** Hashes packed four longs each, with a brute-force oracle over the same arrays. */
    static final class Data {
        final long[] words;
        final long[] ids;
        final int n;

        Data(int n) {
            this.n = n;
            this.words = new long[4 * n];
            this.ids = new long[n];
        }

        PdqHash hash(int i) {
            return PdqHash.ofWords(words[4 * i], words[4 * i + 1], words[4 * i + 2], words[4 * i + 3]);
        }

        HashIndex index() {
            return HashIndex.build(ids.clone(), words.clone(), n);
        }

        List<Match> brute(PdqHash q, int r) {
            return BruteForce.search(words, ids, n, q.word(0), q.word(1), q.word(2), q.word(3), r);
        }
    }

    static PdqHash flip(PdqHash h, int bits, SplittableRandom rnd) {
        long[] w = {h.word(0), h.word(1), h.word(2), h.word(3)};
        Set<Integer> chosen = new HashSet<>();
        while (chosen.size() < bits) {
            chosen.add(rnd.nextInt(256));
        }
        for (int b : chosen) {
            w[b >>> 6] ^= 1L << (b & 63);
        }
        return PdqHash.ofWords(w[0], w[1], w[2], w[3]);
    }

    static Data uniform(int n, long seed) {
        SplittableRandom rnd = new SplittableRandom(seed);
        Data d = new Data(n);
        for (int i = 0; i < 4 * n; i++) {
            d.words[i] = rnd.nextLong();
        }
        for (int i = 0; i < n; i++) {
            d.ids[i] = 1_000_000L + i;
        }
        return d;
    }

    /** Clusters of near-duplicates: 300 centres with 100 variants each at 0..24 bits. */
    static Data clustered(long seed) {
        SplittableRandom rnd = new SplittableRandom(seed);
        int centres = 300;
        int per = 100;
        Data d = new Data(centres * per);
        for (int c = 0; c < centres; c++) {
            PdqHash centre = PdqHash.ofWords(rnd.nextLong(), rnd.nextLong(), rnd.nextLong(), rnd.nextLong());
            for (int k = 0; k < per; k++) {
                int i = c * per + k;
                PdqHash h = flip(centre, rnd.nextInt(25), rnd);
                for (int w = 0; w < 4; w++) {
                    d.words[4 * i + w] = h.word(w);
                }
                d.ids[i] = i % 7 == 0 ? i / 7 : i; // some ids repeat, as dihedral variants of one indicator do
            }
        }
        return d;
    }

    static List<PdqHash> queries(Data d, int count, long seed) {
        SplittableRandom rnd = new SplittableRandom(seed);
        List<PdqHash> qs = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            if (i % 2 == 0) {
                qs.add(flip(d.hash(rnd.nextInt(d.n)), rnd.nextInt(41), rnd));
            } else {
                qs.add(PdqHash.ofWords(rnd.nextLong(), rnd.nextLong(), rnd.nextLong(), rnd.nextLong()));
            }
        }
        return qs;
    }

    @ParameterizedTest(name = "radius {0}")
    @ValueSource(ints = {0, 1, 5, 10, 11, 21, 31, 32, 40, 48, 64, 128, 256})
    void uniformDataEqualsBruteForce(int radius) {
        Data d = uniform(30_000, radius);
        HashIndex index = d.index();
        // From radius 128 every query matches thousands of hashes (all of them at 256) and the
        // index scans instead of probing, so each query already checks all 30,000 distances and
        // ids against brute force: 100 queries test what 400 did, at a quarter of the sorting.
        int count = radius >= 128 ? 100 : 400;
        for (PdqHash q : queries(d, count, 99 + radius)) {
            assertEquals(d.brute(q, radius), index.query(q, radius), () -> "query " + q);
        }
    }

    @ParameterizedTest(name = "radius {0}")
    @ValueSource(ints = {0, 3, 16, 31, 40, 48, 64})
    void clusteredDataEqualsBruteForce(int radius) {
        Data d = clustered(radius);
        HashIndex index = d.index();
        int nonEmpty = 0;
        for (PdqHash q : queries(d, 600, 7 + radius)) {
            List<Match> expected = d.brute(q, radius);
            nonEmpty += expected.isEmpty() ? 0 : 1;
            assertEquals(expected, index.query(q, radius), () -> "query " + q);
        }
        assertTrue(radius < 16 || nonEmpty > 100, "the clustered queries do find neighbours");
        assertEquals(queries(d, 50, 1).stream().map(q -> d.brute(q, radius)).toList(),
                index.queryAllParallel(queries(d, 50, 1), radius));
    }

    @Test
    void needlesVersusHaystackEqualsTheReferenceVector() throws Exception {
        List<PdqHash> needles = readHashes(ReferenceData.data("reg-test-input/needles.txt"));
        List<PdqHash> haystack = readHashes(ReferenceData.data("reg-test-input/haystack.txt"));
        HashIndex index = HashIndex.empty();
        long[] ids = new long[haystack.size()];
        long[] words = new long[4 * haystack.size()];
        for (int i = 0; i < haystack.size(); i++) {
            ids[i] = i;
            for (int w = 0; w < 4; w++) {
                words[4 * i + w] = haystack.get(i).word(w);
            }
        }
        index = HashIndex.build(ids, words, haystack.size());
        Set<String> expected = new HashSet<>();
        for (String line : ReferenceData.expectedLines("mih-needles-vs-haystack-d32.csv").subList(1,
                ReferenceData.expectedLines("mih-needles-vs-haystack-d32.csv").size())) {
            String[] f = line.split(",");
            expected.add(f[0] + "," + f[1] + "," + f[2]);
        }
        Set<String> actual = new HashSet<>();
        List<List<Match>> results = index.queryAll(needles, 32);
        for (int n = 0; n < needles.size(); n++) {
            for (Match m : results.get(n)) {
                actual.add(n + "," + m.id() + "," + m.distance());
            }
        }
        assertEquals(250, expected.size());
        assertEquals(expected, actual);
    }

    static List<PdqHash> readHashes(Path p) throws Exception {
        List<PdqHash> out = new ArrayList<>();
        for (String line : Files.readAllLines(p)) {
            String t = line.trim();
            if (!t.isEmpty()) {
                out.add(PdqHash.fromHex(t.split("[,\\s]")[0]));
            }
        }
        return out;
    }

    @Test
    void addRemoveCompactSaveLoadStayExact(@TempDir Path dir) throws Exception {
        Data base = clustered(11);
        HashIndex index = base.index();
        // Oracle over everything ever added, with removed entries dropped.
        List<long[]> live = new ArrayList<>();
        for (int i = 0; i < base.n; i++) {
            live.add(new long[] {base.ids[i], base.words[4 * i], base.words[4 * i + 1], base.words[4 * i + 2],
                base.words[4 * i + 3]});
        }
        SplittableRandom rnd = new SplittableRandom(5);
        for (int i = 0; i < 5000; i++) {
            PdqHash h = flip(base.hash(rnd.nextInt(base.n)), rnd.nextInt(30), rnd);
            long id = 5_000_000L + i;
            index.add(id, h);
            live.add(new long[] {id, h.word(0), h.word(1), h.word(2), h.word(3)});
        }
        for (int i = 0; i < 3000; i++) {
            int victim = rnd.nextInt(live.size());
            long[] e = live.remove(victim);
            assertTrue(index.remove(e[0], PdqHash.ofWords(e[1], e[2], e[3], e[4])) >= 1);
            // Same id and hash added twice would both go: keep the oracle in step.
            live.removeIf(o -> o[0] == e[0] && o[1] == e[1] && o[2] == e[2] && o[3] == e[3] && o[4] == e[4]);
        }
        assertEquals(live.size(), index.size());
        Data oracle = new Data(live.size());
        for (int i = 0; i < live.size(); i++) {
            oracle.ids[i] = live.get(i)[0];
            System.arraycopy(live.get(i), 1, oracle.words, 4 * i, 4);
        }
        List<PdqHash> qs = queries(oracle, 300, 3);
        for (PdqHash q : qs) {
            assertEquals(oracle.brute(q, 31), index.query(q, 31));
        }
        Path file = dir.resolve("index.bin");
        index.save(file);
        HashIndex loaded = HashIndex.load(file);
        index.compact();
        assertEquals(0, index.deltaSize());
        for (PdqHash q : qs) {
            List<Match> expected = oracle.brute(q, 31);
            assertEquals(expected, index.query(q, 31));
            assertEquals(expected, loaded.query(q, 31));
        }
        assertEquals(live.size(), loaded.size());
    }

    /**
     * Readers see every add and removal that completed before their query started, and nothing torn.
     * The readers provably run while the writer does: every {@value #CHECKPOINT_EVERY} adds the writer
     * waits until each reader has finished {@value #ROUNDS_PER_CHECKPOINT} more query rounds, so each
     * reader queries at every stage of the writer's run however the threads are scheduled, and the
     * test cannot pass with a reader that never ran.
     */
    @Test
    void queriesRunWhileOtherThreadsAddAndRemove() throws Exception {
        Data d = uniform(50_000, 42);
        HashIndex index = d.index();
        SplittableRandom rnd = new SplittableRandom(8);
        int adds = 20_000;
        PdqHash[] added = new PdqHash[adds];
        for (int i = 0; i < adds; i++) {
            added[i] = flip(d.hash(rnd.nextInt(d.n)), rnd.nextInt(20), rnd);
        }
        AtomicInteger addedCount = new AtomicInteger();
        AtomicInteger removedUpTo = new AtomicInteger();
        AtomicBoolean writerDone = new AtomicBoolean();
        List<Throwable> failures = Collections.synchronizedList(new ArrayList<>());
        int readerCount = 2;
        AtomicInteger[] rounds = new AtomicInteger[readerCount];
        Thread[] readers = new Thread[readerCount];
        for (int r = 0; r < readerCount; r++) {
            long seed = r;
            AtomicInteger myRounds = rounds[r] = new AtomicInteger();
            readers[r] = new Thread(() -> {
                SplittableRandom rr = new SplittableRandom(seed);
                try {
                    while (!writerDone.get()) {
                        int seenAdded = addedCount.get();
                        int seenRemoved = removedUpTo.get();
                        if (seenAdded > 0) {
                            int k = rr.nextInt(seenAdded);
                            List<Match> m = index.query(added[k], 0);
                            assertTrue(m.stream().anyMatch(x -> x.id() == 10_000_000L + k), "added entry visible");
                        }
                        if (seenRemoved > 0) {
                            int v = rr.nextInt(seenRemoved);
                            List<Match> m = index.query(d.hash(v), 0);
                            assertTrue(m.stream().noneMatch(x -> x.id() == d.ids[v]), "removed entry invisible");
                        }
                        for (Match x : index.query(d.hash(rr.nextInt(d.n)), 31)) {
                            assertTrue(x.distance() <= 31);
                        }
                        myRounds.incrementAndGet();
                    }
                } catch (Throwable t) {
                    failures.add(t);
                }
            });
        }
        Thread writer = new Thread(() -> {
            try {
                for (int i = 0; i < adds; i++) {
                    index.add(10_000_000L + i, added[i]);
                    addedCount.set(i + 1);
                    if (i % 4 == 3) {
                        int victim = i / 4; // remove base entry with id 1_000_000 + victim
                        index.remove(d.ids[victim], d.hash(victim));
                        removedUpTo.set(victim + 1);
                    }
                    if (i % CHECKPOINT_EVERY == CHECKPOINT_EVERY - 1) {
                        awaitMoreRounds(rounds, failures);
                    }
                }
            } catch (Throwable t) {
                failures.add(t);
            } finally {
                writerDone.set(true);
            }
        });
        for (Thread t : readers) {
            t.start();
        }
        writer.start();
        writer.join();
        for (Thread t : readers) {
            t.join();
        }
        assertEquals(List.of(), failures);
        for (AtomicInteger r : rounds) {
            assertTrue(r.get() >= adds / CHECKPOINT_EVERY * ROUNDS_PER_CHECKPOINT,
                    "a reader ran only " + r.get() + " query rounds");
        }
        assertEquals(d.n + adds - adds / 4, index.size());
    }

    static final int CHECKPOINT_EVERY = 1_000;
    static final int ROUNDS_PER_CHECKPOINT = 3;

    /** Waits (at most 30 s) until every reader has done {@link #ROUNDS_PER_CHECKPOINT} more query rounds. */
    private static void awaitMoreRounds(AtomicInteger[] rounds, List<Throwable> failures) {
        int[] start = new int[rounds.length];
        for (int i = 0; i < rounds.length; i++) {
            start[i] = rounds[i].get();
        }
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        for (int i = 0; i < rounds.length; i++) {
            int target = start[i] + ROUNDS_PER_CHECKPOINT;
            AtomicInteger r = rounds[i];
            while (r.get() < target) {
                if (!failures.isEmpty()) {
                    throw new AssertionError("a reader failed");
                }
                if (System.nanoTime() > deadline) {
                    throw new AssertionError("a reader did " + r.get() + " of " + target + " query rounds in 30 s");
                }
                LockSupport.parkNanos(50_000);
            }
        }
    }
}
