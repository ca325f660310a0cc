package eu.csar.detection.pdq;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The hasher on luma made here, for what the reference files do not reach: buffers of the wrong
 * size are refused, images under 5 pixels on a side give the empty result in both modes, a 64x64
 * input is used as is and every pixel of an image counts, and the box filter is exactly the
 * Jarosz window of the reference at the edges of rows and columns too (the reference photos are
 * decimated far from those edges, so their hashes cannot show it).
 */
class PdqHasherTest {

    /** A smooth picture with a few blobs: hashes with high quality. */
    static float[] picture(int rows, int cols, long seed) {
        SplittableRandom rnd = new SplittableRandom(seed);
        float[] luma = new float[rows * cols];
        double[][] blobs = new double[6][];
        for (int b = 0; b < blobs.length; b++) {
            blobs[b] = new double[] {rnd.nextDouble() * rows, rnd.nextDouble() * cols, 4 + rnd.nextDouble() * rows / 3,
                rnd.nextDouble() * 200 - 100};
        }
        for (int y = 0; y < rows; y++) {
            for (int x = 0; x < cols; x++) {
                double v = 128;
                for (double[] b : blobs) {
                    double d2 = (y - b[0]) * (y - b[0]) + (x - b[1]) * (x - b[1]);
                    v += b[3] * Math.exp(-d2 / (2 * b[2] * b[2]));
                }
                luma[y * cols + x] = (float) Math.rint(Math.max(0, Math.min(255, v)));
            }
        }
        return luma;
    }

