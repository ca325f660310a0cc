package eu.csar.detection.pdq;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Quality is 0..100 and a hash is trusted for matching from quality 50; the empty result is the
 * all-zero hash with quality 0. The dihedral transforms carry the labels of the reference tool.
 */
class PdqResultTest {

    @ParameterizedTest
    @ValueSource(ints = {-1, 101, Integer.MIN_VALUE, Integer.MAX_VALUE})
    void qualityOutside0To100IsRefused(int quality) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new PdqResult(PdqHash.ZERO, quality));
        assertEquals("PDQ quality is 0..100, got " + quality, e.getMessage());
    }

    @Test
    void aResultNeedsAHash() {
        assertThrows(NullPointerException.class, () -> new PdqResult(null, 50));
    }

    @Test
    void trustedFromQuality50() {
        assertEquals(50, PdqResult.TRUSTED_QUALITY);
        assertFalse(new PdqResult(PdqHash.ZERO, 0).trusted());
        assertFalse(new PdqResult(PdqHash.ZERO, 49).trusted());
        assertTrue(new PdqResult(PdqHash.ZERO, 50).trusted());
        assertTrue(new PdqResult(PdqHash.ZERO, 100).trusted());
        assertFalse(PdqResult.EMPTY.trusted());
        assertEquals(PdqHash.ZERO, PdqResult.EMPTY.hash());
        assertEquals(0, PdqResult.EMPTY.quality());
    }

    @Test
    void dihedralLabelsAreThoseOfTheReferenceToolInItsOrder() {
        assertArrayEquals(new String[] {"orig", "rot90", "rot180", "rot270", "flipx", "flipy", "flipplus1", "flipminus1"},
                Arrays.stream(Dihedral.values()).map(Dihedral::label).toArray());
        for (Dihedral d : Dihedral.values()) {
            assertEquals(d, Dihedral.ofLabel(d.label()));
        }
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Dihedral.ofLabel("rot45"));
        assertEquals("Unknown dihedral transform: rot45", e.getMessage());
    }
}
