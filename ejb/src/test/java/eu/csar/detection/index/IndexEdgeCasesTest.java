package eu.csar.detection.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.csar.detection.pdq.PdqHash;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The index at its edges, on small hand-made data whose answers are known without an oracle:
 * hashes planted at exact distances around the radius (0, 31 and 32 around the PDQ threshold, 256
 * the whole space), the documented order of results, the empty index, removal of what is not
 * there, a delta that outgrows its first capacity, and index files that must be refused.
 */
class IndexEdgeCasesTest {

    /** Distances at which hashes are planted around the query. */
    static final int[] PLANTED = {0, 1, 2, 30, 31, 32, 33, 64, 128, 255, 256};

    /**
     * The query hash. Made on each use rather than kept in a static field, like every value produced
     * by production code in these tests: mutation testing reruns the tests in one JVM against changed
     * code, and a static would carry a value made by an earlier version.
     */
    static PdqHash query() {
        return PdqHash.ofWords(0x0123456789abcdefL, 0xfedcba9876543210L, 0x0f0f0f0f0f0f0f0fL, 0x5555aaaa3333ccccL);
    }

    /** The query with {@code d} bits flipped, spread over all eleven substrings (97 is odd: a permutation of 0..255). */
    static PdqHash atDistance(PdqHash q, int d) {
        long[] w = {q.word(0), q.word(1), q.word(2), q.word(3)};
        for (int i = 0; i < d; i++) {
            int bit = (i * 97) & 255;
            w[bit >>> 6] ^= 1L << (bit & 63);
        }
        return PdqHash.ofWords(w[0], w[1], w[2], w[3]);
    }

    /** Id of the hash planted at distance d. */
    static long plantedId(int d) {
        return 100 + d;
    }

    /** The planted hashes in a scrambled order, plus 3000 random ones, as build arrays. */
    static HashIndex plantedIndex() {
        SplittableRandom rnd = new SplittableRandom(31);
        int noise = 3000;
        int n = PLANTED.length + noise;
        long[] ids = new long[n];
        long[] words = new long[4 * n];
        for (int i = 0; i < noise; i++) {
            ids[i] = 10_000 + i;
            for (int w = 0; w < 4; w++) {
                words[4 * i + w] = rnd.nextLong();
            }
        }
        for (int k = 0; k < PLANTED.length; k++) {
            int slot = noise + (k * 7) % PLANTED.length; // not in distance order
            PdqHash h = atDistance(query(), PLANTED[k]);
            ids[slot] = plantedId(PLANTED[k]);
            for (int w = 0; w < 4; w++) {
                words[4 * slot + w] = h.word(w);
            }
        }
        return HashIndex.build(ids, words, n);
    }

    static List<Match> planted(List<Match> matches) {
        return matches.stream().filter(m -> m.id() < 10_000).toList();
    }

    static List<Match> expectedPlanted(int radius) {
        return Arrays.stream(PLANTED).filter(d -> d <= radius).mapToObj(d -> new Match(plantedId(d), d)).toList();
    }

    @ParameterizedTest(name = "radius {0}")
    @ValueSource(ints = {0, 1, 30, 31, 32, 33, 255, 256})
    void exactlyTheHashesWithinTheRadiusAreFound(int radius) {
        HashIndex index = plantedIndex();
        List<Match> found = index.query(query(), radius);
        assertEquals(expectedPlanted(radius), planted(found));
        assertTrue(found.stream().allMatch(m -> m.distance() <= radius), "nothing beyond the radius");
        if (radius == 256) {
            assertEquals(index.size(), found.size(), "radius 256 is the whole index");
        }
    }

    @Test
    void theDefaultRadiusIsThePdqThreshold31() {
        HashIndex index = plantedIndex();
        assertEquals(31, HashIndex.DEFAULT_RADIUS);
        assertEquals(expectedPlanted(31), planted(index.query(query())));
    }

