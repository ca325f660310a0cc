package eu.csar.indicators.application;

/**
 * Decodes a PDQ hash's 64 lower-case hex digits (as the indicators table stores them) straight into
 * the four words {@code HashIndex.build} takes, without the {@code PdqHash} object and the
 * {@code Character.digit} calls of {@code PdqHash.fromHex}: the start-up load decodes ten million of
 * them. Same word order as {@code PdqHash.fromHex}: word 0 (bits 0..63) is the last 16 digits.
 */
final class HexWords {

    private static final byte[] DIGIT = new byte[128];

    static {
        java.util.Arrays.fill(DIGIT, (byte) -1);
        for (int c = '0'; c <= '9'; c++) {
            DIGIT[c] = (byte) (c - '0');
        }
        for (int c = 'a'; c <= 'f'; c++) {
            DIGIT[c] = (byte) (c - 'a' + 10);
        }
        for (int c = 'A'; c <= 'F'; c++) {
            DIGIT[c] = (byte) (c - 'A' + 10);
        }
    }

    private HexWords() {
    }

    /** Writes the hash {@code hex} (64 digits) to {@code words[at..at+3]}. */
    static void decodePdq(String hex, long[] words, int at) {
        if (hex.length() != 64) {
            throw new IllegalArgumentException("A PDQ hash is 64 hex digits, got " + hex.length());
        }
        for (int w = 0; w < 4; w++) {
            words[at + w] = word(hex, (3 - w) * 16);
        }
    }

    private static long word(String s, int from) {
        long v = 0;
        for (int i = from; i < from + 16; i++) {
            char c = s.charAt(i);
            int d = c < 128 ? DIGIT[c] : -1;
            if (d < 0) {
                throw new IllegalArgumentException("not a hex digit at position " + i + ": " + s);
            }
            v = (v << 4) | d;
        }
        return v;
    }
}
