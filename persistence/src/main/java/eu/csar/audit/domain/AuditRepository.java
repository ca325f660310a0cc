package eu.csar.audit.domain;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;

import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Appends to, seals and reads the trail. Appending takes no shared lock: it inserts one unsealed
 * event in the caller's transaction. Sealing ({@link #sealNextBatch}) is the chainer's alone and
 * locks the chain head, so one chainer at a time works in a cluster.
 */
@ApplicationScoped
public class AuditRepository {

    @PersistenceContext(unitName = "csar")
    private EntityManager em;

    @Inject
    AuditActorRepository actors;

    /** Writes the record as an unsealed event inside the caller's transaction; the chainer seals it soon after it commits. */
    public AuditEvent append(AuditRecord record, Clock clock) {
        Instant now = clock.instant();
        UUID actorId = actors.find(record.actor());
        if (actorId == null) {
            actorId = actors.register(Text.cap(record.actor(), 200), now);
        }
        AuditEvent event = AuditEvent.of(record, actorId, now);
        em.persist(event);
        return event;
    }

    /**
     * Seals up to {@link ChainSealer#BATCH} committed events in the current transaction, under the
     * chain head's row lock, and returns how many. Events of transactions still open are invisible
     * here and are sealed by a later batch, whatever their insertion number.
     */
    public int sealNextBatch(Clock clock) {
        AuditChainHead head = em.find(AuditChainHead.class, AuditChainHead.SINGLETON_ID, LockModeType.PESSIMISTIC_WRITE);
        List<AuditEvent> unsealed = em.createQuery(
                        "select e from AuditEvent e where e.chainSeq is null order by e.eventNo", AuditEvent.class)
                .setMaxResults(ChainSealer.BATCH).getResultList();
        int sealed = ChainSealer.seal(head, unsealed, clock.instant());
        em.flush();
        em.clear();
        return sealed;
    }

    public AuditChainHead head() {
        return em.find(AuditChainHead.class, AuditChainHead.SINGLETON_ID);
    }

    /**
     * Sealed entries with {@code afterSeq < seq <= upToSeq}, in chain order, of either format (format 1
     * holds the positions up to V8, format 2 those after): the verifier walks the chain in such
     * batches, up to the head it read first, so that entries sealed meanwhile do not count. Empty at the end.
     */
    public List<? extends ChainLink> chainBetween(long afterSeq, long upToSeq, int batchSize) {
        List<AuditEntry> v1 = em.createQuery("select e from AuditEntry e where e.seq > :after and e.seq <= :upTo order by e.seq", AuditEntry.class)
                .setParameter("after", afterSeq)
                .setParameter("upTo", upToSeq)
                .setMaxResults(batchSize)
                .getResultList();
        if (!v1.isEmpty()) {
            return v1;
        }
        return em.createQuery("select e from AuditEvent e where e.chainSeq > :after and e.chainSeq <= :upTo order by e.chainSeq", AuditEvent.class)
                .setParameter("after", afterSeq)
                .setParameter("upTo", upToSeq)
                .setMaxResults(batchSize)
                .getResultList();
    }

    /** How many written events wait for the chainer, and when the oldest of them was written (null if none). */
    public Unsealed unsealed() {
        Object[] row = em.createQuery("select count(e), min(e.occurredAt) from AuditEvent e where e.chainSeq is null", Object[].class)
                .getSingleResult();
        return new Unsealed((Long) row[0], (Instant) row[1]);
    }

    /** The events waiting for the chainer: their number and the oldest one's time. */
    public record Unsealed(long count, Instant oldest) {
    }

    /** Detaches loaded entries so that a long walk does not grow the persistence context. */
    public void forget() {
        em.clear();
    }

    public List<AuditTrailEntry> search(AuditSearch search) {
        Map<String, Object> params = new HashMap<>();
        TypedQuery<AuditTrailEntry> query = em.createQuery(
                "select e from AuditTrailEntry e" + where(search, params) + " order by e.seq desc", AuditTrailEntry.class);
        params.forEach(query::setParameter);
        return query.setFirstResult(search.first()).setMaxResults(search.pageSize()).getResultList();
    }

    public long count(AuditSearch search) {
        Map<String, Object> params = new HashMap<>();
        TypedQuery<Long> query = em.createQuery("select count(e) from AuditTrailEntry e" + where(search, params), Long.class);
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
            where.append(" and not (e.actor is not null and e.actor = :reader and e.action in :trailReads)");
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
