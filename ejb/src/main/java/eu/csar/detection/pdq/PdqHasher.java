package eu.csar.detection.pdq;

import java.util.Arrays;

/**
 * PDQ hashing of an image given as float luma, following the published algorithm with the float
 * arithmetic and order of operations of the C++ reference, so that the same luma gives the same
 * bits.
 *
 * <p>Steps: two passes of a Jarosz box filter along rows then columns (window
 * {@code ceil(dimension / 128)}), decimation to 64x64 at pixel centres, the image-domain quality
 * metric, the first 16x16 coefficients of the 2D DCT, and one bit per coefficient above the
 * median. Images under 5 pixels on a side give the all-zero hash with quality 0.
 *
 * <p>An instance keeps its work buffers between calls, so it is cheap to reuse but not thread
 * safe: use one per thread.
 */
public final class PdqHasher {

    static final int MIN_HASHABLE_DIM = 5;
    private static final int JAROSZ_PASSES = 2;

    /** Luma weights of the reference (Rec. 601), as float like the reference. */
    static final float LUMA_R = 0.299f;
    static final float LUMA_G = 0.587f;
    static final float LUMA_B = 0.114f;

    /** Rows 1..16 of the 64-point DCT-II matrix, row-major 16x64, computed like the reference. */
    private static final float[] DCT = dctMatrix();

    /** Work buffers of the blur, kept for the next image no larger than this one (package-private for its test). */
    float[] scratch = new float[0];
    float[] colSums = new float[0];
    private final float[] buffer64x64 = new float[64 * 64];
    private final float[] buffer16x64 = new float[16 * 64];
    private final float[] buffer16x16 = new float[16 * 16];
    private final float[] aux16x16 = new float[16 * 16];
    private final float[] sortBuffer = new float[256];
    private final int[] decimateRows = new int[64];
    private final int[] decimateCols = new int[64];

    private static float[] dctMatrix() {
        float[] d = new float[16 * 64];
        // The reference multiplies a float scale factor by a double cosine and stores the product as float.
        float scale = (float) Math.sqrt(2.0 / 64.0);
        for (int i = 0; i < 16; i++) {
            for (int j = 0; j < 64; j++) {
                d[i * 64 + j] = (float) (scale * Math.cos((Math.PI / 2 / 64.0) * (i + 1) * (2 * j + 1)));
            }
        }
        return d;
    }

    /**
     * Hashes row-major luma of {@code rows x cols} pixels. The array is used as a work buffer and
     * overwritten.
     */
    public PdqResult hash(float[] luma, int rows, int cols) {
        checkSize(luma, rows, cols);
        if (rows < MIN_HASHABLE_DIM || cols < MIN_HASHABLE_DIM) {
            return PdqResult.EMPTY;
        }
        if (rows == 64 && cols == 64) {
            // Like the reference: a 64x64 input (e.g. a video frame already downsampled) is used as is.
            System.arraycopy(luma, 0, buffer64x64, 0, 64 * 64);
        } else {
            blurAndDecimate(luma, rows, cols);
        }
        int quality = quality(buffer64x64);
        dct64To16(buffer64x64, buffer16x64, buffer16x16);
        return new PdqResult(toHash(buffer16x16), quality);
    }

    /**
     * The eight dihedral hashes of row-major luma, indexed by {@link Dihedral#ordinal()}, all with
     * the quality of the original. The array is used as a work buffer and overwritten.
     */
    public PdqResult[] hashDihedral(float[] luma, int rows, int cols) {
        checkSize(luma, rows, cols);
        PdqResult[] out = new PdqResult[8];
        if (rows < MIN_HASHABLE_DIM || cols < MIN_HASHABLE_DIM) {
            Arrays.fill(out, PdqResult.EMPTY);
            return out;
        }
        // The reference's dihedral path always blurs, even a 64x64 input.
        blurAndDecimate(luma, rows, cols);
        int quality = quality(buffer64x64);
        dct64To16(buffer64x64, buffer16x64, buffer16x16);
        for (Dihedral d : Dihedral.values()) {
            transform(d, buffer16x16, aux16x16);
            out[d.ordinal()] = new PdqResult(toHash(aux16x16), quality);
        }
        return out;
    }

