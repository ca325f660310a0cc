package eu.csar.orders.domain;

import eu.csar.legal.api.ProfileRef;
import eu.csar.shared.domain.RuleViolationException;

/**
 * An order of a kind the legal profile it would run under does not provide (its {@code orders.types}
 * does not list it): e.g. a delisting order under {@code COM-2022-209}, which has none (the Council's
 * 2025 general approach adds them). The refusal names the profile, as
 * {@link DetectionOrderNotProvidedException} does, so that the issuing authority sees which law it
 * is running under. Code {@code INVALID}, field {@code profile}.
 */
public class OrderTypeNotProvidedException extends RuleViolationException {

    private final ProfileRef profile;

    public OrderTypeNotProvidedException(ProfileRef profile, String orderType) {
        super(Code.INVALID, "profile", "The legal profile " + profile + " provides no " + orderType + "s");
        this.profile = profile;
    }

    /** The profile version the order was asked for under. */
    public ProfileRef profile() {
        return profile;
    }
}