    @Test
    void aBufferTooSmallForTheSizeIsRefused() {
        PdqHasher hasher = new PdqHasher();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> hasher.hash(new float[24], 5, 5));
        assertEquals("Luma buffer of 24 floats is too small for 5x5", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> hasher.hashDihedral(new float[24], 5, 5));
        assertThrows(IllegalArgumentException.class, () -> hasher.hash(new float[99], 10, 10));
        assertThrows(IllegalArgumentException.class, () -> hasher.hash(new float[100], 100, 2));
        assertThrows(IllegalArgumentException.class, () -> hasher.hash(new float[100], -1, 5));
        assertThrows(IllegalArgumentException.class, () -> hasher.hash(new float[100], 5, -1));
        assertThrows(IllegalArgumentException.class, () -> hasher.hashDihedral(new float[100], 5, -1));
    }

    @Test
    void aLargerBufferIsReadOnlyAsFarAsTheSize() {
        float[] exact = picture(40, 30, 1);
        float[] larger = Arrays.copyOf(exact, exact.length + 100);
        Arrays.fill(larger, exact.length, larger.length, 255f);
        PdqHasher hasher = new PdqHasher();
        PdqResult expected = hasher.hash(exact.clone(), 40, 30);
        assertEquals(expected, hasher.hash(larger, 40, 30));
        assertTrue(expected.quality() > 0);
    }

    @ParameterizedTest(name = "{0}x{1}")
    @CsvSource({"0,0", "0,10", "10,0", "4,4", "4,5", "5,4", "4,1000", "1000,4"})
    void underFivePixelsOnASideGivesTheEmptyResultInBothModes(int rows, int cols) {
        PdqHasher hasher = new PdqHasher();
        float[] luma = rows * cols == 0 ? new float[0] : picture(rows, cols, 2);
        assertEquals(PdqResult.EMPTY, hasher.hash(luma.clone(), rows, cols));
        PdqResult[] all = hasher.hashDihedral(luma.clone(), rows, cols);
        assertEquals(8, all.length);
        assertTrue(Arrays.stream(all).allMatch(PdqResult.EMPTY::equals));
    }

    @ParameterizedTest(name = "{0}x{1}")
    @CsvSource({"5,5", "5,6", "6,5"})
    void fivePixelsOnASideAreHashedInBothModes(int rows, int cols) {
        PdqHasher hasher = new PdqHasher();
        float[] luma = new float[rows * cols];
        luma[2 * cols + 2] = 255;
        assertNotEquals(PdqHash.ZERO, hasher.hash(luma.clone(), rows, cols).hash());
        PdqResult[] all = hasher.hashDihedral(luma.clone(), rows, cols);
        assertTrue(Arrays.stream(all).noneMatch(r -> r.hash().equals(PdqHash.ZERO)));
    }

    /**
     * Like the reference, a 64x64 input skips the blur (window 1 would not change integer luma
     * anyway), so it gives what the dihedral path, which always blurs, gives as its original.
     */
    @Test
    void a64x64InputIsUsedAsIs() {
        float[] luma = picture(64, 64, 3);
        PdqHasher hasher = new PdqHasher();
        PdqResult direct = hasher.hash(luma.clone(), 64, 64);
        assertTrue(direct.quality() > 0);
        assertNotEquals(PdqHash.ZERO, direct.hash());
        assertEquals(hasher.hashDihedral(luma.clone(), 64, 64)[Dihedral.ORIGINAL.ordinal()], direct);
        // A second image through the same hasher is not confused with the first.
        float[] other = picture(64, 64, 4);
        assertEquals(new PdqHasher().hash(other.clone(), 64, 64), hasher.hash(other.clone(), 64, 64));
    }

    /**
     * Two images that differ only in their last quarter of rows hash far apart, whatever their shape
     * (in particular with 64 rows or 64 columns, next to the 64x64 shortcut).
     */
    @ParameterizedTest(name = "{0}x{1}")
    @CsvSource({"64,64", "100,64", "64,100", "120,90"})
    void theLastRowsCount(int rows, int cols) {
        float[] a = picture(rows, cols, 5);
        float[] b = a.clone();
        for (int i = (rows - rows / 4) * cols; i < rows * cols; i++) {
            b[i] = 255 - b[i];
        }
        PdqHasher hasher = new PdqHasher();
        int d = hasher.hash(a, rows, cols).hash().distance(hasher.hash(b, rows, cols).hash());
        assertTrue(d > 31, "distance " + d);
    }

    /**
     * Output pixel o of the box filter is the mean of the input over [o - (w - h), o + h - 1],
     * clipped to the row, with h = (w + 2) / 2: the window of the reference's Jarosz filter. On
     * small integers every float sum is exact, so the filter must equal this definition exactly.
     */
    static float[] boxDefinition(float[] in, int rows, int cols, int window, boolean alongRows) {
        int half = (window + 2) / 2;
        int length = alongRows ? cols : rows;
        float[] out = new float[rows * cols];
        for (int line = 0; line < (alongRows ? rows : cols); line++) {
            for (int o = 0; o < length; o++) {
                int from = Math.max(0, o - (window - half));
                int to = Math.min(length - 1, o + half - 1);
                int sum = 0;
                for (int k = from; k <= to; k++) {
                    sum += (int) in[alongRows ? line * cols + k : k * cols + line];
                }
                out[alongRows ? line * cols + o : o * cols + line] = (float) sum / (to - from + 1);
            }
        }
        return out;
    }

    @Test
    void theBoxFilterAveragesTheReferenceWindowUpToTheEdges() {
        SplittableRandom rnd = new SplittableRandom(6);
        PdqHasher hasher = new PdqHasher();
        // The column filter keeps one running sum per column in the hasher's buffers, which hashing
        // an image at least as wide allocates.
        hasher.hash(new float[9 * 40], 9, 40);
        // 3 rows take the one-row loop only; 9 rows, two groups of four interleaved rows and one more.
        for (int window = 1; window <= 9; window++) {
            for (int length = window; length <= 30; length += 1 + length % 4) {
                int rows = window % 2 == 0 ? 3 : 9;
                float[] in = new float[rows * length];
                for (int i = 0; i < in.length; i++) {
                    in[i] = rnd.nextInt(256);
                }
                float[] out = new float[in.length];
                PdqHasher.boxAlongRows(in, out, rows, length, window);
                assertArrayEquals(boxDefinition(in, rows, length, window, true), out,
                        "rows of " + length + ", window " + window);
                // The same values as a column of `length` rows and 3 columns.
                float[] col = new float[in.length];
                for (int r = 0; r < length; r++) {
                    for (int c = 0; c < rows; c++) {
                        col[r * rows + c] = in[c * length + r];
                    }
                }
                float[] colOut = new float[col.length];
                hasher.boxAlongCols(col, colOut, length, rows, window);
                assertArrayEquals(boxDefinition(col, length, rows, window, false), colOut,
                        "columns of " + length + ", window " + window);
            }
        }
    }

    /**
     * A hasher is cheap to reuse: an image no larger than the largest before it allocates no new work
     * buffers, a larger one gets buffers of its own size. (The image tests cannot see this; without
     * this test the mutants that reallocate survived and ran every image test, about 50 s a run.)
     */
    @Test
    void aReusedHasherKeepsItsWorkBuffersForImagesNoLarger() {
        PdqHasher hasher = new PdqHasher();
        hasher.hash(picture(9, 8, 1), 9, 8);
        float[] scratch = hasher.scratch;
        float[] sums = hasher.colSums;
        assertEquals(72, scratch.length);
        assertEquals(8, sums.length);
        hasher.hash(picture(9, 8, 2), 9, 8);
        hasher.hashDihedral(picture(8, 6, 3), 8, 6);
        assertSame(scratch, hasher.scratch, "the blur's buffer is kept");
        assertSame(sums, hasher.colSums, "the column sums are kept");
        hasher.hash(picture(10, 9, 4), 10, 9);
        assertEquals(90, hasher.scratch.length);
        assertEquals(9, hasher.colSums.length);
    }

    @ParameterizedTest(name = "{0} to {1}")
    @CsvSource({"5,1", "64,1", "65,1", "128,1", "129,2", "256,2", "257,3", "1600,13", "4032,32"})
    void theWindowIsHalfTheInputPixelsPerOutputPixelRoundedUp(int dimension, int window) {
        assertEquals(window, PdqHasher.jaroszWindow(dimension, 64));
    }
}