    private static void checkSize(float[] luma, int rows, int cols) {
        if (rows < 0 || cols < 0 || (long) rows * cols > luma.length) {
            throw new IllegalArgumentException("Luma buffer of " + luma.length + " floats is too small for "
                    + rows + "x" + cols);
        }
    }

    /** Window size of the Jarosz filter: half of the input pixels per output pixel, rounded up. */
    static int jaroszWindow(int oldDimension, int newDimension) {
        return (oldDimension + 2 * newDimension - 1) / (2 * newDimension);
    }

    private void blurAndDecimate(float[] luma, int rows, int cols) {
        int n = rows * cols;
        if (scratch.length < n) {
            scratch = new float[n];
        }
        if (colSums.length < cols) {
            colSums = new float[cols];
        }
        int windowAlongRows = jaroszWindow(cols, 64);
        int windowAlongCols = jaroszWindow(rows, 64);
        for (int pass = 0; pass < JAROSZ_PASSES; pass++) {
            boxAlongRows(luma, scratch, rows, cols, windowAlongRows);
            boxAlongCols(scratch, luma, rows, cols, windowAlongCols);
        }
        for (int i = 0; i < 64; i++) {
            decimateRows[i] = (int) (((i + 0.5) * rows) / 64);
            decimateCols[i] = (int) (((i + 0.5) * cols) / 64);
        }
        for (int i = 0; i < 64; i++) {
            int rowBase = decimateRows[i] * cols;
            for (int j = 0; j < 64; j++) {
                buffer64x64[i * 64 + j] = luma[rowBase + decimateCols[j]];
            }
        }
    }

    /**
     * One-dimensional box filter along each row. The running sum, its updates and the divisions by
     * the current window size are those of the reference, in the same order.
     */
    static void boxAlongRows(float[] in, float[] out, int rows, int cols, int window) {
        int half = (window + 2) / 2;
        int phase1 = half - 1;
        int phase2 = window - half + 1;
        int phase3 = cols - window;
        int phase4 = half - 1;
        int r = 0;
        // Which loop filters a row does not show in the result: the four-row loop gives each row exactly
        // the one-row loop's float operations. So the mutant that leaves the last group of four to the
        // one-row loop (<= to <) is equivalent and survives; only speed tells them apart.
        for (; r + 4 <= rows; r += 4) {
            boxAlongFourRows(in, out, r * cols, cols, phase1, phase2, phase3, phase4);
        }
        for (; r < rows; r++) {
            int base = r * cols;
            int li = base;
            int ri = base;
            int oi = base;
            float sum = 0.0f;
            int size = 0;
            for (int i = 0; i < phase1; i++) {
                sum += in[ri++];
                size++;
            }
            for (int i = 0; i < phase2; i++) {
                sum += in[ri++];
                size++;
                out[oi++] = sum / size;
            }
            for (int i = 0; i < phase3; i++) {
                sum += in[ri++];
                sum -= in[li++];
                out[oi++] = sum / size;
            }
            for (int i = 0; i < phase4; i++) {
                sum -= in[li++];
                size--;
                out[oi++] = sum / size;
            }
        }
    }

