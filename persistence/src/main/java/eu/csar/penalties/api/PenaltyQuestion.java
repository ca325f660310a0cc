package eu.csar.penalties.api;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import java.math.BigDecimal;

/**
 * What a Coordinating Authority asks the penalty calculator: the kind of penalty, the provider's
 * annual worldwide turnover in the preceding business year (euro, cents at most), the length of that
 * business year in days (365 or 366: the average daily turnover of Art 35(5) divides by it), the
 * amount it proposes (for a periodic penalty, per day) and, for a periodic penalty only, the number
 * of days it runs (null otherwise).
 */
public record PenaltyQuestion(@NotNull PenaltyKind kind,
                              @NotNull @DecimalMin("0") @Digits(integer = MAX_DIGITS, fraction = 2) BigDecimal annualTurnover,
                              @Min(365) @Max(366) int businessYearDays,
                              @NotNull @DecimalMin("0") @Digits(integer = MAX_DIGITS, fraction = 2) BigDecimal proposedAmount,
                              @Min(1) @Max(MAX_DAYS) Integer days) {

    /** Whole euro digits accepted: beyond any provider's turnover, within what a NUMERIC column keeps. */
    public static final int MAX_DIGITS = 15;
    /** Days a periodic penalty may be computed for in one question: ten years. */
    public static final int MAX_DAYS = 3660;
}
