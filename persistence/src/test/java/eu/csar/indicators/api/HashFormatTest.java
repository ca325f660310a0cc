package eu.csar.indicators.api;

import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The one check of a hash's form, shared by indicator lines and report evidence. */
class HashFormatTest {

    static final String HEX64 = "0123456789abcdefABCDEF" + "0".repeat(42);

    @Test
    void lengthsByKind() {
        assertEquals(64, HashFormat.hexLength(IndicatorKind.PDQ));
        assertEquals(32, HashFormat.hexLength(IndicatorKind.MD5));
        assertEquals(64, HashFormat.hexLength(IndicatorKind.SHA256));
        assertThrows(IllegalArgumentException.class, () -> HashFormat.hexLength(IndicatorKind.URL));
    }

    @Test
    void hexDigitsOfEitherCaseAndExactLength() {
        assertTrue(HashFormat.isHex("09afAF", 6));
        assertFalse(HashFormat.isHex("09afAF", 5));
        assertFalse(HashFormat.isHex("09afAG", 6));
        assertFalse(HashFormat.isHex("/:`g@G", 6));
        assertFalse(HashFormat.isHex(null, 6));
    }

    @Test
    void acceptedHashes() {
        assertEquals(Optional.empty(), HashFormat.refusal(IndicatorKind.PDQ, HEX64, 50));
        assertEquals(Optional.empty(), HashFormat.refusal(IndicatorKind.PDQ, HEX64, 100));
        assertEquals(Optional.empty(), HashFormat.refusal(IndicatorKind.SHA256, HEX64, null));
        assertEquals(Optional.empty(), HashFormat.refusal(IndicatorKind.MD5, HEX64.substring(0, 32), null));
    }

    @Test
    void refusalsSayWhy() {
        assertEquals(Optional.of("malformed MD5 hash: expected 32 hexadecimal digits"), HashFormat.refusal(IndicatorKind.MD5, HEX64, null));
        assertEquals(Optional.of("malformed PDQ hash: expected 64 hexadecimal digits"), HashFormat.refusal(IndicatorKind.PDQ, "ab", 90));
        assertEquals(Optional.of("only a PDQ hash has a quality"), HashFormat.refusal(IndicatorKind.SHA256, HEX64, 90));
        assertEquals(Optional.of("malformed line: PDQ hash without its quality"), HashFormat.refusal(IndicatorKind.PDQ, HEX64, null));
        assertEquals(Optional.of("PDQ quality 49 is below 50"), HashFormat.refusal(IndicatorKind.PDQ, HEX64, 49));
        assertEquals(Optional.of("malformed PDQ quality: 101 is not a number from 0 to 100"),
                HashFormat.refusal(IndicatorKind.PDQ, HEX64, 101));
        assertEquals(Optional.of("malformed PDQ quality: -1 is not a number from 0 to 100"),
                HashFormat.refusal(IndicatorKind.PDQ, HEX64, -1));
        assertEquals(Optional.of("a URL is not a hash"), HashFormat.refusal(IndicatorKind.URL, "https://example.org/", null));
    }

    @Test
    void storedInLowerCase() {
        assertEquals("abcdef", HashFormat.normalised("AbCdEf"));
    }
}
