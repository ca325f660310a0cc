package eu.csar.benchmark;

import java.util.SplittableRandom;

/**
 * The synthetic hash sets of the index benchmarks (no images: random 256-bit words).
 *
 * <ul>
 *   <li>{@code uniform}: every hash uniformly random.
 *   <li>{@code clustered}: groups of 10 hashes within 24 bits of a common random centre, a quarter
 *       of them within 2 bits (near-duplicates, as real lists of re-encoded images have). Buckets
 *       of such data are uneven, which is what must not make the index degenerate.
 * </ul>
 *
 * Queries: half near-duplicates of indexed hashes (0..30 bits flipped), half random.
 */
final class IndexData {

    static final int GROUP = 10;

    private IndexData() {
    }

    static long[] hashes(String kind, int n, long seed) {
        SplittableRandom rnd = new SplittableRandom(seed);
        long[] words = new long[4 * n];
        switch (kind) {
            case "uniform" -> {
                for (int i = 0; i < words.length; i++) {
                    words[i] = rnd.nextLong();
                }
            }
            case "clustered" -> {
                long[] centre = new long[4];
                for (int i = 0; i < n; i++) {
                    if (i % GROUP == 0) {
                        for (int w = 0; w < 4; w++) {
                            centre[w] = rnd.nextLong();
                        }
                    }
                    System.arraycopy(centre, 0, words, 4 * i, 4);
                    int flips = rnd.nextInt(4) == 0 ? rnd.nextInt(3) : rnd.nextInt(25);
                    flip(words, i, flips, rnd);
                }
            }
            default -> throw new IllegalArgumentException("unknown data set " + kind);
        }
        return words;
    }

    static long[] queries(long[] words, int n, int count, long seed) {
        SplittableRandom rnd = new SplittableRandom(seed);
        long[] queries = new long[4 * count];
        for (int q = 0; q < count; q++) {
            if (q % 2 == 0) {
                System.arraycopy(words, 4 * rnd.nextInt(n), queries, 4 * q, 4);
                flip(queries, q, rnd.nextInt(31), rnd);
            } else {
                for (int w = 0; w < 4; w++) {
                    queries[4 * q + w] = rnd.nextLong();
                }
            }
        }
        return queries;
    }

    /** Flips up to {@code flips} random bits of hash {@code i} (a bit may repeat, so distance <= flips). */
    private static void flip(long[] words, int i, int flips, SplittableRandom rnd) {
        for (int f = 0; f < flips; f++) {
            int bit = rnd.nextInt(256);
            words[4 * i + (bit >>> 6)] ^= 1L << (bit & 63);
        }
    }

    /** Brute force with id = slot: the oracle for the setup checks. */
    static int[] bruteForce(long[] words, int n, long[] q, int qi, int radius) {
        int[] hits = new int[16];
        int k = 0;
        long q0 = q[4 * qi];
        long q1 = q[4 * qi + 1];
        long q2 = q[4 * qi + 2];
        long q3 = q[4 * qi + 3];
        for (int i = 0, w = 0; i < n; i++, w += 4) {
            int d = Long.bitCount(words[w] ^ q0) + Long.bitCount(words[w + 1] ^ q1) + Long.bitCount(words[w + 2] ^ q2)
                    + Long.bitCount(words[w + 3] ^ q3);
            if (d <= radius) {
                if (k == hits.length) {
                    hits = java.util.Arrays.copyOf(hits, 2 * k);
                }
                hits[k++] = i;
            }
        }
        return java.util.Arrays.copyOf(hits, k);
    }
}
