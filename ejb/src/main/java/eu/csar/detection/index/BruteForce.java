package eu.csar.detection.index;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Linear scan over hashes packed four longs per hash in one flat array: the ground truth the
 * index is tested against and the baseline it is benchmarked against.
 */
public final class BruteForce {

    private BruteForce() {
    }

    /** Hamming distance between hash {@code a} of array {@code x} and hash {@code b} of array {@code y}. */
    static int distance(long[] x, int a, long[] y, int b) {
        int i = a << 2;
        int j = b << 2;
        return Long.bitCount(x[i] ^ y[j]) + Long.bitCount(x[i + 1] ^ y[j + 1])
                + Long.bitCount(x[i + 2] ^ y[j + 2]) + Long.bitCount(x[i + 3] ^ y[j + 3]);
    }

    /**
     * Every hash among the first {@code n} of {@code words} within {@code radius} of the query
     * (four words, bits 0..63 first), with {@code ids[i]} as id, sorted by distance then id.
     */
    public static List<Match> search(long[] words, long[] ids, int n, long q0, long q1, long q2, long q3, int radius) {
        List<Match> out = new ArrayList<>();
        for (int i = 0, w = 0; i < n; i++, w += 4) {
            int d = Long.bitCount(words[w] ^ q0) + Long.bitCount(words[w + 1] ^ q1)
                    + Long.bitCount(words[w + 2] ^ q2) + Long.bitCount(words[w + 3] ^ q3);
            if (d <= radius) {
                out.add(new Match(ids[i], d));
            }
        }
        Collections.sort(out);
        return out;
    }

    /** How many of the first {@code n} hashes are within {@code radius}: the bare scan, for benchmarks. */
    public static int count(long[] words, int n, long q0, long q1, long q2, long q3, int radius) {
        int c = 0;
        for (int w = 0, end = n << 2; w < end; w += 4) {
            int d = Long.bitCount(words[w] ^ q0) + Long.bitCount(words[w + 1] ^ q1)
                    + Long.bitCount(words[w + 2] ^ q2) + Long.bitCount(words[w + 3] ^ q3);
            if (d <= radius) {
                c++;
            }
        }
        return c;
    }
}
