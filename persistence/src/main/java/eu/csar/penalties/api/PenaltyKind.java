package eu.csar.penalties.api;

import eu.csar.legal.api.ProfileKey;

/**
 * The penalties of Art 35 that have a cap, each with the legal-profile key holding its percentage:
 * a fine for an infringement (Art 35(4), first subparagraph: a share of the annual worldwide
 * turnover), a fine for incorrect, incomplete or misleading information or for not submitting to an
 * inspection (second subparagraph: a smaller share of the same turnover), and a periodic penalty
 * payment (Art 35(5): a share of the average daily worldwide turnover, per day).
 */
public enum PenaltyKind {

    INFRINGEMENT(ProfileKey.PENALTY__CAP_TURNOVER),
    INCORRECT_INFORMATION(ProfileKey.PENALTY__CAP_INCORRECT_INFORMATION),
    PERIODIC(ProfileKey.PENALTY__PERIODIC_CAP_DAILY_TURNOVER);

    private final ProfileKey cap;

    PenaltyKind(ProfileKey cap) {
        this.cap = cap;
    }

    /** The profile key of this kind's cap (a PERCENT). */
    public ProfileKey cap() {
        return cap;
    }

    /** Whether the amount is per day of delay (and the cap a share of the average daily turnover). */
    public boolean perDay() {
        return this == PERIODIC;
    }
}
