package eu.csar.penalties.domain;

import eu.csar.penalties.api.PenaltyCalculation;
import eu.csar.penalties.api.PenaltyKind;
import eu.csar.penalties.api.PenaltyStep;
import eu.csar.penalties.api.PenaltyQuestion;
import eu.csar.shared.domain.RuleViolationException;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PenaltyCalculatorTest {

    static final PenaltyCap FINE = new PenaltyCap(PenaltyKind.INFRINGEMENT, new BigDecimal("6"), "Art 35(4), first subparagraph",
            "COM-2022-209 v1");
    static final PenaltyCap INFORMATION = new PenaltyCap(PenaltyKind.INCORRECT_INFORMATION, new BigDecimal("1"),
            "Art 35(4), second subparagraph", "COM-2022-209 v1");
    static final PenaltyCap PERIODIC = new PenaltyCap(PenaltyKind.PERIODIC, new BigDecimal("5"), "Art 35(5)", "COM-2022-209 v1");

    static PenaltyQuestion fine(PenaltyKind kind, String turnover, String proposed) {
        return new PenaltyQuestion(kind, new BigDecimal(turnover), 365, new BigDecimal(proposed), null);
    }

    static PenaltyQuestion periodic(String turnover, int yearDays, String perDay, int days) {
        return new PenaltyQuestion(PenaltyKind.PERIODIC, new BigDecimal(turnover), yearDays, new BigDecimal(perDay), days);
    }

    static RuleViolationException refused(PenaltyCap cap, PenaltyQuestion question) {
        return assertThrows(RuleViolationException.class, () -> PenaltyCalculator.calculate(cap, question));
    }

    @Test
    void aFineAtSixPercentOfTheTurnoverIsAllowedAndOneCentMoreIsRefusedNamingTheArticle() {
        PenaltyCalculation at = PenaltyCalculator.calculate(FINE, fine(PenaltyKind.INFRINGEMENT, "1000000000.00", "60000000.00"));
        assertEquals(new BigDecimal("60000000.00"), at.cap());
        assertEquals(new BigDecimal("60000000.00"), at.maximumTotal());
        assertEquals("Art 35(4), first subparagraph", at.article());
        assertNull(at.averageDailyTurnover());
        assertEquals(PenaltyStep.of("penStep.proposedAtCapFine", "EUR 60000000.00"), at.steps().get(at.steps().size() - 1));

        RuleViolationException over = refused(FINE, fine(PenaltyKind.INFRINGEMENT, "1000000000.00", "60000000.01"));
        assertEquals(RuleViolationException.Code.INVALID, over.code());
        assertEquals("proposedAmount", over.field());
        assertEquals("EUR 60000000.01 exceeds the cap of EUR 60000000.00: 6% of the annual worldwide turnover of the "
                + "preceding business year (Art 35(4), first subparagraph)", over.getMessage());
    }

    @Test
    void wrongInformationIsCappedAtOnePercentNotSix() {
        PenaltyCalculation at = PenaltyCalculator.calculate(INFORMATION,
                fine(PenaltyKind.INCORRECT_INFORMATION, "1000000000.00", "10000000.00"));
        assertEquals(new BigDecimal("10000000.00"), at.cap());
        RuleViolationException over = refused(INFORMATION, fine(PenaltyKind.INCORRECT_INFORMATION, "1000000000.00", "10000000.01"));
        assertTrue(over.getMessage().endsWith("1% of the annual worldwide turnover of the preceding business year "
                + "(Art 35(4), second subparagraph)"), over.getMessage());
    }

    @Test
    void theStepsSayHowTheCapWasReachedAndHowFarBelowTheProposalIs() {
        PenaltyCalculation c = PenaltyCalculator.calculate(FINE, fine(PenaltyKind.INFRINGEMENT, "2500000.50", "100000"));
        assertEquals(List.of(
                PenaltyStep.of("penStep.capFine", "6%", "Art 35(4), first subparagraph", "COM-2022-209 v1"),
                PenaltyStep.of("penStep.capAmountFine", "6%", "EUR 2500000.50", "EUR 150000.03"),
                PenaltyStep.of("penStep.proposedWithinFine", "EUR 100000.00", "EUR 50000.03")), c.steps());
        assertEquals(new BigDecimal("100000.00"), c.proposedTotal());
    }

    @Test
    void aCapIsRoundedDownToTheCentSoItNeverAllowsMoreThanTheShare() {
        // 6 % of 0.99 is 0.0594: the cap is 0.05, and 0.06 (what rounding half-up would allow) is refused
        assertEquals(new BigDecimal("0.05"), PenaltyCalculator.calculate(FINE, fine(PenaltyKind.INFRINGEMENT, "0.99", "0.05")).cap());
        refused(FINE, fine(PenaltyKind.INFRINGEMENT, "0.99", "0.06"));
    }

    @Test
    void aPeriodicPenaltyIsCappedPerDayAtFivePercentOfTheAverageDailyTurnover() {
        PenaltyCalculation at = PenaltyCalculator.calculate(PERIODIC, periodic("365000000.00", 365, "50000.00", 30));
        assertEquals(new BigDecimal("1000000.00"), at.averageDailyTurnover());
        assertEquals(new BigDecimal("50000.00"), at.cap());
        assertEquals(new BigDecimal("1500000.00"), at.maximumTotal());
        assertEquals(new BigDecimal("1500000.00"), at.proposedTotal());
        assertEquals(30, at.days());
        assertEquals(List.of(
                PenaltyStep.of("penStep.capPeriodic", "5%", "Art 35(5)", "COM-2022-209 v1"),
                PenaltyStep.of("penStep.dailyTurnover", "EUR 365000000.00", "365", "EUR 1000000.00"),
                PenaltyStep.of("penStep.capAmountPeriodic", "5%", "EUR 1000000.00", "EUR 50000.00"),
                PenaltyStep.of("penStep.proposedAtCapPeriodic", "EUR 50000.00"),
                PenaltyStep.of("penStep.total", "30", "EUR 1500000.00", "EUR 1500000.00")), at.steps());

        RuleViolationException over = refused(PERIODIC, periodic("365000000.00", 365, "50000.01", 30));
        assertEquals("EUR 50000.01 per day exceeds the cap of EUR 50000.00 per day: 5% of the average daily worldwide "
                + "turnover of the preceding business year, per day (Art 35(5))", over.getMessage());
    }

    @Test
    void aLeapBusinessYearDividesBy366() {
        PenaltyCalculation c = PenaltyCalculator.calculate(PERIODIC, periodic("366000000.00", 366, "1", 1));
        assertEquals(new BigDecimal("1000000.00"), c.averageDailyTurnover());
        assertEquals(PenaltyStep.of("penStep.dailyTurnover", "EUR 366000000.00", "366", "EUR 1000000.00"), c.steps().get(1));
        // the same turnover over 365 days gives a higher average and cap
        assertEquals(new BigDecimal("50136.98"), PenaltyCalculator.calculate(PERIODIC, periodic("366000000.00", 365, "1", 1)).cap());
    }

    @Test
    void aPeriodicPenaltyNeedsItsDaysAndAFineHasNone() {
        assertEquals("days", refused(PERIODIC, new PenaltyQuestion(PenaltyKind.PERIODIC, BigDecimal.TEN, 365, BigDecimal.ONE,
                null)).field());
        assertEquals("days", refused(FINE, new PenaltyQuestion(PenaltyKind.INFRINGEMENT, BigDecimal.TEN, 365, BigDecimal.ONE,
                3)).field());
    }

    @Test
    void fractionsOfACentAndNegativeAmountsAreRefusedByField() {
        assertEquals("proposedAmount", refused(FINE, fine(PenaltyKind.INFRINGEMENT, "100", "0.001")).field());
        assertEquals("annualTurnover", refused(FINE, fine(PenaltyKind.INFRINGEMENT, "-1", "0")).field());
        assertEquals(new BigDecimal("0.00"), PenaltyCalculator.calculate(FINE, fine(PenaltyKind.INFRINGEMENT, "100", "0.000")).proposedAmount());
    }

    @Test
    void aCapOfAnotherKindDoesNotApply() {
        assertThrows(IllegalArgumentException.class, () -> PenaltyCalculator.calculate(INFORMATION,
                fine(PenaltyKind.INFRINGEMENT, "100", "1")));
    }

    @Test
    void aCapIsAPercentage() {
        assertThrows(IllegalArgumentException.class, () -> new PenaltyCap(PenaltyKind.INFRINGEMENT, new BigDecimal("100.01"), "Art", "p"));
        assertThrows(IllegalArgumentException.class, () -> new PenaltyCap(PenaltyKind.INFRINGEMENT, new BigDecimal("-1"), "Art", "p"));
    }
}
