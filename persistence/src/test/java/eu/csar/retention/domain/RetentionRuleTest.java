package eu.csar.retention.domain;

import eu.csar.legal.api.LegalPeriod;
import eu.csar.legal.api.ProfileRef;
import eu.csar.retention.api.RetentionCategory;
import eu.csar.retention.api.RetentionOutcome;
import eu.csar.shared.domain.RuleViolationException;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** When personal data are due, and how an extension holds them until it ends by itself. */
class RetentionRuleTest {

    static final ProfileRef PROFILE = new ProfileRef("COM-2022-209", 1);
    static final RetentionRule TWO_YEARS = new RetentionRule(RetentionCategory.VAULT_ITEM, LegalPeriod.years(2),
            RetentionOutcome.DELETE, "Art 51(4)", PROFILE);
    static final Instant STORED = Instant.parse("2026-03-01T10:15:00Z");

    @Test
    void anItemIsDueExactlyWhenItsPeriodHasRunOnTheCalendar() {
        assertEquals(Instant.parse("2028-03-01T10:15:00Z"), TWO_YEARS.dueAt(STORED));
        assertFalse(TWO_YEARS.isDue(STORED, null, Instant.parse("2028-03-01T10:14:59Z")));
        assertTrue(TWO_YEARS.isDue(STORED, null, Instant.parse("2028-03-01T10:15:00Z")));
        assertEquals(STORED, TWO_YEARS.cutoff(Instant.parse("2028-03-01T10:15:00Z")));
    }

    @Test
    void monthsEndOnTheLastDayOfAShorterMonth() {
        RetentionRule oneMonth = new RetentionRule(RetentionCategory.INDICATOR_REVIEW, LegalPeriod.months(1), RetentionOutcome.RETIRE,
                "Art 46", PROFILE);
        assertEquals(Instant.parse("2027-02-28T08:00:00Z"), oneMonth.dueAt(Instant.parse("2027-01-31T08:00:00Z")));
        assertEquals(Instant.parse("2027-02-28T08:00:00Z"), oneMonth.cutoff(Instant.parse("2027-03-28T08:00:00Z")));
    }

    @Test
    void anExtensionHoldsTheItemUntilItEndsAndThenTheItemIsDueWithoutAnyStep() {
        Instant periodOver = Instant.parse("2028-06-01T00:00:00Z");
        Instant extendedUntil = Instant.parse("2028-09-01T00:00:00Z");
        assertFalse(TWO_YEARS.isDue(STORED, extendedUntil, periodOver), "held while the extension runs");
        assertFalse(TWO_YEARS.isDue(STORED, extendedUntil, extendedUntil.minusSeconds(1)));
        assertTrue(TWO_YEARS.isDue(STORED, extendedUntil, extendedUntil), "the extension ended by itself");
        assertFalse(TWO_YEARS.isDue(STORED, extendedUntil, Instant.parse("2027-01-01T00:00:00Z")),
                "an extension never makes an item due early");
    }

    @Test
    void anExtensionIsBoundedByTheProfilesMaximum() {
        Instant now = Instant.parse("2028-01-31T12:00:00Z");
        assertEquals(Instant.parse("2028-07-31T12:00:00Z"), RetentionRule.extensionUntil(now, LegalPeriod.months(6), LegalPeriod.months(12)));
        assertEquals(Instant.parse("2029-01-31T12:00:00Z"), RetentionRule.extensionUntil(now, LegalPeriod.months(12), LegalPeriod.months(12)));
        RuleViolationException tooLong = assertThrows(RuleViolationException.class,
                () -> RetentionRule.extensionUntil(now, LegalPeriod.months(13), LegalPeriod.months(12)));
        assertEquals("period", tooLong.field());
        assertTrue(tooLong.getMessage().contains("P12M"), tooLong.getMessage());
    }

    @Test
    void theDescriptionNamesTheRuleTheArticleAndTheProfileVersion() {
        assertEquals("retention.vault-item (Art 51(4); DELETE after P2Y, profile COM-2022-209 v1)", TWO_YEARS.describe());
        assertEquals("P2Y", TWO_YEARS.view().period());
        assertEquals(RetentionOutcome.DELETE, TWO_YEARS.view().outcome());
    }
}
