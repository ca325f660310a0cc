package eu.csar.penalties.domain;

import eu.csar.penalties.api.PenaltyCalculation;
import eu.csar.penalties.api.PenaltyQuestion;
import eu.csar.penalties.api.PenaltyStep;
import eu.csar.shared.domain.RuleViolationException;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * Applies a cap of Art 35 to a proposed penalty and says how the cap was reached. Every division
 * rounds <em>down</em> to the cent, so the cap shown never allows more than the law's share: a fine's
 * cap is the percentage of the annual worldwide turnover; a periodic penalty's is the percentage of
 * the average daily turnover (the annual turnover divided by the business year's days, rounded down
 * first, so that a reader can redo each step from the figures shown), per day, and over the days it
 * runs at most that cap times the days. A proposal above the cap is refused with the Article named;
 * at the cap it is allowed.
 */
public final class PenaltyCalculator {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private PenaltyCalculator() {
    }

    /**
     * The calculation of {@code question} under {@code cap} (of the same kind).
     *
     * @throws RuleViolationException INVALID: field {@code proposedAmount} when it is above the cap,
     *                                field {@code days} when a periodic penalty names none or a fine names some
     */
    public static PenaltyCalculation calculate(PenaltyCap cap, PenaltyQuestion question) {
        if (cap.kind() != question.kind()) {
            throw new IllegalArgumentException("the cap of " + cap.kind() + " does not apply to " + question.kind());
        }
        boolean perDay = question.kind().perDay();
        if (perDay && question.days() == null) {
            throw RuleViolationException.invalid("days",
                    "A periodic penalty payment needs the number of days it runs");
        }
        if (!perDay && question.days() != null) {
            throw RuleViolationException.invalid("days",
                    "Only a periodic penalty payment runs for a number of days");
        }
        List<PenaltyStep> steps = new ArrayList<>();
        BigDecimal annual = cents(question.annualTurnover(), "annualTurnover");
        BigDecimal base = annual;
        BigDecimal daily = null;
        String share = pct(cap.percent()) + " of the " + (perDay ? "average daily" : "annual") + " worldwide turnover"
                + " of the preceding business year" + (perDay ? ", per day" : "");
        steps.add(PenaltyStep.of(perDay ? "penStep.capPeriodic" : "penStep.capFine", pct(cap.percent()), cap.article(),
                cap.profile()));
        if (perDay) {
            daily = annual.divide(BigDecimal.valueOf(question.businessYearDays()), 2, RoundingMode.DOWN);
            base = daily;
            steps.add(PenaltyStep.of("penStep.dailyTurnover", eur(annual), String.valueOf(question.businessYearDays()), eur(daily)));
        }
        BigDecimal capAmount = base.multiply(cap.percent()).divide(HUNDRED, 2, RoundingMode.DOWN);
        steps.add(PenaltyStep.of(perDay ? "penStep.capAmountPeriodic" : "penStep.capAmountFine", pct(cap.percent()), eur(base),
                eur(capAmount)));
        BigDecimal proposed = cents(question.proposedAmount(), "proposedAmount");
        if (proposed.compareTo(capAmount) > 0) {
            throw RuleViolationException.invalid("proposedAmount",
                    eur(proposed) + (perDay ? " per day" : "") + " exceeds the cap of " + eur(capAmount) + (perDay ? " per day" : "")
                            + ": " + share + " (" + cap.article() + ")");
        }
        BigDecimal below = capAmount.subtract(proposed);
        String proposedKey = "penStep.proposed" + (below.signum() == 0 ? "AtCap" : "Within") + (perDay ? "Periodic" : "Fine");
        steps.add(below.signum() == 0 ? PenaltyStep.of(proposedKey, eur(proposed)) : PenaltyStep.of(proposedKey, eur(proposed), eur(below)));
        BigDecimal maximumTotal = capAmount;
        BigDecimal proposedTotal = proposed;
        if (perDay) {
            BigDecimal days = BigDecimal.valueOf(question.days());
            maximumTotal = capAmount.multiply(days);
            proposedTotal = proposed.multiply(days);
            steps.add(PenaltyStep.of("penStep.total", String.valueOf(question.days()), eur(maximumTotal), eur(proposedTotal)));
        }
        return new PenaltyCalculation(question.kind(), cap.profile(), cap.percent(), cap.article(), annual, daily, capAmount,
                proposed, question.days(), maximumTotal, proposedTotal, steps);
    }

    private static BigDecimal cents(BigDecimal amount, String field) {
        if (amount.signum() < 0 || amount.stripTrailingZeros().scale() > 2) {
            throw RuleViolationException.invalid(field,
                    "An amount in euro, not negative, with cents at most");
        }
        return amount.setScale(2, RoundingMode.UNNECESSARY);
    }

    static String eur(BigDecimal amount) {
        return "EUR " + amount.toPlainString();
    }

    private static String pct(BigDecimal percent) {
        return percent.stripTrailingZeros().toPlainString() + "%";
    }
}
