package eu.csar.indicators.application;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FloodRuleTest {

    final FloodRule rule = new FloodRule(1, 28, 10, 100);

    @Test
    void aBurstOverANewIndicatorWithoutHistoryFloods() {
        assertTrue(rule.floods(100, 0));
        assertFalse(rule.floods(99, 0), "below the minimum count nothing floods");
    }

    @Test
    void theBaselineIsScaledToTheWindow() {
        assertEquals(10.0, rule.expected(280), 1e-9);
        assertEquals(1.0, rule.expected(0), 1e-9);
        assertEquals(1.0, rule.expected(14), 1e-9, "less than one match per window counts as one");
        assertEquals(20.0, new FloodRule(2, 28, 10, 100).expected(280), 1e-9);
    }

    @Test
    void onlyFarAboveItsOwnBaselineFloods() {
        // baseline 280 in 28 days = 10 a day; factor 10: more than 100 floods
        assertFalse(rule.floods(100, 280));
        assertTrue(rule.floods(101, 280));
        // a popular indicator: 1,000 a day normally; 5,000 today is a jump but not tenfold
        assertFalse(rule.floods(5_000, 28_000));
        assertTrue(rule.floods(10_001, 28_000));
    }

    @Test
    void theReasonSaysWhy() {
        assertEquals("flood rule: 150 matches in 1 day(s) against a baseline of 10.0 (factor 10.0, minimum 100)", rule.reason(150, 280));
    }

    @Test
    void nonsensicalRulesAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> new FloodRule(0, 28, 10, 100));
        assertThrows(IllegalArgumentException.class, () -> new FloodRule(1, 0, 10, 100));
        assertThrows(IllegalArgumentException.class, () -> new FloodRule(1, 28, 1.0, 100));
        assertThrows(IllegalArgumentException.class, () -> new FloodRule(1, 28, 10, 0));
        new FloodRule(1, 1, 1.01, 1);
    }
}
