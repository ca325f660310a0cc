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

    /** The pure rule: {@code at} plus the period (an ISO-8601 duration as the profile writes it). */
    static Instant dueAfter(Instant at, String period) {
        return LegalPeriod.parse(period).after(at);
    }
}
