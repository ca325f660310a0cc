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
     * {@code memberStates} if given, else all of them; narrowed by {@code filter}.
     */
    public List<RemovalOrder> page(ProviderId provider, Set<MemberState> memberStates, RemovalOrderFilter filter,
                                   int first, int max) {
        var query = em.createQuery("select o from RemovalOrder o" + where(provider, memberStates, filter)
                + " order by o.issuedAt desc, o.id", RemovalOrder.class);
        bind(query, provider, memberStates, filter);
        return query.setFirstResult(first).setMaxResults(max).getResultList();
    }

    public List<RemovalOrder> page(ProviderId provider, Set<MemberState> memberStates, int first, int max) {
        return page(provider, memberStates, RemovalOrderFilter.none(), first, max);
    }

    public long count(ProviderId provider, Set<MemberState> memberStates, RemovalOrderFilter filter) {
        var query = em.createQuery("select count(o) from RemovalOrder o" + where(provider, memberStates, filter), Long.class);
        bind(query, provider, memberStates, filter);
        return query.getSingleResult();
    }

    public long count(ProviderId provider, Set<MemberState> memberStates) {
        return count(provider, memberStates, RemovalOrderFilter.none());
    }

    /**
     * Receipt, execution and overdue times of the orders (scoped as {@link #page}) that were executed
     * or ran out their execution period: what the time-to-removal figures are made of.
     */
    public List<RemovalTime> removalTimes(ProviderId provider, Set<MemberState> memberStates) {
        String scope = where(provider, memberStates, RemovalOrderFilter.none());
        var query = em.createQuery("select new eu.csar.orders.domain.RemovalTime(o.providerId, o.providerName, o.receivedAt,"
                + " o.executedAt, o.executionOverdueAt) from RemovalOrder o" + scope + (scope.isEmpty() ? " where" : " and")
                + " o.receivedAt is not null and (o.executedAt is not null or o.executionOverdueAt is not null)", RemovalTime.class);
        bind(query, provider, memberStates, RemovalOrderFilter.none());
        return query.getResultList();
    }

    /** One item of an executed order: the order and the item's position in it (from 0). */
    public record ExecutedItem(java.util.UUID orderId, int position) {
    }

    private static final String EXECUTED_ITEMS = " from removal_orders o join removal_order_items i on i.order_id = o.id"
            + " where o.provider_id = ?1 and o.executed_at is not null and o.measure_taken is not null"
            + " and o.executed_at >= ?2 and o.executed_at < ?3";

    /**
     * The items of the orders addressed to {@code provider} that it executed in [{@code from}, {@code to}),
     * oldest execution first, then by order and position: a stable sequence to page through.
     */
    public List<ExecutedItem> executedItems(ProviderId provider, java.time.Instant from, java.time.Instant to, int first, int max) {
        List<?> rows = em.createNativeQuery("select o.id, i.position" + EXECUTED_ITEMS
                        + " order by o.executed_at, o.id, i.position offset ?4 limit ?5")
                .setParameter(1, provider.value()).setParameter(2, java.sql.Timestamp.from(from)).setParameter(3, java.sql.Timestamp.from(to))
                .setParameter(4, first).setParameter(5, max).getResultList();
        return rows.stream().map(Object[].class::cast)
                .map(r -> new ExecutedItem((java.util.UUID) r[0], ((Number) r[1]).intValue())).toList();
    }

    /** How many items {@link #executedItems} pages through. */
    public long countExecutedItems(ProviderId provider, java.time.Instant from, java.time.Instant to) {
        return ((Number) em.createNativeQuery("select count(*)" + EXECUTED_ITEMS)
                .setParameter(1, provider.value()).setParameter(2, java.sql.Timestamp.from(from)).setParameter(3, java.sql.Timestamp.from(to)).getSingleResult()).longValue();
    }

    private static String where(ProviderId provider, Set<MemberState> memberStates, RemovalOrderFilter filter) {
        List<String> conditions = new java.util.ArrayList<>();
        String scope = OrderScope.condition("", provider, memberStates).trim();
        if (!scope.isEmpty()) {
            conditions.add(scope);
        }
        if (!filter.states().isEmpty()) {
            conditions.add("o.state in :orderStates");
        }
        if (filter.dueBefore() != null) {
            conditions.add("((o.receivedAt is null and o.acknowledgementDueAt < :dueBefore"
                    + " and o.state in (eu.csar.orders.api.RemovalOrderState.TRANSMITTED, eu.csar.orders.api.RemovalOrderState.ESCALATED))"
                    + " or (o.executedAt is null and o.executionDueAt < :dueBefore"
                    + " and o.state = eu.csar.orders.api.RemovalOrderState.RECEIVED))");
        }
        if (filter.overdue()) {
            conditions.add("(o.state = eu.csar.orders.api.RemovalOrderState.ESCALATED or (o.executionOverdueAt is not null"
                    + " and o.executedAt is null and o.state in (eu.csar.orders.api.RemovalOrderState.RECEIVED,"
                    + " eu.csar.orders.api.RemovalOrderState.PAUSED)))");
        }
        return conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
    }

    private static void bind(jakarta.persistence.TypedQuery<?> query, ProviderId provider, Set<MemberState> memberStates,
                             RemovalOrderFilter filter) {
        OrderScope.bind(query, provider, memberStates);
        if (!filter.states().isEmpty()) {
            query.setParameter("orderStates", filter.states());
        }
        if (filter.dueBefore() != null) {
            query.setParameter("dueBefore", filter.dueBefore());
        }
    }
}
