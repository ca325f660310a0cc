package eu.csar.testsupport.legal;

import eu.csar.legal.api.LegalPeriod;
import eu.csar.legal.api.ProfileKey;
import eu.csar.legal.api.ProfileRef;
import eu.csar.legal.application.LegalProfiles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.Optional;

/**
 * Where the deadline stand-in finds what a workflow would take from the legal profile: the version a
 * new case pins, and a key's period ({@code removal-order.execution-period} in {@code COM-2022-209} v1
 * and the like) in exactly that version, so a later profile version never moves its deadlines.
 */
@ApplicationScoped
public class ProfilePeriods {

    @Inject
    LegalProfiles profiles;

    /** The version a case opened now runs under. */
    public ProfileRef pin(String profileId) {
        return profiles.pin(profileId);
    }

    /** The key's period in that version; empty for a key that is not a profile key. */
    public Optional<LegalPeriod> period(ProfileRef profile, String key) {
        return ProfileKey.of(key).map(k -> LegalPeriod.parse(profiles.period(profile, k)));
    }
}
