package eu.csar.technologies.domain;

import eu.csar.shared.domain.RuleViolationException;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What an entry says: rates in percent with at most 4 decimals, texts within their length, optional reasons; refusals at the field. */
class TechnologyFieldsTest {

    static void refusedAt(String field, Runnable attempt) {
        RuleViolationException refused = assertThrows(RuleViolationException.class, attempt::run);
        assertEquals(field, refused.field());
        assertEquals(RuleViolationException.Code.INVALID, refused.code());
    }

    @Test
    void aRateIsInPercentFromZeroToAHundredWithAtMostFourDecimals() {
        assertEquals(new BigDecimal("100.0000"), TechnologyFields.rate(new BigDecimal("100"), "r"));
        assertEquals(new BigDecimal("0.0000"), TechnologyFields.rate(BigDecimal.ZERO, "r"));
        assertEquals(new BigDecimal("1.2345"), TechnologyFields.rate(new BigDecimal("1.234500"), "r"), "trailing zeros do not count");
        refusedAt("falsePositiveRate", () -> TechnologyFields.rate(new BigDecimal("0.00001"), "falsePositiveRate"));
        refusedAt("r", () -> TechnologyFields.rate(new BigDecimal("100.0001"), "r"));
        refusedAt("r", () -> TechnologyFields.rate(new BigDecimal("-0.0001"), "r"));
        refusedAt("r", () -> TechnologyFields.rate(null, "r"));
    }

    @Test
    void aTextIsRequiredTrimmedAndBounded() {
        assertEquals("abc", TechnologyFields.requiredText("  abc ", "name", "A name", 3));
        refusedAt("name", () -> TechnologyFields.requiredText(" ", "name", "A name", 3));
        refusedAt("name", () -> TechnologyFields.requiredText(null, "name", "A name", 3));
        RuleViolationException tooLong = assertThrows(RuleViolationException.class, () -> TechnologyFields.requiredText("abcd", "name", "A name", 3));
        assertEquals("name", tooLong.field());
        assertTrue(tooLong.getMessage().contains("At most 3 characters"), tooLong.getMessage());
        assertEquals("abc", TechnologyFields.bounded("abc", "f", 3));
        refusedAt("f", () -> TechnologyFields.bounded("abcd", "f", 3));
    }

    @Test
    void aReasonMayBeLeftOutAndIsBounded() {
        assertNull(TechnologyFields.optional(null, "reason"));
        assertNull(TechnologyFields.optional("  ", "reason"));
        assertEquals("why", TechnologyFields.optional(" why ", "reason"));
        String longest = "x".repeat(Technology.MAX_REASON);
        assertEquals(longest, TechnologyFields.optional(" " + longest + " ", "reason"));
        refusedAt("reason", () -> TechnologyFields.optional(longest + "x", "reason"));
    }
}
