package eu.csar.indicators.domain;

import eu.csar.indicators.api.IndicatorId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.OptionalLong;
import java.util.UUID;

/**
 * The flood rule's move ACTIVE to QUARANTINED, as the schema's rule for everyone who makes an
 * indicator unmatchable says: the state, a history row and a REMOVE row on the change feed, in one
 * transaction. A stand-in until the core slice's {@code IndicatorStates.quarantine} is merged: then
 * the flood watch calls that instead and this class goes.
 */
@ApplicationScoped
public class FloodQuarantineRepository {

    @PersistenceContext(unitName = "csar")
    private EntityManager em;

    /**
     * Quarantines the indicator if it is ACTIVE; returns the change-feed seq written, or empty if it
     * was not ACTIVE (nothing written).
     */
    public OptionalLong quarantine(IndicatorId indicator, String actor, String reason, Instant now) {
        Timestamp at = Timestamp.from(now.truncatedTo(ChronoUnit.MICROS));
        int moved = em.createNativeQuery("update indicators set state = 'QUARANTINED', state_changed_at = ?1, version = version + 1"
                        + " where id = ?2 and state = 'ACTIVE'")
                .setParameter(1, at).setParameter(2, indicator.value()).executeUpdate();
        if (moved == 0) {
            return OptionalLong.empty();
        }
        em.createNativeQuery("insert into indicator_status_changes (id, indicator_id, from_state, event, to_state, occurred_at, actor, reason)"
                        + " values (?1, ?2, 'ACTIVE', 'QUARANTINE', 'QUARANTINED', ?3, ?4, ?5)")
                .setParameter(1, UUID.randomUUID()).setParameter(2, indicator.value()).setParameter(3, at)
                .setParameter(4, actor).setParameter(5, reason.length() > 500 ? reason.substring(0, 500) : reason)
                .executeUpdate();
        List<?> seq = em.createNativeQuery("with added as (insert into indicator_changes (indicator_id, set_id, change, changed_at)"
                        + " select id, set_id, 'REMOVE', ?2 from indicators where id = ?1 returning seq) select seq from added")
                .setParameter(1, indicator.value()).setParameter(2, at).getResultList();
        return OptionalLong.of(((Number) seq.get(0)).longValue());
    }
}
