package eu.csar.indicators.application;

import eu.csar.indicators.api.IndicatorId;
import eu.csar.indicators.domain.IndicatorEvent;
import eu.csar.security.api.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.Instant;

/**
 * The moves of an indicator's workflow after verification, published for the other slices of the
 * indicators context (the flood rule quarantines as {@code system}). Every move writes a history
 * row and an audit entry, and, when the indicator becomes or stops being matchable, a change-feed
 * row and an {@link eu.csar.indicators.api.IndicatorsChanged} event in the same transaction. A move
 * the workflow does not allow is refused (409) and recorded as refused; an unknown id is 404.
 */
@Stateless
public class IndicatorStates {

    @Inject
    IndicatorMoves moves;

    /** ACTIVE -> QUARANTINED: stops matching until a reviewer confirms or retires it. */
    @RolesAllowed({Roles.SYSTEM, Roles.CENTRE_REVIEWER})
    public void quarantine(@NotNull IndicatorId id, @NotBlank @Size(max = 500) String reason) {
        moves.move(id, IndicatorEvent.QUARANTINE, reason, null);
    }

    /** QUARANTINED -> ACTIVE: the reviewer found the quarantine unfounded. */
    @RolesAllowed(Roles.CENTRE_REVIEWER)
    public void confirm(@NotNull IndicatorId id, @Size(max = 500) String reason) {
        moves.move(id, IndicatorEvent.CONFIRM, reason, null);
    }

    /** Out for good, from any state but RETIRED. */
    @RolesAllowed({Roles.CENTRE_REVIEWER, Roles.CENTRE_ADMIN, Roles.SYSTEM})
    public void retire(@NotNull IndicatorId id, @NotBlank @Size(max = 500) String reason) {
        moves.move(id, IndicatorEvent.RETIRE, reason, null);
    }

    /** Stops matching until {@code until} (then it is enabled again by itself) or, when null, until enabled. */
    @RolesAllowed({Roles.CENTRE_REVIEWER, Roles.CENTRE_ADMIN})
    public void disable(@NotNull IndicatorId id, Instant until, @NotBlank @Size(max = 500) String reason) {
        moves.move(id, IndicatorEvent.DISABLE, reason, until);
    }

    @RolesAllowed({Roles.CENTRE_REVIEWER, Roles.CENTRE_ADMIN, Roles.SYSTEM})
    public void enable(@NotNull IndicatorId id) {
        moves.move(id, IndicatorEvent.ENABLE, null, null);
    }

    /** VERIFIED -> ACTIVE (verification activates right away; this is for an indicator left VERIFIED). */
    @RolesAllowed({Roles.CENTRE_REVIEWER, Roles.SYSTEM})
    public void activate(@NotNull IndicatorId id) {
        moves.move(id, IndicatorEvent.ACTIVATE, null, null);
    }
}
