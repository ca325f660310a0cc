package eu.csar.indicators.application;

import eu.csar.audit.application.AuditRecorder;
import eu.csar.indicators.api.IndicatorId;
import eu.csar.indicators.domain.MatchAction;
import eu.csar.security.api.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;


/**
 * The accuracy loop's flood quarantine: moves an indicator the {@link FloodRule} caught from ACTIVE
 * to QUARANTINED through the workflow ({@link IndicatorStates#quarantine}: history row, change-feed
 * REMOVE, event, its audit entry), where it stops matching on every node and waits in the
 * reviewers' queue, who confirm (back to ACTIVE) or retire it. One indicator per transaction of its
 * own, so a failed counter flush does not undo a quarantine and a refused move (the indicator was
 * moved meanwhile) does not fail the flush or the others. Runs as the platform ({@code system}),
 * whoever's matches tripped the rule, and records the rule's reason as its own audit entry.
 */
@Stateless
@RunAs(Roles.SYSTEM)
public class FloodWatch {

    @Inject
    IndicatorStates states;

    @Inject
    AuditRecorder audit;

    /** Quarantines {@code indicator} for {@code reason}. */
    @RolesAllowed(Roles.SYSTEM)
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void quarantine(IndicatorId indicator, String reason) {
        String why = IndicatorGrants.cut(reason, 500);
        states.quarantine(indicator, why);
        audit.success(MatchAction.INDICATOR_FLOOD_QUARANTINED, indicator, why);
    }
}
