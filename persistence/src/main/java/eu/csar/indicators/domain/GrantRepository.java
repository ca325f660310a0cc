package eu.csar.indicators.domain;

import eu.csar.indicators.api.GrantAccess;
import eu.csar.indicators.api.GrantId;
import eu.csar.shared.domain.ProviderId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Loads and stores indicator grants (Art 46); the only place that knows their queries. */
@ApplicationScoped
public class GrantRepository {

    @PersistenceContext(unitName = "csar")
    private EntityManager em;

    public void add(IndicatorGrant grant) {
        em.persist(grant);
    }

    public void flush() {
        em.flush();
    }

    public Optional<IndicatorGrant> find(GrantId id) {
        return Optional.ofNullable(em.find(IndicatorGrant.class, id.value()));
    }

    /**
     * The grants of {@code provider} live at {@code now} that allow {@code access}: a DOWNLOAD grant
     * also allows matching, so asking for MATCH returns both kinds.
     */
    public List<IndicatorGrant> live(ProviderId provider, GrantAccess access, Instant now) {
        String kinds = access == GrantAccess.MATCH ? " and g.access in :kinds" : " and g.access = :kind";
        TypedQuery<IndicatorGrant> query = em.createQuery("select g from IndicatorGrant g where g.providerId = :provider"
                        + " and g.revokedAt is null and g.validFrom <= :now and g.validUntil > :now" + kinds
                        + " order by g.setId, g.validUntil desc", IndicatorGrant.class)
                .setParameter("provider", provider.value())
                .setParameter("now", now);
        if (access == GrantAccess.MATCH) {
            query.setParameter("kinds", List.of(GrantAccess.MATCH, GrantAccess.DOWNLOAD));
        } else {
            query.setParameter("kind", access);
        }
        return query.getResultList();
    }

    /** Grants by provider and set (either may be null for all), newest first, at most {@code limit}. */
    public List<IndicatorGrant> list(UUID provider, UUID set, int limit) {
        StringBuilder jpql = new StringBuilder("select g from IndicatorGrant g where 1 = 1");
        if (provider != null) {
            jpql.append(" and g.providerId = :provider");
        }
        if (set != null) {
            jpql.append(" and g.setId = :set");
        }
        jpql.append(" order by g.createdAt desc, g.id");
        TypedQuery<IndicatorGrant> query = em.createQuery(jpql.toString(), IndicatorGrant.class).setMaxResults(limit);
        if (provider != null) {
            query.setParameter("provider", provider);
        }
        if (set != null) {
            query.setParameter("set", set);
        }
        return query.getResultList();
    }

    /** The id of the set with this code, if any. */
    public Optional<UUID> setByCode(String code) {
        List<?> rows = em.createNativeQuery("select id from indicator_sets where code = ?1").setParameter(1, code).getResultList();
        return rows.stream().findFirst().map(row -> row instanceof UUID u ? u : UUID.fromString(row.toString()));
    }

    /** The code of the set with this id, if any. */
    public Optional<String> setCode(UUID set) {
        List<?> rows = em.createNativeQuery("select code from indicator_sets where id = ?1").setParameter(1, set).getResultList();
        return rows.stream().findFirst().map(Object::toString);
    }

    /** True if a provider with this id exists in the registry. */
    public boolean providerExists(ProviderId provider) {
        return !em.createNativeQuery("select 1 from providers where id = ?1").setParameter(1, provider.value())
                .getResultList().isEmpty();
    }

    /** The given sets and all their sub-sets (a grant on a set covers its sub-sets by source). */
    public java.util.Set<UUID> withSubSets(java.util.Collection<UUID> sets) {
        java.util.Set<UUID> out = new java.util.LinkedHashSet<>();
        if (sets.isEmpty()) {
            return out;
        }
        String ids = String.join(",", sets.stream().map(UUID::toString).toList());
        List<?> rows = em.createNativeQuery("with recursive tree(id) as ("
                        + " select id from indicator_sets where id = any(cast(string_to_array(?1, ',') as uuid[]))"
                        + " union select s.id from indicator_sets s join tree t on s.parent_id = t.id)"
                        + " select cast(id as varchar) from tree")
                .setParameter(1, ids).getResultList();
        rows.forEach(row -> out.add(UUID.fromString(row.toString())));
        return out;
    }

    /** Every set's id and code, by code. */
    public java.util.Map<UUID, String> sets() {
        java.util.Map<UUID, String> out = new java.util.LinkedHashMap<>();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select cast(id as varchar), code from indicator_sets order by code").getResultList();
        rows.forEach(row -> out.put(UUID.fromString(row[0].toString()), row[1].toString()));
        return out;
    }
}
