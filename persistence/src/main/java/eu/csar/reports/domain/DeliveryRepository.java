package eu.csar.reports.domain;

import eu.csar.reports.api.DeliveryState;
import eu.csar.reports.api.ReportId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Loads and stores the deliveries of forwarded reports and their delivery log. */
@ApplicationScoped
public class DeliveryRepository {

    @PersistenceContext(unitName = "csar")
    private EntityManager em;

    public void add(ReportDelivery delivery) {
        em.persist(delivery);
    }

    public void log(DeliveryAttempt attempt) {
        em.persist(attempt);
    }

    public Optional<ReportDelivery> find(UUID id) {
        return Optional.ofNullable(em.find(ReportDelivery.class, id));
    }

    /** The delivery with its row locked until the transaction ends, read fresh from the database. */
    public Optional<ReportDelivery> findForUpdate(UUID id) {
        if (em.createNativeQuery("select id from report_deliveries where id = ?1 for update").setParameter(1, id)
                .getResultList().isEmpty()) {
            return Optional.empty();
        }
        ReportDelivery delivery = em.find(ReportDelivery.class, id);
        em.refresh(delivery);
        return Optional.of(delivery);
    }

    /** The report's deliveries, by recipient. */
    public List<ReportDelivery> of(ReportId report) {
        return em.createQuery("select d from ReportDelivery d where d.reportId = :r order by d.recipient", ReportDelivery.class)
                .setParameter("r", report.value()).getResultList();
    }

    /** How many of the report's deliveries are not yet in {@code state}. */
    public long notIn(ReportId report, DeliveryState state) {
        return em.createQuery("select count(d) from ReportDelivery d where d.reportId = :r and d.state <> :s", Long.class)
                .setParameter("r", report.value()).setParameter("s", state).getSingleResult();
    }

    public void flush() {
        em.flush();
    }
}
