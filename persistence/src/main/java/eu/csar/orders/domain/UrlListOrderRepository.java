package eu.csar.orders.domain;

import eu.csar.orders.api.UrlListOrderId;
import eu.csar.orders.api.UrlListOrderType;
import eu.csar.shared.domain.MemberState;
import eu.csar.shared.domain.ProviderId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Loads and stores blocking and delisting orders: the only place that knows their queries. */
@ApplicationScoped
public class UrlListOrderRepository {

    @PersistenceContext(unitName = "csar")
    private EntityManager em;

    public Optional<UrlListOrder> find(UrlListOrderType type, UrlListOrderId id) {
        return Optional.ofNullable(em.find(UrlListOrder.class, id.value())).filter(o -> o.type() == type);
    }

    /** The order with its row locked until the transaction ends (moves of one order wait for each other). */
    public Optional<UrlListOrder> findForUpdate(UrlListOrderType type, UrlListOrderId id) {
        if (em.createNativeQuery("select id from url_list_orders where id = ?1 and order_type = ?2 for update")
                .setParameter(1, id.value()).setParameter(2, type.name()).getResultList().isEmpty()) {
            return Optional.empty();
        }
        UrlListOrder order = em.find(UrlListOrder.class, id.value());
        em.refresh(order);
        return Optional.of(order);
    }

    public void add(UrlListOrder order) {
        em.persist(order);
    }

    public void flush() {
        em.flush();
    }

    /**
     * One page of orders of {@code type}, newest first, addressed to {@code provider} if given, else
     * issued by one of {@code memberStates} if given, else all of them.
     */
    public List<UrlListOrder> page(UrlListOrderType type, ProviderId provider, Set<MemberState> memberStates, int first, int max) {
        var query = em.createQuery("select o from UrlListOrder o where o.type = :type"
                + OrderScope.condition(" and", provider, memberStates) + " order by o.issuedAt desc, o.id", UrlListOrder.class);
        query.setParameter("type", type);
        OrderScope.bind(query, provider, memberStates);
        return query.setFirstResult(first).setMaxResults(max).getResultList();
    }

    public long count(UrlListOrderType type, ProviderId provider, Set<MemberState> memberStates) {
        var query = em.createQuery("select count(o) from UrlListOrder o where o.type = :type"
                + OrderScope.condition(" and", provider, memberStates), Long.class);
        query.setParameter("type", type);
        OrderScope.bind(query, provider, memberStates);
        return query.getSingleResult();
    }
}
