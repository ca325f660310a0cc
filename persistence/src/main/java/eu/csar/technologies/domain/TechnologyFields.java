package eu.csar.technologies.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;

import static eu.csar.shared.domain.DomainInputs.required;
import static eu.csar.shared.domain.RuleViolationException.invalid;

/**
 * The checks of what a register entry says (Art 50): texts within their length, error rates in percent
 * (0 to 100, at most 4 decimals), optional reasons; each refusal names the field that is wrong. Used on
 * creation and on a draft's edit alike, so both refuse the same way.
 */
final class TechnologyFields {

    private static final BigDecimal HUNDRED = new BigDecimal("100");

    private TechnologyFields() {
    }

    /** A text the entry must have ({@code hint} says what), trimmed, at most {@code max} characters. */
    static String requiredText(String text, String field, String hint, int max) {
        return bounded(required(text, field, hint), field, max);
    }

    /** A rate in percent from 0 to 100 with at most 4 decimals, kept at scale 4. */
    static BigDecimal rate(BigDecimal rate, String field) {
        if (rate == null || rate.signum() < 0 || rate.compareTo(HUNDRED) > 0 || rate.stripTrailingZeros().scale() > 4) {
            throw invalid(field, "A rate in percent from 0 to 100, at most 4 decimals");
        }
        return rate.setScale(4, RoundingMode.UNNECESSARY);
    }

    static String bounded(String text, String field, int max) {
        if (text.length() > max) {
            throw invalid(field, "At most " + max + " characters");
        }
        return text;
    }

    /** A reason that may be left out (null then), trimmed, at most {@link Technology#MAX_REASON} characters. */
    static String optional(String text, String field) {
        if (text == null || text.isBlank()) {
            return null;
        }
        return bounded(text.trim(), field, Technology.MAX_REASON);
    }
}
