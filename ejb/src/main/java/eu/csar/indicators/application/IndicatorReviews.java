package eu.csar.indicators.application;

import eu.csar.indicators.api.IndicatorId;
import eu.csar.security.api.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.validation.constraints.NotNull;

import java.util.List;

/**
 * The necessity review (Art 46): ACTIVE indicators whose review date (legal profile key
 * {@code indicators.review-period}) has come; a reviewer confirms them (the next date is set) or
 * retires them through {@link IndicatorStates#retire}.
 */
@Stateless
public class IndicatorReviews {

    @RolesAllowed({Roles.CENTRE_REVIEWER, Roles.CENTRE_ADMIN, Roles.CENTRE_AUDITOR, Roles.SYSTEM})
    public List<IndicatorSummary> due() {
        throw new UnsupportedOperationException("not yet");
    }

    @RolesAllowed(Roles.CENTRE_REVIEWER)
    public void confirmNecessity(@NotNull IndicatorId id) {
        throw new UnsupportedOperationException("not yet");
    }
}
