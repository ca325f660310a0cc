package eu.csar.platform.domain;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Instant;
import java.util.List;

/** Stores outbox messages and hands the relay the ones that are due. */
@ApplicationScoped
public class OutboxRepository {

    @PersistenceContext(unitName = "csar")
    private EntityManager em;

    public void add(OutboxMessage message) {
        em.persist(message);
    }

    /**
     * Up to {@code max} unsent messages due at {@code now}, oldest first, locked for the current
     * transaction; rows another relay holds are skipped, so two relays (two nodes) never send one
     * message at the same time.
     */
    @SuppressWarnings("unchecked")
    public List<OutboxMessage> lockDue(Instant now, int max) {
        return em.createNativeQuery("SELECT * FROM outbox_messages WHERE sent_at IS NULL AND next_attempt_at <= :now "
                        + "ORDER BY next_attempt_at, created_at LIMIT :max FOR UPDATE SKIP LOCKED", OutboxMessage.class)
                .setParameter("now", now)
                .setParameter("max", max)
                .getResultList();
    }
}
