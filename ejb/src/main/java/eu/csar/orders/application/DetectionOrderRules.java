package eu.csar.orders.application;

import eu.csar.legal.api.ProfileRef;
import eu.csar.legal.application.LegalProfiles;
import eu.csar.orders.domain.DetectionOrderProfile;
import eu.csar.shared.domain.RuleViolationException;
import eu.csar.shared.domain.UnknownObjectException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * The legal profile a detection order runs on: the version a new request pins (default
 * {@code COM-2022-209}), and the detection-order values of a pinned version, read as the caller. A
 * profile without detection orders ({@code COUNCIL-GA-2025}) is refused with the
 * {@link eu.csar.orders.domain.DetectionOrderNotProvidedException} that names it.
 */
@ApplicationScoped
public class DetectionOrderRules {

    /** The profile a request pins when the Coordinating Authority names none. */
    static final String DEFAULT_PROFILE = "COM-2022-209";

    @Inject
    LegalProfiles profiles;

    /** The version a new request pins; an unknown profile is a malformed request (field {@code profile}). */
    public ProfileRef pin(String profile) {
        String id = profile == null || profile.isBlank() ? DEFAULT_PROFILE : profile.trim();
        try {
            return profiles.pin(id);
        } catch (UnknownObjectException e) {
            throw RuleViolationException.invalid("profile", "No legal profile " + id);
        }
    }

    /** The detection-order values of {@code ref}. */
    public DetectionOrderProfile of(ProfileRef ref) {
        return DetectionOrderProfile.of(ref, profiles.open(ref).values());
    }
}
