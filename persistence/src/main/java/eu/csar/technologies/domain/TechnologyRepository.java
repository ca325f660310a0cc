package eu.csar.technologies.domain;

import eu.csar.technologies.api.TechnologyId;
import eu.csar.technologies.api.TechnologyState;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;

import java.util.List;
import java.util.Optional;

/** Loads and stores the entries of the technology register: the only place that knows their queries. */
@ApplicationScoped
public class TechnologyRepository {

    @PersistenceContext(unitName = "csar")
    private EntityManager em;

    public Optional<Technology> find(TechnologyId id) {
        return Optional.ofNullable(em.find(Technology.class, id.value()));
    }

    /** The entry with its row locked until the transaction ends. */
    public Optional<Technology> findForUpdate(TechnologyId id) {
        if (em.createNativeQuery("select id from technologies where id = ?1 for update").setParameter(1, id.value())
                .getResultList().isEmpty()) {
            return Optional.empty();
        }
        Technology found = em.find(Technology.class, id.value());
        em.refresh(found);
        return Optional.of(found);
    }

    public Optional<Technology> byReference(String reference) {
        return em.createQuery("select t from Technology t where t.reference = :reference", Technology.class)
                .setParameter("reference", reference).getResultStream().findFirst();
    }

    /** The entries that name {@code id} as their predecessor, by reference. */
    public List<Technology> successorsOf(TechnologyId id) {
        return em.createQuery("select t from Technology t where t.predecessorId = :id order by t.reference", Technology.class)
                .setParameter("id", id.value()).getResultList();
    }

    public void add(Technology technology) {
        em.persist(technology);
    }

    public void flush() {
        em.flush();
    }

    /** One page of the register, by reference; {@code state} null for every state. */
    public List<Technology> page(TechnologyState state, int first, int max) {
        TypedQuery<Technology> query = em.createQuery("select t from Technology t" + where(state)
                + " order by t.reference, t.id", Technology.class);
        bind(query, state);
        return query.setFirstResult(first).setMaxResults(max).getResultList();
    }

    public long count(TechnologyState state) {
        TypedQuery<Long> query = em.createQuery("select count(t) from Technology t" + where(state), Long.class);
        bind(query, state);
        return query.getSingleResult();
    }

    static String where(TechnologyState state) {
        return state == null ? "" : " where t.state = :state";
    }

    private static void bind(TypedQuery<?> query, TechnologyState state) {
        if (state != null) {
            query.setParameter("state", state);
        }
    }
}
