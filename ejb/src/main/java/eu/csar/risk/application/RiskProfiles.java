package eu.csar.risk.application;

import eu.csar.legal.api.LegalPeriod;
import eu.csar.legal.api.ProfileKey;
import eu.csar.legal.api.ProfileRef;
import eu.csar.legal.application.LegalProfiles;
import eu.csar.risk.api.AssessmentKind;
import eu.csar.risk.domain.RiskDueDates;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.List;
import java.util.Optional;

/**
 * What the risk workflow reads from the legal profile an assessment pinned: the fields of the report
 * (Art 3(2), Art 4, Art 5(1); Art 6 for app stores), the periods of its due dates (Art 3(4), 5(1),
 * 5(2), 5(4); before a detection order's end, Art 3(4) second subparagraph), the reminder before them, and whether and which risk categories the authority
 * assigns (Council general approach). Never a literal.
 */
@ApplicationScoped
class RiskProfiles {

    /** The profile an assessment runs under when the provider names none. */
    static final String DEFAULT_PROFILE = "COM-2022-209";

    @Inject
    LegalProfiles profiles;

    ProfileRef pin(String requested) {
        return profiles.pin(requested == null || requested.isBlank() ? DEFAULT_PROFILE : requested.strip());
    }

    List<String> fields(ProfileRef ref, AssessmentKind kind) {
        return profiles.list(ref, kind == AssessmentKind.APP_STORE ? ProfileKey.RISK_ASSESSMENT__APP_STORE_FIELDS
                : ProfileKey.RISK_ASSESSMENT__REPORT_FIELDS);
    }

    RiskDueDates dueDates(ProfileRef ref) {
        return new RiskDueDates(period(ref, ProfileKey.RISK_ASSESSMENT__UPDATE_INTERVAL),
                period(ref, ProfileKey.RISK_ASSESSMENT__REPORT_PERIOD),
                period(ref, ProfileKey.RISK_ASSESSMENT__INFORMATION_REQUEST_PERIOD),
                period(ref, ProfileKey.RISK_ASSESSMENT__MEASURES_PERIOD));
    }

    /** How long after becoming subject a provider's first assessment is due (Art 3(4), first subparagraph). */
    LegalPeriod firstAssessmentPeriod(ProfileRef ref) {
        return period(ref, ProfileKey.RISK_ASSESSMENT__FIRST_ASSESSMENT_PERIOD);
    }

    LegalPeriod reminder(ProfileRef ref) {
        return period(ref, ProfileKey.RISK_ASSESSMENT__REMINDER_BEFORE);
    }

    /**
     * How long before a detection order's end the provider's assessment must be updated (Art 3(4),
     * second subparagraph, point (a)), read from the profile the order was issued under; empty where
     * that profile has no such key.
     */
    Optional<LegalPeriod> updateBeforeOrderExpiry(ProfileRef orderProfile) {
        return profiles.optionalPeriod(orderProfile, ProfileKey.RISK_ASSESSMENT__UPDATE_BEFORE_ORDER_EXPIRY).map(LegalPeriod::parse);
    }

    /** The risk categories the authority may assign; empty where the profile provides none. */
    List<String> categories(ProfileRef ref) {
        return profiles.flag(ref, ProfileKey.RISK__CATEGORISATION_BY_AUTHORITY, false)
                ? profiles.list(ref, ProfileKey.RISK__CATEGORIES) : List.of();
    }

    private LegalPeriod period(ProfileRef ref, ProfileKey key) {
        return LegalPeriod.parse(profiles.period(ref, key));
    }
}
