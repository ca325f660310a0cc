package eu.csar.registry.domain;

import eu.csar.shared.domain.ProviderId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/** Loads and stores providers; the only place that knows the registry's queries. */
@ApplicationScoped
public class ProviderRepository {

    @PersistenceContext(unitName = "csar")
    private EntityManager em;

    public Optional<Provider> find(ProviderId id) {
        return Optional.ofNullable(em.find(Provider.class, id.value()));
    }

    /**
     * The public key (PEM) the provider registered to sign its reports, read alone: report intake
     * needs nothing else of the entry, and loading the entity would read its two eager collections
     * (a joined select) and keep it managed, so that every flush of the report's transaction
     * dirty-checks it. Read at every call, never kept: a key replaced or removed on any node holds
     * for the next report. Empty when the provider does not exist or has no key.
     */
    public Optional<String> signingPublicKey(ProviderId id) {
        return em.createQuery("select p.signingPublicKey from Provider p where p.id = :id", String.class)
                .setParameter("id", id.value()).getResultList().stream().filter(Objects::nonNull).findFirst();
    }

    /**
     * The provider, its row locked until the transaction ends: for a change that replaces a value
     * whatever it was, so that concurrent writers of one entry wait for each other instead of one
     * losing its update.
     */
    public Optional<Provider> findForUpdate(ProviderId id) {
        // The row lock first, then the entity: a locking find() would let Hibernate read the entity
        // (with its joined collections) unlocked and lock it in a second select that fails as
        // stale whenever a concurrent writer committed in between ("follow-on locking").
        if (em.createNativeQuery("select id from providers where id = ?1 for update").setParameter(1, id.value())
                .getResultList().isEmpty()) {
            return Optional.empty();
        }
        return Optional.ofNullable(em.find(Provider.class, id.value()));
    }

    /** Those of {@code ids} that exist: one query (their collections follow in batches). */
    public List<Provider> findAll(Collection<ProviderId> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select p from Provider p where p.id in :ids", Provider.class)
                .setParameter("ids", ids.stream().map(ProviderId::value).distinct().toList())
                .getResultList();
    }

    /** The legal names of those of {@code ids} that exist, by id: one query for a page of references. */
    public Map<ProviderId, String> legalNames(Collection<ProviderId> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        Map<ProviderId, String> names = new HashMap<>();
        em.createQuery("select p.id, p.legalName from Provider p where p.id in :ids", Object[].class)
                .setParameter("ids", ids.stream().map(ProviderId::value).distinct().toList())
                .getResultList()
                .forEach(row -> names.put(new ProviderId((UUID) row[0]), (String) row[1]));
        return names;
    }

    public void add(Provider provider) {
        em.persist(provider);
    }

    /**
     * Writes pending changes now, inside the caller's transaction: the entry's version is then the
     * one a client must send next, and a conflict surfaces here rather than at commit.
     */
    public void flush() {
        em.flush();
    }

    /** Whether another provider than {@code except} (null: any) has this legal name, ignoring case. */
    public boolean legalNameTaken(String legalName, ProviderId except) {
        return !em.createQuery("select p.id from Provider p where lower(p.legalName) = lower(:name) and p.id <> :except", UUID.class)
                .setParameter("name", legalName.trim())
                .setParameter("except", except == null ? new UUID(0, 0) : except.value())
                .setMaxResults(1).getResultList().isEmpty();
    }

    public List<Provider> search(ProviderSearch search) {
        Map<String, Object> params = new HashMap<>();
        String jpql = "select p from Provider p" + where(search, params) + orderBy(search);
        TypedQuery<Provider> query = em.createQuery(jpql, Provider.class);
        params.forEach(query::setParameter);
        return query.setFirstResult(search.first()).setMaxResults(search.pageSize()).getResultList();
    }

    public long count(ProviderSearch search) {
        Map<String, Object> params = new HashMap<>();
        TypedQuery<Long> query = em.createQuery("select count(p) from Provider p" + where(search, params), Long.class);
        params.forEach(query::setParameter);
        return query.getSingleResult();
    }

    /** Active providers in name order: the source of the public register (Art 23(3), 24(5)). */
    public List<Provider> publicRegister() {
        return em.createQuery("select p from Provider p where p.status = :active order by lower(p.legalName)", Provider.class)
                .setParameter("active", ProviderStatus.ACTIVE)
                .getResultList();
    }

    private static String where(ProviderSearch search, Map<String, Object> params) {
        StringBuilder where = new StringBuilder(" where 1 = 1");
        if (search.nameContains() != null && !search.nameContains().isBlank()) {
            where.append(" and lower(p.legalName) like :name escape '!'");
            params.put("name", "%" + escapeLike(search.nameContains().trim().toLowerCase()) + "%");
        }
        if (search.status() != null) {
            where.append(" and p.status = :status");
            params.put("status", search.status());
        }
        if (search.serviceType() != null) {
            where.append(" and :serviceType member of p.serviceTypes");
            params.put("serviceType", search.serviceType());
        }
        if (search.jurisdiction() != null) {
            if (search.jurisdiction().isEmpty()) {
                where.append(" and 1 = 0");
            } else {
                where.append(" and coalesce(p.mainEstablishment, p.legalRepresentative.memberState) in :jurisdiction");
                params.put("jurisdiction", List.copyOf(search.jurisdiction()));
            }
        }
        return where.toString();
    }

    private static String orderBy(ProviderSearch search) {
        String direction = search.ascending() ? " asc" : " desc";
        String key = switch (search.sortKey()) {
            case LEGAL_NAME -> "lower(p.legalName)";
            case STATUS -> "p.status";
            case JURISDICTION -> "coalesce(p.mainEstablishment, p.legalRepresentative.memberState)";
            case UPDATED_AT -> "p.updatedAt";
        };
        return " order by " + key + direction + ", p.id";
    }

    private static String escapeLike(String text) {
        return text.replace("!", "!!").replace("%", "!%").replace("_", "!_");
    }
}
