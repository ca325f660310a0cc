package eu.csar.reports.domain;

import eu.csar.reports.api.PublicMaterialState;
import eu.csar.reports.api.ReportId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;

import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Loads and stores the public URLs of reports under removal checks and their check log. */
@ApplicationScoped
public class PublicMaterialRepository {

    @PersistenceContext(unitName = "csar")
    private EntityManager em;

    public void add(PublicMaterial material) {
        em.persist(material);
    }

    public void log(RemovalCheck check) {
        em.persist(check);
    }

    /**
     * Reports the Centre decided to forward (FORWARD_DECIDED, FORWARDED) that name public URLs whose
     * checks have not begun, at most {@code max}, the earliest decided first.
     */
    @SuppressWarnings("unchecked")
    public List<UUID> reportsToWatch(int max) {
        return ((List<Object>) em.createNativeQuery("select r.id from reports r where r.state in ('FORWARD_DECIDED', 'FORWARDED')"
                        + " and r.public_urls is not null"
                        + " and not exists (select 1 from report_public_material m where m.report_id = r.id)"
                        + " order by r.decided_at, r.id")
                .setMaxResults(max).getResultList()).stream().map(id -> (UUID) id).toList();
    }

    /** The URLs due for a check at {@code now}, the longest waiting first. */
    public List<PublicMaterial> due(Instant now, int max) {
        return em.createQuery("select m from PublicMaterial m where m.state = :s and m.nextCheckAt <= :now"
                        + " order by m.nextCheckAt, m.id", PublicMaterial.class)
                .setParameter("s", PublicMaterialState.CHECKING).setParameter("now", now).setMaxResults(max).getResultList();
    }

    /** The URL with its row locked until the transaction ends, read fresh; empty when another node holds it. */
    public Optional<PublicMaterial> lockIfFree(UUID id) {
        if (em.createNativeQuery("select id from report_public_material where id = ?1 for update skip locked")
                .setParameter(1, id).getResultList().isEmpty()) {
            return Optional.empty();
        }
        PublicMaterial material = em.find(PublicMaterial.class, id);
        em.refresh(material);
        return Optional.of(material);
    }

    /** The report's public URLs under checks, by position (empty before the checks began). */
    public List<PublicMaterial> of(ReportId report) {
        return em.createQuery("select m from PublicMaterial m where m.reportId = :r order by m.position", PublicMaterial.class)
                .setParameter("r", report.value()).getResultList();
    }

    /** URLs {@code search} finds, the earliest end of checking first, at most {@code max}. */
    public List<PublicMaterial> search(PublicMaterialSearch search, int max) {
        return bind(search, em.createQuery("select m from PublicMaterial m" + search.where()
                        + " order by m.giveUpAt, m.reportId, m.position", PublicMaterial.class))
                .setMaxResults(max).getResultList();
    }

    /**
     * One page of the URLs {@code search} finds (its state null: every state, STILL_ONLINE first, then
     * CHECKING, REMOVED, NOT_CHECKABLE), within a state the earliest end of checking first.
     */
    public List<PublicMaterial> page(PublicMaterialSearch search, int first, int max) {
        String order = " order by case when m.state = :still then 0 when m.state = :checking then 1"
                + " when m.state = :removed then 2 else 3 end, m.giveUpAt, m.reportId, m.position";
        return bind(search, em.createQuery("select m from PublicMaterial m" + search.where() + order, PublicMaterial.class))
                .setParameter("still", PublicMaterialState.STILL_ONLINE).setParameter("checking", PublicMaterialState.CHECKING)
                .setParameter("removed", PublicMaterialState.REMOVED).setFirstResult(first).setMaxResults(max).getResultList();
    }

    /** How many URLs {@code search} finds. */
    public long count(PublicMaterialSearch search) {
        return bind(search, em.createQuery("select count(m) from PublicMaterial m" + search.where(), Long.class)).getSingleResult();
    }

    private static <T> TypedQuery<T> bind(PublicMaterialSearch search, TypedQuery<T> query) {
        search.parameters().forEach(query::setParameter);
        return query;
    }

    /** When each of {@code reports} reached the Centre (finished), by report id. */
    public Map<UUID, Instant> reportedAt(Collection<UUID> reports) {
        if (reports.isEmpty()) {
            return Map.of();
        }
        Map<UUID, Instant> at = new HashMap<>();
        em.createQuery("select r.id, r.finishedAt from Report r where r.id in :ids", Object[].class).setParameter("ids", reports)
                .getResultList().forEach(row -> at.put((UUID) row[0], (Instant) row[1]));
        return at;
    }

    public Optional<PublicMaterial> find(UUID id) {
        return Optional.ofNullable(em.find(PublicMaterial.class, id));
    }

    /** The URL with its row locked until the transaction ends (waiting for a sweep that records a check of it). */
    public Optional<PublicMaterial> findForUpdate(UUID id) {
        return Optional.ofNullable(em.find(PublicMaterial.class, id, LockModeType.PESSIMISTIC_WRITE));
    }

    /** The check log of one URL, oldest first. */
    public List<RemovalCheck> checks(UUID material) {
        return em.createQuery("select c from RemovalCheck c where c.materialId = :m order by c.checkedAt", RemovalCheck.class)
                .setParameter("m", material).getResultList();
    }

    public void flush() {
        em.flush();
    }
}
