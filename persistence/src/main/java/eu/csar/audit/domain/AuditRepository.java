package eu.csar.audit.domain;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;

import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Appends to and reads the hash-chained trail. Appending locks the chain head for the rest of the transaction. */
@ApplicationScoped
public class AuditRepository {

    @PersistenceContext(unitName = "csar")
    private EntityManager em;

    /**
     * Seals the record onto the end of the chain, inside the caller's transaction. The entry's time
     * is read from {@code clock} only once the chain head is locked, so that times never go backwards
     * along the sequence numbers, however many transactions wait for the head.
     */
    public AuditEntry append(AuditRecord record, Clock clock) {
        AuditChainHead head = em.find(AuditChainHead.class, AuditChainHead.SINGLETON_ID, LockModeType.PESSIMISTIC_WRITE);
        AuditEntry entry = AuditEntry.seal(head.lastSeq() + 1, record, clock.instant(), head.lastHash());
        em.persist(entry);
        head.advanceTo(entry);
        return entry;
    }

    public AuditChainHead head() {
        return em.find(AuditChainHead.class, AuditChainHead.SINGLETON_ID);
    }

    /**
     * Entries with {@code afterSeq < seq <= upToSeq}, in chain order: the verifier walks the chain
     * in such batches, up to the head it read first, so that entries appended meanwhile do not count.
     */
    public List<AuditEntry> chainBetween(long afterSeq, long upToSeq, int batchSize) {
        return em.createQuery("select e from AuditEntry e where e.seq > :after and e.seq <= :upTo order by e.seq", AuditEntry.class)
                .setParameter("after", afterSeq)
                .setParameter("upTo", upToSeq)
                .setMaxResults(batchSize)
                .getResultList();
    }

    /** Detaches loaded entries so that a long walk does not grow the persistence context. */
    public void forget() {
        em.clear();
    }

    public List<AuditEntry> search(AuditSearch search) {
        Map<String, Object> params = new HashMap<>();
        TypedQuery<AuditEntry> query = em.createQuery(
                "select e from AuditEntry e" + where(search, params) + " order by e.seq desc", AuditEntry.class);
        params.forEach(query::setParameter);
        return query.setFirstResult(search.first()).setMaxResults(search.pageSize()).getResultList();
    }

    public long count(AuditSearch search) {
        Map<String, Object> params = new HashMap<>();
        TypedQuery<Long> query = em.createQuery("select count(e) from AuditEntry e" + where(search, params), Long.class);
        params.forEach(query::setParameter);
        return query.getSingleResult();
    }

    private static String where(AuditSearch s, Map<String, Object> params) {
        StringBuilder where = new StringBuilder(" where 1 = 1");
        equalsIfGiven(where, params, "actor", s.actor());
        equalsIfGiven(where, params, "action", s.action());
        equalsIfGiven(where, params, "objectType", s.objectType());
        equalsIfGiven(where, params, "objectId", s.objectId());
        if (s.outcome() != null) {
            where.append(" and e.outcome = :outcome");
            params.put("outcome", s.outcome());
        }
        if (s.from() != null) {
            where.append(" and e.occurredAt >= :from");
            params.put("from", s.from());
        }
        if (s.to() != null) {
            where.append(" and e.occurredAt < :to");
            params.put("to", s.to());
        }
        if (s.hideTrailReadsOf() != null) {
            where.append(" and not (e.actor = :reader and e.action in :trailReads)");
            params.put("reader", s.hideTrailReadsOf());
            params.put("trailReads", AuditTrailAction.READS);
        }
        return where.toString();
    }

    private static void equalsIfGiven(StringBuilder where, Map<String, Object> params, String field, String value) {
        if (value != null && !value.isBlank()) {
            where.append(" and e.").append(field).append(" = :").append(field);
            params.put(field, value.trim());
        }
    }

}
