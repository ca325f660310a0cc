package eu.csar.detection.pdq;

import java.util.Arrays;

/**
 * A 256-bit PDQ hash, immutable.
 *
 * <p>Bit {@code k} (0..255) is set when DCT coefficient {@code (k / 16, k % 16)} is above the
 * median. The text form is the one every PDQ tool exchanges: 64 lowercase hex digits, the
 * big-endian rendering of the 256-bit integer whose bit {@code k} is bit {@code k} of the hash
 * (so the last four digits are DCT row 0). Internally four longs, {@code word(0)} holding bits
 * 0..63.
 */
public final class PdqHash {

    /** The all-zero hash, given to images too small or featureless to hash. */
    public static final PdqHash ZERO = new PdqHash(new long[4]);

    private final long[] words;

    private PdqHash(long[] words) {
        this.words = words;
    }

    /** A hash from its four 64-bit words, {@code w0} holding bits 0..63. */
    public static PdqHash ofWords(long w0, long w1, long w2, long w3) {
        return new PdqHash(new long[] {w0, w1, w2, w3});
    }

    /** A hash from the 256 bits given as a boolean per bit index. */
    static PdqHash ofBits(boolean[] bits) {
        long[] w = new long[4];
        for (int k = 0; k < 256; k++) {
            if (bits[k]) {
                w[k >>> 6] |= 1L << (k & 63);
            }
        }
        return new PdqHash(w);
    }

    /**
     * Parses the 64-hex-digit text form (upper or lower case).
     *
     * @throws IllegalArgumentException if the text is not exactly 64 hex digits
     */
    public static PdqHash fromHex(String hex) {
        if (hex == null || hex.length() != 64) {
            throw new IllegalArgumentException("A PDQ hash is 64 hex digits, got: " + hex);
        }
        long[] w = new long[4];
        for (int i = 0; i < 4; i++) {
            int from = (3 - i) * 16;
            w[i] = parseHex64(hex, from);
        }
        return new PdqHash(w);
    }

    private static long parseHex64(String s, int from) {
        long v = 0;
        for (int i = from; i < from + 16; i++) {
            int d = Character.digit(s.charAt(i), 16);
            if (d < 0) {
                throw new IllegalArgumentException("Not a hex digit at position " + i + " in PDQ hash: " + s);
            }
            v = (v << 4) | d;
        }
        return v;
    }

    /** Word {@code i} (0..3) of the hash; word 0 holds bits 0..63. */
    public long word(int i) {
        return words[i];
    }

    /** Whether bit {@code k} (0..255) is set. */
    public boolean bit(int k) {
        return (words[k >>> 6] >>> (k & 63) & 1L) != 0;
    }

    /** Number of differing bits. */
    public int distance(PdqHash other) {
        return Long.bitCount(words[0] ^ other.words[0]) + Long.bitCount(words[1] ^ other.words[1])
                + Long.bitCount(words[2] ^ other.words[2]) + Long.bitCount(words[3] ^ other.words[3]);
    }

    /** Number of set bits. */
    public int bitCount() {
        return Long.bitCount(words[0]) + Long.bitCount(words[1]) + Long.bitCount(words[2]) + Long.bitCount(words[3]);
    }

    /** The 64 lowercase hex digits exchanged by every PDQ tool. */
    public String toHex() {
        StringBuilder sb = new StringBuilder(64);
        for (int i = 3; i >= 0; i--) {
            String h = Long.toHexString(words[i]);
            for (int pad = h.length(); pad < 16; pad++) {
                sb.append('0');
            }
            sb.append(h);
        }
        return sb.toString();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PdqHash && Arrays.equals(words, ((PdqHash) o).words);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(words);
    }

    @Override
    public String toString() {
        return toHex();
    }
}
