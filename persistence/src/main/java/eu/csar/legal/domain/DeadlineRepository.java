package eu.csar.legal.domain;

import eu.csar.legal.api.DeadlineId;
import eu.csar.legal.api.DeadlineSubject;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Loads and stores deadlines; the only place that knows their queries, including the sweep's claim. */
@ApplicationScoped
public class DeadlineRepository {

    /** Stands for "no id" in the claim's exclusion list, which SQL cannot take empty. */
    private static final UUID NONE = new UUID(0, 0);

    @PersistenceContext(unitName = "csar")
    private EntityManager em;

    public void add(Deadline deadline) {
        em.persist(deadline);
    }

    public void flush() {
        em.flush();
    }

    public Optional<Deadline> find(DeadlineId id) {
        return Optional.ofNullable(em.find(Deadline.class, id.value()));
    }

    /** The deadline, its row locked until the transaction ends (the row lock first, then the entity). */
    public Optional<Deadline> findForUpdate(DeadlineId id) {
        if (em.createNativeQuery("select id from deadlines where id = ?1 for update").setParameter(1, id.value())
                .getResultList().isEmpty()) {
            return Optional.empty();
        }
        return find(id);
    }

    public List<Deadline> forSubject(DeadlineSubject subject) {
        return em.createQuery("select d from Deadline d where d.subjectType = :type and d.subjectId = :id order by d.dueAt, d.id",
                        Deadline.class)
                .setParameter("type", subject.type())
                .setParameter("id", subject.id())
                .getResultList();
    }

    /**
     * Claims one deadline with work due at {@code now} (fire, remind or escalate), its row locked
     * until the transaction ends. Rows another transaction holds are skipped, not waited for
     * ({@code SKIP LOCKED}): two sweeps running at once, on one node or two, never claim the same
     * deadline, and the second finds the next one. {@code skip} names deadlines this sweep already
     * failed on, so that one failing deadline does not hold up the rest.
     */
    public Optional<Deadline> claimNextDue(Instant now, Collection<UUID> skip) {
        @SuppressWarnings("unchecked")
        List<Object> ids = em.createNativeQuery("""
                        select id from deadlines
                        where ((state = 'SCHEDULED' and (due_at <= :now or (reminder_at <= :now and reminder_sent_at is null)))
                               or (state = 'FIRED' and escalate_at <= :now))
                          and id not in (:skip)
                        order by least(due_at, coalesce(reminder_at, due_at))
                        limit 1
                        for update skip locked""")
                .setParameter("now", now)
                .setParameter("skip", skip.isEmpty() ? List.of(NONE) : List.copyOf(skip))
                .getResultList();
        return ids.stream().findFirst().map(id -> em.find(Deadline.class, id instanceof UUID u ? u : UUID.fromString(id.toString())));
    }
}
