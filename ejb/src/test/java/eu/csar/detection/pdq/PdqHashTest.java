package eu.csar.detection.pdq;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The hash as it is exchanged with every other PDQ tool: 64 lowercase hex digits, the big-endian
 * rendering of the 256-bit number whose bit k is bit k of the hash (the last four digits are DCT
 * row 0), read back in either case; anything else is refused with a message saying why.
 */
class PdqHashTest {

    static final String ZEROS = "0".repeat(64);

    static PdqHash random(SplittableRandom rnd) {
        return PdqHash.ofWords(rnd.nextLong(), rnd.nextLong(), rnd.nextLong(), rnd.nextLong());
    }

    @Test
    void hexRoundTripsInEitherCase() {
        SplittableRandom rnd = new SplittableRandom(1);
        for (int i = 0; i < 200; i++) {
            PdqHash h = random(rnd);
            String hex = h.toHex();
            assertEquals(64, hex.length());
            assertEquals(hex.toLowerCase(Locale.ROOT), hex);
            assertEquals(hex, h.toString());
            assertEquals(h, PdqHash.fromHex(hex));
            assertEquals(h, PdqHash.fromHex(hex.toUpperCase(Locale.ROOT)));
        }
        assertEquals(ZEROS, PdqHash.ZERO.toHex());
        assertEquals("f".repeat(64), PdqHash.ofWords(-1, -1, -1, -1).toHex());
    }

    @Test
    void theLastDigitsAreBitZeroAndLeadingZerosAreKept() {
        PdqHash one = PdqHash.fromHex("0".repeat(63) + "1");
        assertEquals(1L, one.word(0));
        assertTrue(one.bit(0));
        assertFalse(one.bit(1));
        assertEquals(1, one.bitCount());

        PdqHash top = PdqHash.fromHex("8" + "0".repeat(63));
        assertEquals(Long.MIN_VALUE, top.word(3));
        assertTrue(top.bit(255));
        assertFalse(top.bit(254));

        PdqHash h = PdqHash.ofWords(0x1L, 0x10L, 0xabcL, 0x0f00000000000000L);
        assertEquals("0f00000000000000" + "0000000000000abc" + "0000000000000010" + "0000000000000001", h.toHex());
        assertTrue(h.bit(64 + 4));
        assertTrue(h.bit(128 + 11));
        assertFalse(h.bit(128 + 12));
        assertTrue(h.bit(192 + 59));
        assertFalse(h.bit(192 + 60));
    }

    @Test
    void bitReadsEveryPositionOfEveryWord() {
        SplittableRandom rnd = new SplittableRandom(2);
        for (int i = 0; i < 20; i++) {
            PdqHash h = random(rnd);
            int set = 0;
            for (int k = 0; k < 256; k++) {
                boolean expected = (h.word(k / 64) >>> (k % 64) & 1) == 1;
                assertEquals(expected, h.bit(k), "bit " + k);
                set += expected ? 1 : 0;
            }
            assertEquals(set, h.bitCount());
        }
    }

    @Test
    void ofBitsSetsExactlyTheGivenBits() {
        SplittableRandom rnd = new SplittableRandom(3);
        boolean[] bits = new boolean[256];
        for (int k = 0; k < 256; k++) {
            bits[k] = rnd.nextBoolean();
        }
        bits[0] = true;
        bits[255] = true;
        PdqHash h = PdqHash.ofBits(bits);
        for (int k = 0; k < 256; k++) {
            assertEquals(bits[k], h.bit(k), "bit " + k);
        }
    }

    @Test
    void distanceCountsTheDifferingBitsInEveryWord() {
        PdqHash all = PdqHash.ofWords(-1, -1, -1, -1);
        assertEquals(256, PdqHash.ZERO.distance(all));
        assertEquals(256, all.bitCount());
        assertEquals(0, all.distance(all));
        assertEquals(4, PdqHash.ZERO.distance(PdqHash.ofWords(1, 2, 4, 8)));
        assertEquals(10, PdqHash.ofWords(0b11, 0, 0, 0).distance(PdqHash.ofWords(0, 0b111, 0b1111, 0b1)));
        assertEquals(9, PdqHash.ofWords(0, 0b11, 0b1111, 0b111).bitCount());
    }

    @Test
    void equalHashesAreEqualWhateverTheirSource() {
        SplittableRandom rnd = new SplittableRandom(4);
        PdqHash h = random(rnd);
        PdqHash same = PdqHash.fromHex(h.toHex());
        assertEquals(h, same);
        assertEquals(h.hashCode(), same.hashCode());
        assertNotEquals(h, PdqHash.ofWords(h.word(0) ^ 1, h.word(1), h.word(2), h.word(3)));
        assertNotEquals(h, PdqHash.ofWords(h.word(0), h.word(1), h.word(2), h.word(3) ^ Long.MIN_VALUE));
        assertNotEquals(h, (Object) h.toHex());
        // Hash codes spread, so that sets and maps of hashes stay fast.
        Set<Integer> codes = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            codes.add(random(rnd).hashCode());
        }
        assertTrue(codes.size() > 990, codes.size() + " distinct hash codes");
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(ints = {0, 3, 63, 65, 128})
    void anythingButSixtyFourDigitsIsRefused(Integer length) {
        String hex = length == null ? null : "0".repeat(length);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> PdqHash.fromHex(hex));
        assertEquals("A PDQ hash is 64 hex digits, got: " + hex, e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 10, 15, 16, 47, 48, 63})
    void aNonHexDigitIsRefusedWithItsPosition(int position) {
        String hex = ZEROS.substring(0, position) + "g" + ZEROS.substring(position + 1);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> PdqHash.fromHex(hex));
        assertEquals("Not a hex digit at position " + position + " in PDQ hash: " + hex, e.getMessage());
    }
}
