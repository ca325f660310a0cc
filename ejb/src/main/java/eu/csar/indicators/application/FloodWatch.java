package eu.csar.indicators.application;

import eu.csar.audit.application.AuditRecorder;
import eu.csar.indicators.api.IndicatorId;
import eu.csar.indicators.api.IndicatorsChanged;
import eu.csar.indicators.domain.FloodQuarantineRepository;
import eu.csar.indicators.domain.MatchAction;
import eu.csar.security.api.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;

import java.time.Clock;
import java.util.Map;
import java.util.OptionalLong;

/**
 * The accuracy loop's flood quarantine: moves indicators the {@link FloodRule} caught from ACTIVE to
 * QUARANTINED, where they stop matching (a REMOVE on the change feed, followed by every node) and
 * wait in the reviewers' queue, who confirm (back to ACTIVE) or retire them. In a transaction of its
 * own, so a match call's failure does not undo a quarantine and a quarantine's failure does not fail
 * the call. Runs as the platform ({@code system}), whoever's matches tripped the rule.
 *
 * <p>Until the core slice's {@code IndicatorStates.quarantine} is on this branch, the move is made by
 * {@link FloodQuarantineRepository} following the same rule (state, history row, change row, event).
 */
@Stateless
@RunAs(Roles.SYSTEM)
public class FloodWatch {

    static final String ACTOR = "system";

    @Inject
    FloodQuarantineRepository records;

    @Inject
    AuditRecorder audit;

    @Inject
    Event<IndicatorsChanged> changed;

    @Inject
    Clock clock;

    /** Quarantines each indicator (with its reason) that is still ACTIVE; returns how many moved. */
    @RolesAllowed({Roles.PROVIDER, Roles.SYSTEM})
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public int quarantine(Map<IndicatorId, String> reasons) {
        long upTo = 0;
        int moved = 0;
        for (Map.Entry<IndicatorId, String> entry : reasons.entrySet()) {
            OptionalLong seq = records.quarantine(entry.getKey(), ACTOR, entry.getValue(), clock.instant());
            if (seq.isPresent()) {
                upTo = Math.max(upTo, seq.getAsLong());
                moved++;
                audit.success(MatchAction.INDICATOR_FLOOD_QUARANTINED, entry.getKey(), IndicatorGrants.cut(entry.getValue(), 500));
            }
        }
        if (moved > 0) {
            changed.fire(new IndicatorsChanged(upTo));
        }
        return moved;
    }
}
