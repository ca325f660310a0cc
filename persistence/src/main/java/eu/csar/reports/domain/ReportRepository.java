package eu.csar.reports.domain;

import eu.csar.reports.api.ReportId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.Optional;

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

    public void add(Report report) {
        em.persist(report);
    }

    public void flush() {
        em.flush();
    }
}
