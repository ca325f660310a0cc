package eu.csar.transparency.domain;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SuppressionTest {

    @Test
    void countsFromOneToBelowTheThresholdAreWithheldZeroAndTheThresholdAreShown() {
        Suppression s = new Suppression(10);
        assertEquals("0", s.show(0));
        assertEquals("< 10", s.show(1));
        assertEquals("< 10", s.show(9));
        assertEquals("10", s.show(10));
        assertEquals("12345", s.show(12345));
        assertNull(s.value(9));
        assertEquals(10L, s.value(10));
        assertEquals(0L, s.value(0));
        assertTrue(s.suppresses(1));
        assertFalse(s.suppresses(0));
    }

    @Test
    void derivedFiguresNeedAtLeastThresholdCases() {
        Suppression s = new Suppression(5);
        assertFalse(s.allowsDerivedFrom(4));
        assertTrue(s.allowsDerivedFrom(5));
        assertEquals("< 5", s.show(4));
    }

    @Test
    void theThresholdIsAtLeastOne() {
        assertThrows(IllegalArgumentException.class, () -> new Suppression(0));
        assertEquals("1", new Suppression(1).show(1));
    }
}
