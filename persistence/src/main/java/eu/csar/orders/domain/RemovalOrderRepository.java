package eu.csar.orders.domain;

import eu.csar.orders.api.RemovalOrderId;
import eu.csar.shared.domain.MemberState;
import eu.csar.shared.domain.ProviderId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Loads and stores removal orders: the only place that knows their queries. */
@ApplicationScoped
public class RemovalOrderRepository {

    @PersistenceContext(unitName = "csar")
    private EntityManager em;

    public Optional<RemovalOrder> find(RemovalOrderId id) {
        return Optional.ofNullable(em.find(RemovalOrder.class, id.value()));
    }

    /** The order with its row locked until the transaction ends (moves of one order wait for each other). */
    public Optional<RemovalOrder> findForUpdate(RemovalOrderId id) {
        if (em.createNativeQuery("select id from removal_orders where id = ?1 for update").setParameter(1, id.value())
                .getResultList().isEmpty()) {
            return Optional.empty();
        }
        RemovalOrder order = em.find(RemovalOrder.class, id.value());
        em.refresh(order);
        return Optional.of(order);
    }

    public void add(RemovalOrder order) {
        em.persist(order);
    }

    public void flush() {
        em.flush();
    }

    /**
     * One page of orders, newest first, addressed to {@code provider} if given, else issued by one of
     * {@code memberStates} if given, else all of them.
     */
    public List<RemovalOrder> page(ProviderId provider, Set<MemberState> memberStates, int first, int max) {
        var query = em.createQuery("select o from RemovalOrder o" + OrderScope.condition(" where", provider, memberStates)
                + " order by o.issuedAt desc, o.id", RemovalOrder.class);
        OrderScope.bind(query, provider, memberStates);
        return query.setFirstResult(first).setMaxResults(max).getResultList();
    }

    public long count(ProviderId provider, Set<MemberState> memberStates) {
        var query = em.createQuery("select count(o) from RemovalOrder o" + OrderScope.condition(" where", provider, memberStates),
                Long.class);
        OrderScope.bind(query, provider, memberStates);
        return query.getSingleResult();
    }
}
