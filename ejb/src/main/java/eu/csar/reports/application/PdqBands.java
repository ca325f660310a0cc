package eu.csar.reports.application;

/**
 * The band keys by which "seen before" finds PDQ hashes within distance {@value #RADIUS} without
 * reading every earlier hash (V31, docs/reports.md "Triage"). A hash's 256 bits are 16 bands of 16
 * bits; band {@code i} of value {@code v} is the key {@code i * 65536 + v}. If two hashes differ in
 * at most 31 bits, one of the 16 bands differs in at most one bit (were every band 2 bits or more
 * apart, the hashes would be 32 apart): so the keys of the query's bands and of each band with one
 * bit flipped (16 * 17 = 272 probes) reach every hash within 31, and the exact distance sorts out the
 * rest. For random hashes about 272 / 65,536 (0.4 %) of the rows share a probe; real PDQ hashes are
 * less even, and flat images share bands more often.
 */
public final class PdqBands {

    /** The distance within which an earlier report's PDQ hash counts as the same item. */
    public static final int RADIUS = 31;
    static final int BANDS = 16;
    static final int BAND_VALUES = 1 << 16;

    private PdqBands() {
    }

    /** The 16 band keys of the hash whose words are {@code words} (w0 = bits 0..63, as {@code PdqHash.word}). */
    public static int[] keys(long[] words) {
        int[] keys = new int[BANDS];
        for (int band = 0; band < BANDS; band++) {
            keys[band] = band * BAND_VALUES + value(words, band);
        }
        return keys;
    }

    /** Every key a hash within {@value #RADIUS} bits must share at least one of: each band as is, and with each bit flipped. */
    public static int[] probes(long[] words) {
        int[] probes = new int[BANDS * 17];
        int n = 0;
        for (int band = 0; band < BANDS; band++) {
            int value = value(words, band);
            probes[n++] = band * BAND_VALUES + value;
            for (int bit = 0; bit < 16; bit++) {
                probes[n++] = band * BAND_VALUES + (value ^ (1 << bit));
            }
        }
        return probes;
    }

    static int value(long[] words, int band) {
        return (int) ((words[band / 4] >>> (16 * (band % 4))) & 0xFFFF);
    }
}
