package eu.csar.reports.domain;

import eu.csar.reports.api.DeliveryState;
import eu.csar.reports.api.ReportId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.persistence.TypedQuery;

import java.time.Instant;
import java.util.Collection;
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

    /**
     * Where a page of waiting deliveries ended: the last one's urgency, creation and id, in the order
     * the pull API hands them out (urgent first, then oldest first, then by id).
     */
    public record Position(boolean urgent, Instant createdAt, UUID id) {

        public static Position of(ReportDelivery delivery) {
            return new Position(delivery.urgent(), delivery.createdAt(), delivery.id());
        }
    }

    /**
     * At most {@code limit} PENDING deliveries to {@code recipients}, urgent ones first, then the
     * oldest, after {@code after} (null: from the start). Keyset paging: a delivery acknowledged
     * meanwhile moves no other to another page.
     */
    @SuppressWarnings("unchecked")
    public List<ReportDelivery> waiting(Collection<String> recipients, Position after, int limit) {
        if (recipients.isEmpty()) {
            return List.of();
        }
        // (not urgent) sorts urgent ones first; the row comparison is the keyset (index report_deliveries_waiting_idx)
        Query query = em.createNativeQuery("select * from report_deliveries where state = 'PENDING' and recipient in (?1)"
                + (after == null ? "" : " and (not urgent, created_at, id) > (?2, ?3, ?4)")
                + " order by not urgent, created_at, id", ReportDelivery.class).setParameter(1, recipients);
        if (after != null) {
            query.setParameter(2, !after.urgent()).setParameter(3, after.createdAt()).setParameter(4, after.id());
        }
        return query.setMaxResults(limit).getResultList();
    }

    /** The recipients that have PENDING deliveries (a few codes: Member States and Europol). */
    public List<String> recipientsWaiting() {
        return em.createQuery("select distinct d.recipient from ReportDelivery d where d.state = :s order by d.recipient", String.class)
                .setParameter("s", DeliveryState.PENDING).getResultList();
    }

    /**
     * At most {@code limit} PENDING deliveries that no job carries: without a due time ({@link
     * ReportDelivery#waitsWithoutJob}) or to one of {@code pulling} (a delivery created before its recipient
     * was made to pull), created before {@code urgentBefore} (urgent ones) or {@code before} (the others);
     * urgent first, then the oldest, then by id.
     */
    public List<ReportDelivery> waitingSince(Collection<String> pulling, Instant before, Instant urgentBefore, int limit) {
        TypedQuery<ReportDelivery> query = em.createQuery("select d from ReportDelivery d where d.state = :s"
                        + " and (d.nextAttemptAt is null" + (pulling.isEmpty() ? "" : " or d.recipient in :p") + ")"
                        + " and ((d.urgent = true and d.createdAt < :u) or (d.urgent = false and d.createdAt < :b))"
                        + " order by d.urgent desc, d.createdAt, d.id", ReportDelivery.class)
                .setParameter("s", DeliveryState.PENDING).setParameter("u", urgentBefore).setParameter("b", before);
        if (!pulling.isEmpty()) {
            query.setParameter("p", pulling);
        }
        return query.setMaxResults(limit).getResultList();
    }

    /** The deliveries in {@code states}, oldest first, at most {@code limit}. */
    public List<ReportDelivery> inStates(Collection<DeliveryState> states, int limit) {
        return em.createQuery("select d from ReportDelivery d where d.state in :s order by d.createdAt, d.id", ReportDelivery.class)
                .setParameter("s", states).setMaxResults(limit).getResultList();
    }

    /** The delivery log of {@code deliveries}, by delivery and attempt. */
    public List<DeliveryAttempt> attemptsOf(Collection<UUID> deliveries) {
        if (deliveries.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select a from DeliveryAttempt a where a.deliveryId in :d order by a.deliveryId, a.attempt",
                DeliveryAttempt.class).setParameter("d", deliveries).getResultList();
    }

    public void flush() {
        em.flush();
    }
}
