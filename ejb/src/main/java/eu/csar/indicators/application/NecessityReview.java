package eu.csar.indicators.application;

import eu.csar.legal.api.LegalPeriod;
import eu.csar.legal.api.ProfileKey;
import eu.csar.legal.api.ProfileRef;
import eu.csar.legal.application.LegalProfiles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Instant;

/**
 * When an indicator's necessity must next be confirmed (Art 46): the legal profile's
 * {@code indicators.review-period} after activation or the last confirmation, read through the
 * profile version pinned at that moment (the newest version of {@link #PROFILE}).
 */
@ApplicationScoped
public class NecessityReview {

    /** The legal profile the indicator database runs under. */
    public static final String PROFILE = "COM-2022-209";

    @Inject
    LegalProfiles profiles;

    /** The next review date for an indicator activated or confirmed at {@code at}. */
    public Instant dueAfter(Instant at) {
        ProfileRef ref = profiles.pin(PROFILE);
        return dueAfter(at, profiles.period(ref, ProfileKey.INDICATORS__REVIEW_PERIOD));
    }

    /**
     * Automatic retirement (retention rule {@code retention.indicator-review}): an ACTIVE indicator whose
     * review date is at or before this instant was not confirmed within the rule's period and is retired.
     */
    public Instant lapsedBefore(Instant now) {
        ProfileRef ref = profiles.pin(PROFILE);
        return lapsedBefore(now, profiles.period(ref, ProfileKey.RETENTION__INDICATOR_REVIEW__PERIOD));
    }

    /** The pure rule: review dates at or before {@code now} minus the grace period have lapsed. */
    static Instant lapsedBefore(Instant now, String period) {
        return LegalPeriod.parse(period).before(now);
    }

    /** The reason a lapsed indicator is retired with: it names the rule. */
    public static final String LAPSED_REASON = "retired by the retention rule retention.indicator-review (Art 46):"
            + " its necessity was not confirmed in time";

    /** The pure rule: {@code at} plus the period (an ISO-8601 duration as the profile writes it). */
    static Instant dueAfter(Instant at, String period) {
        return LegalPeriod.parse(period).after(at);
    }
}
