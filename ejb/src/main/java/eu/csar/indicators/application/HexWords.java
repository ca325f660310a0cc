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
        byte[] ascii = hex.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        decodePdq(ascii, 0, ascii.length, words, at);
    }

    /**
     * Writes the hash in {@code hex[from..from+length)} (64 ASCII digits, as the binary COPY of the
     * start-up load hands them over) to {@code words[at..at+3]}.
     */
    static void decodePdq(byte[] hex, int from, int length, long[] words, int at) {
        if (length != 64) {
            throw new IllegalArgumentException("A PDQ hash is 64 hex digits, got " + length);
        }
        for (int w = 0; w < 4; w++) {
            words[at + w] = word(hex, from + (3 - w) * 16);
        }
    }

    /** The 16 hex digits at {@code hex[from..from+16)} as one word (the first digit highest). */
    static long word(byte[] hex, int from) {
        long v = 0;
        for (int i = from; i < from + 16; i++) {
            int c = hex[i];
            int d = c >= 0 ? DIGIT[c] : -1;
            if (d < 0) {
                throw new IllegalArgumentException("not a hex digit at position " + (i - from) + ": "
                        + new String(hex, from, 16, java.nio.charset.StandardCharsets.ISO_8859_1));
            }
            v = (v << 4) | d;
        }
        return v;
    }
}
