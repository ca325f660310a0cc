package eu.csar.orders.domain;

import eu.csar.orders.api.UrlListOrderId;
import eu.csar.orders.api.UrlListOrderType;
import eu.csar.shared.domain.MemberState;
import eu.csar.shared.domain.ProviderId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import eu.csar.orders.api.UrlListOrderState;
import jakarta.persistence.TypedQuery;

import java.time.Instant;
import java.util.ArrayList;
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
    /**
     * A filter of the portal's list: the kinds and states (empty: any), an open deadline (the
     * reassessment or the end of the period of application) before {@code dueBefore} (null: any),
     * or only the orders whose reassessment is overdue.
     */
    public record Filter(Set<UrlListOrderType> types, Set<UrlListOrderState> states, Instant dueBefore, boolean overdue) {
    }

    /** One page of the orders matching {@code filter} in the caller's scope (as {@link #page}), newest first. */
    public List<UrlListOrder> page(Filter filter, ProviderId provider, Set<MemberState> memberStates, int first, int max) {
        TypedQuery<UrlListOrder> query = em.createQuery("select o from UrlListOrder o" + where(filter, provider, memberStates)
                + " order by o.issuedAt desc, o.id", UrlListOrder.class);
        bind(query, filter, provider, memberStates);
        return query.setFirstResult(first).setMaxResults(max).getResultList();
    }

    public long count(Filter filter, ProviderId provider, Set<MemberState> memberStates) {
        TypedQuery<Long> query = em.createQuery("select count(o) from UrlListOrder o" + where(filter, provider, memberStates), Long.class);
        bind(query, filter, provider, memberStates);
        return query.getSingleResult();
    }

    private static String where(Filter filter, ProviderId provider, Set<MemberState> memberStates) {
        List<String> conditions = new ArrayList<>();
        conditions.add(filter.types().isEmpty() ? "1 = 1" : "o.type in :types");
        if (!filter.states().isEmpty()) {
            conditions.add("o.state in :orderStates");
        }
        String open = "o.state not in (eu.csar.orders.api.UrlListOrderState.REVOKED, eu.csar.orders.api.UrlListOrderState.EXPIRED)";
        if (filter.dueBefore() != null) {
            conditions.add(open + " and ((o.reassessmentOverdueAt is null and o.reassessmentDueAt < :dueBefore)"
                    + " or o.endsAt < :dueBefore)");
        }
        if (filter.overdue()) {
            conditions.add(open + " and o.reassessmentOverdueAt is not null");
        }
        return " where " + String.join(" and ", conditions) + OrderScope.condition(" and", provider, memberStates);
    }

    private static void bind(TypedQuery<?> query, Filter filter, ProviderId provider, Set<MemberState> memberStates) {
        if (!filter.types().isEmpty()) {
            query.setParameter("types", filter.types());
        }
        if (!filter.states().isEmpty()) {
            query.setParameter("orderStates", filter.states());
        }
        if (filter.dueBefore() != null) {
            query.setParameter("dueBefore", filter.dueBefore());
        }
        OrderScope.bind(query, provider, memberStates);
    }
}
