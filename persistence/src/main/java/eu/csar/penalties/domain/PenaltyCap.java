package eu.csar.penalties.domain;

import eu.csar.penalties.api.PenaltyKind;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One cap of Art 35 as a legal-profile version states it: the share of the turnover (a percentage
 * from 0 to 100), the Article the profile cites for it, and the profile version it was read from.
 */
public record PenaltyCap(PenaltyKind kind, BigDecimal percent, String article, String profile) {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    public PenaltyCap {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(article, "article");
        Objects.requireNonNull(profile, "profile");
        if (percent == null || percent.signum() < 0 || percent.compareTo(HUNDRED) > 0) {
            throw new IllegalArgumentException("a cap is a percentage from 0 to 100: " + percent);
        }
    }
}
