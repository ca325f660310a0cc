package eu.csar.orders.domain;

import eu.csar.orders.api.ComplaintDirection;
import eu.csar.orders.api.ComplaintId;
import eu.csar.orders.api.OrderKind;
import eu.csar.shared.domain.MemberState;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** Loads and stores complaints about orders: the only place that knows their queries. */
@ApplicationScoped
public class ComplaintRepository {

    @PersistenceContext(unitName = "csar")
    private EntityManager em;

    public Optional<Complaint> find(ComplaintId id) {
        return Optional.ofNullable(em.find(Complaint.class, id.value()));
    }

    /** The complaint with its row locked until the transaction ends. */
    public Optional<Complaint> findForUpdate(ComplaintId id) {
        if (em.createNativeQuery("select id from complaints where id = ?1 for update").setParameter(1, id.value())
                .getResultList().isEmpty()) {
            return Optional.empty();
        }
        Complaint complaint = em.find(Complaint.class, id.value());
        em.refresh(complaint);
        return Optional.of(complaint);
    }

    public void add(Complaint complaint) {
        em.persist(complaint);
    }

    public void flush() {
        em.flush();
    }

    /**
     * One page of complaints, newest first: with {@code memberStates} null every complaint (EU
     * Centre), else those {@code direction} gives the authorities of those Member States.
     */
    public List<Complaint> page(ComplaintDirection direction, Set<MemberState> memberStates, int first, int max) {
        TypedQuery<Complaint> query = em.createQuery("select c from Complaint c" + where(direction, memberStates)
                + " order by c.filedAt desc, c.id", Complaint.class);
        bind(query, memberStates);
        return query.setFirstResult(first).setMaxResults(max).getResultList();
    }

    public long count(ComplaintDirection direction, Set<MemberState> memberStates) {
        TypedQuery<Long> query = em.createQuery("select count(c) from Complaint c" + where(direction, memberStates), Long.class);
        bind(query, memberStates);
        return query.getSingleResult();
    }

    /** The complaints about one order, oldest first. */
    public List<Complaint> about(OrderKind kind, UUID orderId) {
        return em.createQuery("select c from Complaint c where c.orderKind = :kind and c.orderId = :order"
                        + " order by c.filedAt, c.id", Complaint.class)
                .setParameter("kind", kind).setParameter("order", orderId).getResultList();
    }

    static String where(ComplaintDirection direction, Set<MemberState> memberStates) {
        if (memberStates == null) {
            return "";
        }
        return switch (direction) {
            case RECEIVED -> " where c.receivingMemberState in :states";
            case FORWARDED -> " where c.establishmentMemberState in :states and c.receivingMemberState <> c.establishmentMemberState";
            case ALL -> " where (c.receivingMemberState in :states or c.establishmentMemberState in :states)";
        };
    }

    private static void bind(TypedQuery<?> query, Set<MemberState> memberStates) {
        if (memberStates != null) {
            query.setParameter("states", memberStates);
        }
    }
}