    @Test
    void hashesAddedAfterTheBuildAreFoundAtTheSameEdges() {
        HashIndex index = HashIndex.empty();
        assertEquals(0, index.size());
        assertEquals(List.of(), index.query(query(), 256));
        for (int d : PLANTED) {
            index.add(plantedId(d), atDistance(query(), d));
        }
        assertEquals(PLANTED.length, index.size());
        assertEquals(PLANTED.length, index.deltaSize());
        for (int radius : new int[] {0, 31, 32, 256}) {
            assertEquals(expectedPlanted(radius), index.query(query(), radius), "delta, radius " + radius);
        }
        index.compact();
        assertEquals(0, index.deltaSize());
        assertEquals(PLANTED.length, index.size());
        for (int radius : new int[] {0, 31, 32, 256}) {
            assertEquals(expectedPlanted(radius), index.query(query(), radius), "compacted, radius " + radius);
        }
    }

    @Test
    void aNegativeRadiusIsRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> plantedIndex().query(query(), -1));
        assertEquals("radius must be >= 0, got -1", e.getMessage());
    }

    /** Hashes as build arrays, four words each. */
    static long[] words(PdqHash... hashes) {
        long[] words = new long[4 * hashes.length];
        for (int i = 0; i < hashes.length; i++) {
            for (int w = 0; w < 4; w++) {
                words[4 * i + w] = hashes[i].word(w);
            }
        }
        return words;
    }

    @Test
    void matchesAreOrderedByDistanceThenId() {
        PdqHash q = query();
        PdqHash three = atDistance(q, 3);
        // Ids in descending order, distances mixed, in the base and in the delta.
        HashIndex index = HashIndex.build(new long[] {9, 7, 5}, words(three, atDistance(q, 1), three), 3);
        index.add(6, three);
        index.add(1, atDistance(q, 4));
        assertEquals(List.of(new Match(7, 1), new Match(5, 3), new Match(6, 3), new Match(9, 3), new Match(1, 4)),
                index.query(q, 31));
        assertEquals(List.of(new Match(5, 3), new Match(6, 3), new Match(9, 3)),
                BruteForce.search(words(three, three, three), new long[] {9, 6, 5}, 3, q.word(0), q.word(1), q.word(2),
                        q.word(3), 31));
    }

    @Test
    void removingFromAFreshIndexAndRemovingWhatIsNotThere() {
        HashIndex index = plantedIndex();
        int size = index.size();
        PdqHash h = atDistance(query(), 31);
        assertEquals(0, index.remove(plantedId(30), h), "right hash, wrong id");
        assertEquals(0, index.remove(plantedId(31), atDistance(query(), 30)), "right id, wrong hash");
        assertEquals(size, index.size());
        assertEquals(1, index.remove(plantedId(31), h));
        assertEquals(0, index.remove(plantedId(31), h), "already removed");
        assertEquals(size - 1, index.size());
        assertEquals(expectedPlanted(30), planted(index.query(query(), 31)));
        assertEquals(0, index.deltaSize(), "a removal adds nothing to the delta");
    }

    @Test
    void oneRemovalDisablesTheSameIdAndHashInBaseAndDelta() {
        HashIndex index = plantedIndex();
        int size = index.size();
        PdqHash h = atDistance(query(), 2);
        index.add(plantedId(2), h);
        index.add(plantedId(2), h);
        assertEquals(3, index.remove(plantedId(2), h));
        assertEquals(size - 1, index.size());
        assertFalse(index.query(query(), 2).stream().anyMatch(m -> m.id() == plantedId(2)));
    }

    @Test
    void entriesRemovedFromTheDeltaStayRemovedWhenItGrows() {
        HashIndex index = HashIndex.empty();
        index.add(1, query());
        index.add(2, atDistance(query(), 1));
        assertEquals(1, index.remove(1, query()));
        // Past the first capacity of the delta (1024): its arrays and tombstones are copied.
        for (int i = 0; i < 2000; i++) {
            index.add(1000 + i, atDistance(query(), 40 + i % 200));
        }
        assertEquals(2001, index.size());
        assertEquals(2002, index.deltaSize(), "removed entries stay in the delta until compaction");
        assertEquals(List.of(new Match(2, 1)), index.query(query(), 39));
        assertEquals(1, index.remove(1000 + 1999, atDistance(query(), 40 + 1999 % 200)));
        assertEquals(2000, index.query(query(), 256).size());
    }

    @Test
    void anEmptyIndexSavesAndLoads(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("empty.idx");
        HashIndex.empty().save(file);
        assertEquals(16, Files.size(file), "header only");
        HashIndex loaded = HashIndex.load(file);
        assertEquals(0, loaded.size());
        assertEquals(List.of(), loaded.query(query(), 256));
    }

    /** 40,000 entries: the 160,000 hash words cross the 1 MiB I/O chunk (131,072 longs). */
    @Test
    void aFileLargerThanOneIoChunkRoundTrips(@TempDir Path dir) throws IOException {
        int n = 40_000;
        SplittableRandom rnd = new SplittableRandom(4);
        long[] ids = IntStream.range(0, n).mapToLong(i -> 7L * i + 3).toArray();
        long[] words = rnd.longs(4L * n).toArray();
        HashIndex index = HashIndex.build(ids.clone(), words.clone(), n);
        Path file = dir.resolve("big.idx");
        index.save(file);
        assertEquals(16 + 40L * n, Files.size(file));
        assertFalse(Files.exists(dir.resolve("big.idx.tmp")), "written beside, then moved over");
        HashIndex loaded = HashIndex.load(file);
        assertEquals(n, loaded.size());
        for (int i : new int[] {0, 1, 32_767, 32_768, 39_999}) {
            PdqHash h = PdqHash.ofWords(words[4 * i], words[4 * i + 1], words[4 * i + 2], words[4 * i + 3]);
            assertEquals(List.of(new Match(ids[i], 0)), loaded.query(h, 0), "entry " + i);
        }
    }

    @Test
    void savingReplacesAnExistingFile(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("index.idx");
        Files.writeString(file, "an older, longer file that must be replaced as a whole");
        HashIndex index = HashIndex.empty();
        index.add(42, query());
        index.save(file);
        assertEquals(List.of(new Match(42, 0)), HashIndex.load(file).query(query(), 0));
    }

    static byte[] header(long magic, int version, int n) {
        return ByteBuffer.allocate(16).order(ByteOrder.LITTLE_ENDIAN).putLong(magic).putInt(version).putInt(n).array();
    }

    @Test
    void filesThatAreNotWholeIndexesAreRefusedNamingTheFile(@TempDir Path dir) throws IOException {
        long magic = 0x4353415250445149L;
        byte[] oneEntry = new byte[16 + 40];
        System.arraycopy(header(magic, 1, 1), 0, oneEntry, 0, 16);
        Path good = Files.write(dir.resolve("good.idx"), oneEntry);
        assertEquals(1, HashIndex.load(good).size(), "the hand-made file itself is valid");

        byte[] truncated = Arrays.copyOf(oneEntry, 16 + 39);
        byte[] longer = Arrays.copyOf(oneEntry, 16 + 41);
        byte[] negative = header(magic, 1, -1);
        byte[] wrongMagic = oneEntry.clone();
        wrongMagic[0] ^= 1;
        byte[] wrongVersion = oneEntry.clone();
        wrongVersion[8] = 2;
        List<String[]> cases = new ArrayList<>();
        cases.add(new String[] {"truncated.idx", "truncated or corrupt hash index (1 entries, 55 bytes)"});
        cases.add(new String[] {"longer.idx", "truncated or corrupt hash index (1 entries, 57 bytes)"});
        cases.add(new String[] {"negative.idx", "truncated or corrupt hash index (-1 entries, 16 bytes)"});
        cases.add(new String[] {"magic.idx", "not a hash index file"});
        cases.add(new String[] {"version.idx", "unsupported hash index version 2"});
        byte[][] contents = {truncated, longer, negative, wrongMagic, wrongVersion};
        for (int i = 0; i < contents.length; i++) {
            Path f = Files.write(dir.resolve(cases.get(i)[0]), contents[i]);
            IOException e = assertThrows(IOException.class, () -> HashIndex.load(f), f.toString());
            assertEquals(f + ": " + cases.get(i)[1], e.getMessage());
        }
        Path shortHeader = Files.write(dir.resolve("short.idx"), Arrays.copyOf(oneEntry, 10));
        assertThrows(IOException.class, () -> HashIndex.load(shortHeader));
    }
}
