package eu.csar.load;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.UUID;

/**
 * The synthetic PDQ indicator list of the scale benchmarks: the rows that StartupSeed writes into a
 * database (bin/index-startup-bench, bin/load match), and the list MatchSimulation replays, from the
 * same seed, to know which hashes the node holds without asking it. Deterministic: the same seed and
 * cluster size give the same ids and hashes in the same order. Everything is random bits, never
 * derived from any image: uniform ({@code clusterSize} 1), or groups of {@code clusterSize} around a
 * random centre (the first member), each other member 1-12 distinct bit flips away from it, so
 * within 24 bits of each other, and no member twice in a group (the set holds each value once).
 */
public final class SyntheticPdqList {

    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private final SplittableRandom random;
    private final int clusterSize;
    private final long[] centre = new long[4];
    private final Set<List<Long>> group = new HashSet<>();
    private long index;

    /** One row: its id and its hash's four words ({@code words[0]} holds bits 0..63). */
    public record Entry(UUID id, long[] words) {

        /** The 64 lowercase hex digits of the hash, most significant word first (as PdqHash.toHex). */
        public String hex() {
            char[] hex = new char[64];
            int c = 0;
            for (int w = 3; w >= 0; w--) {
                for (int shift = 60; shift >= 0; shift -= 4) {
                    hex[c++] = HEX[(int) (words[w] >>> shift) & 15];
                }
            }
            return new String(hex);
        }
    }

    public SyntheticPdqList(long seed, int clusterSize) {
        this.random = new SplittableRandom(seed);
        this.clusterSize = Math.max(1, clusterSize);
    }

    /** The next row of the list. */
    public Entry next() {
        boolean first = index % clusterSize == 0;
        index++;
        if (first) {
            for (int w = 0; w < 4; w++) {
                centre[w] = random.nextLong();
            }
            group.clear();
            return new Entry(new UUID(random.nextLong(), random.nextLong()), centre.clone());
        }
        long[] h;
        do {
            h = centre.clone();
            long[] flipped = new long[4];
            for (int f = 1 + random.nextInt(12); f > 0; ) {
                int bit = random.nextInt(256);
                long mask = 1L << (bit & 63);
                if ((flipped[bit >> 6] & mask) == 0) {
                    flipped[bit >> 6] |= mask;
                    h[bit >> 6] ^= mask;
                    f--;
                }
            }
        } while (!group.add(List.of(h[0], h[1], h[2], h[3])));
        return new Entry(new UUID(random.nextLong(), random.nextLong()), h);
    }
}
