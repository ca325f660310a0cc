package eu.csar.orders.domain;

import eu.csar.legal.api.ProfileRef;
import eu.csar.shared.domain.RuleViolationException;

/**
 * A detection order asked for under a legal profile that has none, or not all the values one needs:
 * the Council's 2025 general approach ({@code COUNCIL-GA-2025}) drops detection orders issued by
 * authorities, so a request under it is refused, and the refusal names the profile so that the
 * Coordinating Authority sees which law it is running under. Code {@code INVALID}, field
 * {@code legalProfile}.
 */
public class DetectionOrderNotProvidedException extends RuleViolationException {

    private final ProfileRef profile;

    public DetectionOrderNotProvidedException(ProfileRef profile, String why) {
        super(Code.INVALID, "legalProfile", "The legal profile " + profile + " provides no detection orders: " + why);
        this.profile = profile;
    }

    /** The profile version the request was made under. */
    public ProfileRef profile() {
        return profile;
    }
}
