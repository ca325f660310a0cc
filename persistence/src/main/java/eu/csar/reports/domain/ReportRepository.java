package eu.csar.reports.domain;

import eu.csar.reports.api.ReportId;
import eu.csar.reports.api.ReportState;
import eu.csar.shared.domain.ProviderId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Loads and stores providers' reports: the only place that knows their queries. */
@ApplicationScoped
public class ReportRepository {

    @PersistenceContext(unitName = "csar")
    private EntityManager em;

    public Optional<Report> find(ReportId id) {
        return Optional.ofNullable(em.find(Report.class, id.value()));
    }

    /** The report with its row locked until the transaction ends (moves and attachments of one report queue up). */
    public Optional<Report> findForUpdate(ReportId id) {
        if (em.createNativeQuery("select id from reports where id = ?1 for update").setParameter(1, id.value())
                .getResultList().isEmpty()) {
            return Optional.empty();
        }
        Report report = em.find(Report.class, id.value());
        em.refresh(report);
        return Optional.of(report);
    }

    public boolean exists(ReportId id) {
        return !em.createNativeQuery("select 1 from reports where id = ?1").setParameter(1, id.value())
                .getResultList().isEmpty();
    }

    /**
     * One page of a provider's reports, newest first (opened, then id), in one of {@code states} (empty:
     * any), opened at or after {@code from} and before {@code to} (null: open-ended); served by the
     * index on (provider_id, opened_at).
     */
    public List<Report> page(ProviderId provider, Set<ReportState> states, Instant from, Instant to, int first, int max) {
        var query = em.createQuery("select r from Report r" + where(states, from, to) + " order by r.openedAt desc, r.id",
                Report.class);
        bind(query, provider, states, from, to);
        return query.setFirstResult(first).setMaxResults(max).getResultList();
    }

    /** How many reports {@link #page} pages through. */
    public long count(ProviderId provider, Set<ReportState> states, Instant from, Instant to) {
        var query = em.createQuery("select count(r) from Report r" + where(states, from, to), Long.class);
        bind(query, provider, states, from, to);
        return query.getSingleResult();
    }

    private static String where(Set<ReportState> states, Instant from, Instant to) {
        List<String> conditions = new ArrayList<>(List.of("r.providerId = :provider"));
        if (!states.isEmpty()) {
            conditions.add("r.state in :states");
        }
        if (from != null) {
            conditions.add("r.openedAt >= :from");
        }
        if (to != null) {
            conditions.add("r.openedAt < :to");
        }
        return " where " + String.join(" and ", conditions);
    }

    private static void bind(Query query, ProviderId provider, Set<ReportState> states, Instant from,
                             Instant to) {
        query.setParameter("provider", provider.value());
        if (!states.isEmpty()) {
            query.setParameter("states", states);
        }
        if (from != null) {
            query.setParameter("from", from);
        }
        if (to != null) {
            query.setParameter("to", to);
        }
    }

    public void add(Report report) {
        em.persist(report);
    }

    public void flush() {
        em.flush();
    }
}
