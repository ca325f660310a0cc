package eu.csar.penalties.api;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;

/**
 * The calculator's answer: the cap of the kind asked about under the named legal-profile version,
 * with the Article it comes from, and each step from the turnover to the cap and from the proposed
 * amount to the total, as message keys and arguments ({@link PenaltyStep}) a decision can quote in its language. For a periodic penalty {@code cap} and
 * {@code proposedAmount} are per day, {@code averageDailyTurnover} is set and the totals multiply by
 * {@code days}; for a fine the totals equal the single amounts and {@code days} is null.
 */
public record PenaltyCalculation(PenaltyKind kind, String profile, BigDecimal percent, String article,
                                 BigDecimal annualTurnover, BigDecimal averageDailyTurnover, BigDecimal cap,
                                 BigDecimal proposedAmount, Integer days, BigDecimal maximumTotal, BigDecimal proposedTotal,
                                 List<PenaltyStep> steps) implements Serializable {

    public PenaltyCalculation {
        steps = List.copyOf(steps);
    }
}