    /**
     * {@link #boxAlongRows} for the four rows starting at {@code base}, interleaved: each row keeps
     * its own running sum and sees exactly the single-row sequence of float operations, but the four
     * independent sums let the processor overlap their additions and divisions (one row alone waits
     * for each addition to finish before the next).
     */
    private static void boxAlongFourRows(float[] in, float[] out, int base, int cols,
            int phase1, int phase2, int phase3, int phase4) {
        int b1 = base + cols;
        int b2 = b1 + cols;
        int b3 = b2 + cols;
        float s0 = 0.0f;
        float s1 = 0.0f;
        float s2 = 0.0f;
        float s3 = 0.0f;
        int li = 0;
        int ri = 0;
        int size = 0;
        for (int i = 0; i < phase1; i++, ri++) {
            s0 += in[base + ri];
            s1 += in[b1 + ri];
            s2 += in[b2 + ri];
            s3 += in[b3 + ri];
            size++;
        }
        int oi = 0;
        for (int i = 0; i < phase2; i++, ri++, oi++) {
            s0 += in[base + ri];
            s1 += in[b1 + ri];
            s2 += in[b2 + ri];
            s3 += in[b3 + ri];
            size++;
            out[base + oi] = s0 / size;
            out[b1 + oi] = s1 / size;
            out[b2 + oi] = s2 / size;
            out[b3 + oi] = s3 / size;
        }
        for (int i = 0; i < phase3; i++, ri++, li++, oi++) {
            s0 += in[base + ri];
            s1 += in[b1 + ri];
            s2 += in[b2 + ri];
            s3 += in[b3 + ri];
            s0 -= in[base + li];
            s1 -= in[b1 + li];
            s2 -= in[b2 + li];
            s3 -= in[b3 + li];
            out[base + oi] = s0 / size;
            out[b1 + oi] = s1 / size;
            out[b2 + oi] = s2 / size;
            out[b3 + oi] = s3 / size;
        }
        for (int i = 0; i < phase4; i++, li++, oi++) {
            s0 -= in[base + li];
            s1 -= in[b1 + li];
            s2 -= in[b2 + li];
            s3 -= in[b3 + li];
            size--;
            out[base + oi] = s0 / size;
            out[b1 + oi] = s1 / size;
            out[b2 + oi] = s2 / size;
            out[b3 + oi] = s3 / size;
        }
    }

    /**
     * The same box filter down each column, computed a whole row at a time (one running sum per
     * column) so that memory is read sequentially; each column sees exactly the reference's
     * sequence of float operations.
     */
    void boxAlongCols(float[] in, float[] out, int rows, int cols, int window) {
        int half = (window + 2) / 2;
        int phase1 = half - 1;
        int phase2 = window - half + 1;
        int phase3 = rows - window;
        int phase4 = half - 1;
        float[] sums = colSums;
        Arrays.fill(sums, 0, cols, 0.0f);
        int li = 0;
        int ri = 0;
        int oi = 0;
        int size = 0;
        for (int i = 0; i < phase1; i++) {
            int rb = ri * cols;
            for (int j = 0; j < cols; j++) {
                sums[j] += in[rb + j];
            }
            ri++;
            size++;
        }
        for (int i = 0; i < phase2; i++) {
            int rb = ri * cols;
            int ob = oi * cols;
            size++;
            for (int j = 0; j < cols; j++) {
                float s = sums[j] + in[rb + j];
                sums[j] = s;
                out[ob + j] = s / size;
            }
            ri++;
            oi++;
        }
        for (int i = 0; i < phase3; i++) {
            int rb = ri * cols;
            int lb = li * cols;
            int ob = oi * cols;
            for (int j = 0; j < cols; j++) {
                float s = sums[j] + in[rb + j];
                s -= in[lb + j];
                sums[j] = s;
                out[ob + j] = s / size;
            }
            ri++;
            li++;
            oi++;
        }
        for (int i = 0; i < phase4; i++) {
            int lb = li * cols;
            int ob = oi * cols;
            size--;
            for (int j = 0; j < cols; j++) {
                float s = sums[j] - in[lb + j];
                sums[j] = s;
                out[ob + j] = s / size;
            }
            li++;
            oi++;
        }
    }

