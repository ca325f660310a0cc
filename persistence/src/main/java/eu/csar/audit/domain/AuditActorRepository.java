package eu.csar.audit.domain;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The pseudonyms of the trail: each actor name gets a random id the first time it acts, and the
 * chained events carry only that id. The name sits in {@code audit_actors} alone, so that retention
 * can erase it ({@link #eraseIdle}) without touching the hash chain; the trail then shows that
 * actor as erased. Not cached in memory: a lookup by the unique name is cheap, and every node of a
 * cluster sees an erasure at once.
 */
@ApplicationScoped
public class AuditActorRepository {

    @PersistenceContext(unitName = "csar")
    EntityManager em;

    /**
     * Registers a new name in a transaction of its own, so that the pseudonym outlives a rollback of
     * the writer's transaction and a concurrent first use of the same name does not wait for it.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public UUID register(String name, Instant now) {
        em.createNativeQuery("insert into audit_actors (actor_id, name, first_seen) values (?1, ?2, ?3) on conflict (name) do nothing")
                .setParameter(1, UUID.randomUUID()).setParameter(2, name).setParameter(3, now).executeUpdate();
        return find(name);
    }

    /**
     * Retention: forgets, set-based, up to {@code max} names whose pseudonym has no entry after {@code idleSince}
     * (locked, {@code SKIP LOCKED}: two sweeps share the work), never {@code keep} (the name recording the
     * batch: erasing it in this transaction would make its own audit entry register it again in a transaction
     * of its own, which would wait for this one). Answers the erased pseudonyms, ordered.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<UUID> eraseIdle(Instant idleSince, String keep, int max) {
        @SuppressWarnings("unchecked")
        List<UUID> due = em.createNativeQuery("select a.actor_id from audit_actors a where a.first_seen <= :cutoff and a.name <> :keep"
                        + " and not exists (select 1 from audit_events e where e.actor_id = a.actor_id and e.occurred_at > :cutoff)"
                        + " order by a.actor_id limit :max for update of a skip locked")
                .setParameter("cutoff", java.sql.Timestamp.from(idleSince)).setParameter("keep", keep).setParameter("max", max)
                .getResultList();
        if (!due.isEmpty()) {
            em.createNativeQuery("delete from audit_actors where actor_id in (:ids)").setParameter("ids", due).executeUpdate();
        }
        return due;
    }

    /** The pseudonym of {@code name}, or null if it never acted (or was erased). */
    public UUID find(String name) {
        // No flush first: nothing in the persistence context maps audit_actors, and before a native
        // query Hibernate would otherwise dirty-check every entity of the writer's transaction.
        List<?> ids = em.createNativeQuery("select actor_id from audit_actors where name = ?1")
                .setFlushMode(FlushModeType.COMMIT)
                .setParameter(1, name).getResultList();
        return ids.isEmpty() ? null : (UUID) ids.get(0);
    }
}
