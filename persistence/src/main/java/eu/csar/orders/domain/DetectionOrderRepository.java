package eu.csar.orders.domain;

import eu.csar.orders.api.DetectionOrderId;
import eu.csar.shared.domain.MemberState;
import eu.csar.shared.domain.ProviderId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Loads and stores detection orders: the only place that knows their queries. */
@ApplicationScoped
public class DetectionOrderRepository {

    @PersistenceContext(unitName = "csar")
    private EntityManager em;

    public Optional<DetectionOrder> find(DetectionOrderId id) {
        return Optional.ofNullable(em.find(DetectionOrder.class, id.value()));
    }

    /** The order with its row locked until the transaction ends (moves of one order wait for each other). */
    public Optional<DetectionOrder> findForUpdate(DetectionOrderId id) {
        if (em.createNativeQuery("select id from detection_orders where id = ?1 for update").setParameter(1, id.value())
                .getResultList().isEmpty()) {
            return Optional.empty();
        }
        DetectionOrder order = em.find(DetectionOrder.class, id.value());
        em.refresh(order);
        return Optional.of(order);
    }

    public void add(DetectionOrder order) {
        em.persist(order);
    }

    public void flush() {
        em.flush();
    }

    /**
     * One page of orders, newest first: those addressed to {@code provider} that were sent to it for
     * consultation if given, else those of one of {@code memberStates} if given, else all of them.
     */
    public List<DetectionOrder> page(ProviderId provider, Set<MemberState> memberStates, int first, int max) {
        var query = em.createQuery("select o from DetectionOrder o" + where(provider, memberStates)
                + " order by o.draftedAt desc, o.id", DetectionOrder.class);
        OrderScope.bind(query, provider, memberStates);
        return query.setFirstResult(first).setMaxResults(max).getResultList();
    }

    public long count(ProviderId provider, Set<MemberState> memberStates) {
        var query = em.createQuery("select count(o) from DetectionOrder o" + where(provider, memberStates), Long.class);
        OrderScope.bind(query, provider, memberStates);
        return query.getSingleResult();
    }

    private static String where(ProviderId provider, Set<MemberState> memberStates) {
        if (provider != null) {
            return " where o.providerId = :provider and o.consultationSentAt is not null";
        }
        return memberStates == null || memberStates.isEmpty() ? "" : " where o.memberState in :states";
    }
}