    /** The reference's heuristic: count significant gradients in the 64x64 downsample. */
    static int quality(float[] b) {
        int gradientSum = 0;
        for (int i = 0; i < 63; i++) {
            for (int j = 0; j < 64; j++) {
                float u = b[i * 64 + j];
                float v = b[(i + 1) * 64 + j];
                int d = (int) (((u - v) * 100) / 255);
                gradientSum += Math.abs(d);
            }
        }
        for (int i = 0; i < 64; i++) {
            for (int j = 0; j < 63; j++) {
                float u = b[i * 64 + j];
                float v = b[i * 64 + j + 1];
                int d = (int) (((u - v) * 100) / 255);
                gradientSum += Math.abs(d);
            }
        }
        return Math.min(gradientSum / 90, 100);
    }

    /**
     * Coefficients (1..16)x(1..16) of the 2D DCT of the 64x64 buffer: {@code B = D A D^T} with the
     * intermediate {@code T = D A}; every dot product is accumulated in float in ascending k, as in
     * the reference.
     */
    static void dct64To16(float[] a, float[] t, float[] b) {
        float[] d = DCT;
        Arrays.fill(t, 0.0f);
        for (int i = 0; i < 16; i++) {
            int tb = i * 64;
            for (int k = 0; k < 64; k++) {
                float dik = d[i * 64 + k];
                int ab = k * 64;
                for (int j = 0; j < 64; j++) {
                    t[tb + j] += dik * a[ab + j];
                }
            }
        }
        for (int i = 0; i < 16; i++) {
            for (int j = 0; j < 16; j++) {
                float sum = 0.0f;
                int tb = i * 64;
                int db = j * 64;
                for (int k = 0; k < 64; k++) {
                    sum += t[tb + k] * d[db + k];
                }
                b[i * 16 + j] = sum;
            }
        }
    }

    /** The DCT of a rotated or mirrored image, derived from the original's by sign flips and transposition. */
    static void transform(Dihedral d, float[] a, float[] b) {
        // The parity of i + j is written (i ^ j) & 1: with i + j, the mutant i - j had the same parity
        // and survived, running every dihedral test; XOR's mutant (AND) has another.
        for (int i = 0; i < 16; i++) {
            for (int j = 0; j < 16; j++) {
                float v = a[i * 16 + j];
                switch (d) {
                    case ORIGINAL -> b[i * 16 + j] = v;
                    case ROTATE_90 -> b[j * 16 + i] = (j & 1) != 0 ? v : -v;
                    case ROTATE_180 -> b[i * 16 + j] = ((i ^ j) & 1) != 0 ? -v : v;
                    case ROTATE_270 -> b[j * 16 + i] = (i & 1) != 0 ? v : -v;
                    case FLIP_X -> b[i * 16 + j] = (i & 1) != 0 ? v : -v;
                    case FLIP_Y -> b[i * 16 + j] = (j & 1) != 0 ? v : -v;
                    case FLIP_PLUS_1 -> b[j * 16 + i] = v;
                    case FLIP_MINUS_1 -> b[j * 16 + i] = ((i ^ j) & 1) != 0 ? -v : v;
                    default -> throw new IllegalStateException("Unknown transform " + d);
                }
            }
        }
    }

    /** One bit per coefficient strictly above the median (the 128th smallest of the 256, as Torben's method gives). */
    private PdqHash toHash(float[] coefficients) {
        System.arraycopy(coefficients, 0, sortBuffer, 0, 256);
        Arrays.sort(sortBuffer);
        float median = sortBuffer[127];
        long w0 = 0;
        long w1 = 0;
        long w2 = 0;
        long w3 = 0;
        for (int k = 0; k < 64; k++) {
            if (coefficients[k] > median) {
                w0 |= 1L << k;
            }
            if (coefficients[64 + k] > median) {
                w1 |= 1L << k;
            }
            if (coefficients[128 + k] > median) {
                w2 |= 1L << k;
            }
            if (coefficients[192 + k] > median) {
                w3 |= 1L << k;
            }
        }
        return PdqHash.ofWords(w0, w1, w2, w3);
    }
}
