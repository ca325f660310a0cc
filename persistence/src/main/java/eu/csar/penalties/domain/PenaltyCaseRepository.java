package eu.csar.penalties.domain;

import eu.csar.penalties.api.PenaltyCaseId;
import eu.csar.penalties.api.PenaltyCaseState;
import eu.csar.shared.domain.MemberState;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Loads and stores penalty case files: the only place that knows their queries. */
@ApplicationScoped
public class PenaltyCaseRepository {

    @PersistenceContext(unitName = "csar")
    private EntityManager em;

    public Optional<PenaltyCase> find(PenaltyCaseId id) {
        return Optional.ofNullable(em.find(PenaltyCase.class, id.value()));
    }

    /** The case with its row locked until the transaction ends. */
    public Optional<PenaltyCase> findForUpdate(PenaltyCaseId id) {
        if (em.createNativeQuery("select id from penalty_cases where id = ?1 for update").setParameter(1, id.value())
                .getResultList().isEmpty()) {
            return Optional.empty();
        }
        PenaltyCase found = em.find(PenaltyCase.class, id.value());
        em.refresh(found);
        return Optional.of(found);
    }

    public void add(PenaltyCase penaltyCase) {
        em.persist(penaltyCase);
    }

    public void flush() {
        em.flush();
    }

    /**
     * The next case number of {@code memberState} in {@code year}, e.g. {@code NL-PEN-2026-0007}: one
     * counter row per Member State and year, raised atomically, so two cases never share a number.
     */
    public String nextCaseNumber(MemberState memberState, int year) {
        em.createNativeQuery("insert into penalty_case_counters (member_state, year, last_number)"
                        + " values (?1, ?2, 1) on conflict (member_state, year)"
                        + " do update set last_number = penalty_case_counters.last_number + 1")
                .setParameter(1, memberState.name()).setParameter(2, year).executeUpdate();
        // the upsert holds the row's lock until the transaction ends: the number read back is this case's
        Number n = (Number) em.createNativeQuery("select last_number from penalty_case_counters where member_state = ?1"
                        + " and year = ?2").setParameter(1, memberState.name()).setParameter(2, year).getSingleResult();
        return String.format("%s-PEN-%d-%04d", memberState.name(), year, n.longValue());
    }

    /** One page of the cases of {@code memberStates}, newest first; {@code state} null for every state. */
    public List<PenaltyCase> page(Set<MemberState> memberStates, PenaltyCaseState state, int first, int max) {
        TypedQuery<PenaltyCase> query = em.createQuery("select c from PenaltyCase c" + where(state)
                + " order by c.openedAt desc, c.id", PenaltyCase.class);
        bind(query, memberStates, state);
        return query.setFirstResult(first).setMaxResults(max).getResultList();
    }

    public long count(Set<MemberState> memberStates, PenaltyCaseState state) {
        TypedQuery<Long> query = em.createQuery("select count(c) from PenaltyCase c" + where(state), Long.class);
        bind(query, memberStates, state);
        return query.getSingleResult();
    }

    static String where(PenaltyCaseState state) {
        return " where c.memberState in :states" + (state == null ? "" : " and c.state = :state");
    }

    private static void bind(TypedQuery<?> query, Set<MemberState> memberStates, PenaltyCaseState state) {
        query.setParameter("states", memberStates);
        if (state != null) {
            query.setParameter("state", state);
        }
    }
}
