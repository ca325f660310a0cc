package eu.csar.web.penalties.portal;

import eu.csar.penalties.api.PenaltyStep;
import org.junit.jupiter.api.Test;

import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The calculator's steps read in the page's language: English as the calculator used to write them, and Dutch. */
class PenaltyStepTextsTest {

    static final PenaltyStep CAP = PenaltyStep.of("penStep.capFine", "6%", "Art 35(4), first subparagraph", "COM-2022-209 v1");
    static final PenaltyStep WITHIN = PenaltyStep.of("penStep.proposedWithinPeriodic", "EUR 1.00", "EUR 2.00");

    @Test
    void englishIsTheSentenceTheCalculatorWrote() {
        assertEquals("Cap: 6% of the annual worldwide turnover of the preceding business year (Art 35(4), first subparagraph;"
                + " legal profile COM-2022-209 v1)", PenaltyStepTexts.textIn(CAP, Locale.ENGLISH));
        assertEquals("Proposed: EUR 1.00 per day, within the cap (EUR 2.00 below it)", PenaltyStepTexts.textIn(WITHIN, Locale.ENGLISH));
        assertEquals("Over 30 days: at most EUR 3.00; proposed EUR 3.00", PenaltyStepTexts.textIn(
                PenaltyStep.of("penStep.total", "30", "EUR 3.00", "EUR 3.00"), Locale.ENGLISH));
        assertEquals("Over 1 day: at most EUR 0.10; proposed EUR 0.10", PenaltyStepTexts.textIn(
                PenaltyStep.of("penStep.total", "1", "EUR 0.10", "EUR 0.10"), Locale.ENGLISH));
    }

    @Test
    void dutchIsDutch() {
        assertEquals("Over 1 dag: hoogstens EUR 0.10; voorgesteld EUR 0.10", PenaltyStepTexts.textIn(
                PenaltyStep.of("penStep.total", "1", "EUR 0.10", "EUR 0.10"), Locale.forLanguageTag("nl")));
        assertEquals("Over 365 dagen: hoogstens EUR 3.00; voorgesteld EUR 3.00", PenaltyStepTexts.textIn(
                PenaltyStep.of("penStep.total", "365", "EUR 3.00", "EUR 3.00"), Locale.forLanguageTag("nl")));
        assertEquals("Voorgesteld: EUR 1.00 per dag, binnen het plafond (EUR 2.00 eronder)",
                PenaltyStepTexts.textIn(WITHIN, Locale.forLanguageTag("nl")));
        assertEquals("Plafond: 6% van de jaarlijkse wereldwijde omzet in het voorgaande boekjaar (Art 35(4), first subparagraph;"
                + " juridisch profiel COM-2022-209 v1)", PenaltyStepTexts.textIn(CAP, Locale.forLanguageTag("nl")));
    }

    @Test
    void aKeyWithoutTextShowsItsArgumentsAndAConvertedSentenceShowsAsItWas() {
        assertEquals("a b", PenaltyStepTexts.textIn(PenaltyStep.of("penStep.fromALaterVersion", "a", "b"), Locale.ENGLISH));
        assertEquals("an old sentence", PenaltyStepTexts.textIn(PenaltyStep.of("penStep.text", "an old sentence"),
                Locale.forLanguageTag("nl")));
    }
}
