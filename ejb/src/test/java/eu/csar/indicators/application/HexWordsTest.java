package eu.csar.indicators.application;

import eu.csar.detection.pdq.PdqHash;
import org.junit.jupiter.api.Test;

import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The load's hex decoding gives exactly the words of {@code PdqHash.fromHex}, at the offset asked. */
class HexWordsTest {

    @Test
    void sameWordsAsThePdqHashParser() {
        SplittableRandom rnd = new SplittableRandom(9);
        long[] words = new long[8];
        for (int i = 0; i < 2_000; i++) {
            StringBuilder hex = new StringBuilder();
            for (int d = 0; d < 64; d++) {
                hex.append(Character.forDigit(rnd.nextInt(16), 16));
            }
            PdqHash h = PdqHash.fromHex(hex.toString());
            HexWords.decodePdq(hex.toString(), words, 4);
            assertArrayEquals(new long[] {h.word(0), h.word(1), h.word(2), h.word(3)}, java.util.Arrays.copyOfRange(words, 4, 8), hex.toString());
        }
        HexWords.decodePdq("F".repeat(64), words, 0);
        assertArrayEquals(new long[] {-1L, -1L, -1L, -1L}, java.util.Arrays.copyOf(words, 4), "upper case too, as the parser accepts it");
    }

    @Test
    void refusesWhatIsNotAPdqHash() {
        long[] words = new long[4];
        assertThrows(IllegalArgumentException.class, () -> HexWords.decodePdq("ab", words, 0));
        assertThrows(IllegalArgumentException.class, () -> HexWords.decodePdq("g".repeat(64), words, 0));
        assertThrows(IllegalArgumentException.class, () -> HexWords.decodePdq("\u00e9".repeat(64), words, 0));
    }
}
