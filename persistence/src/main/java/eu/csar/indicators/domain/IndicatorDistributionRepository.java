package eu.csar.indicators.domain;

import eu.csar.indicators.api.GrantAccess;
import eu.csar.indicators.api.IndicatorSetId;
import eu.csar.shared.domain.ProviderId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The queries of set distribution: a set by its code, the live grant check, the version (the
 * change feed's highest seq) and the pages of snapshots and deltas. A set's pages include its
 * sub-sets' indicators; a grant on the parent set covers its sub-sets.
 */
@ApplicationScoped
public class IndicatorDistributionRepository {

    /** One indicator of a page with its last change in the requested range. */
    public record Row(UUID id, String kind, String value, Integer quality, boolean added) {
    }

    /** A set as distribution needs it. */
    public record SetRef(IndicatorSetId id, String code, Optional<IndicatorSetId> parent) {
    }

    @PersistenceContext(unitName = "csar")
    private EntityManager em;

    public Optional<SetRef> setByCode(String code) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select id, code, parent_id from indicator_sets where code = ?1")
                .setParameter(1, code).getResultList();
        return rows.stream().findFirst().map(r -> new SetRef(new IndicatorSetId((UUID) r[0]), (String) r[1],
                Optional.ofNullable((UUID) r[2]).map(IndicatorSetId::new)));
    }

    /** The current distribution version: the change feed's highest seq (0 before the first change). */
    public long currentVersion() {
        return ((Number) em.createNativeQuery("select coalesce(max(seq), 0) from indicator_changes").getSingleResult()).longValue();
    }

    /**
     * One page of the indicators of the set (and its sub-sets) whose last change with seq in
     * (from, to] is an ADD (snapshot: only those) or either (delta), in indicator seq order;
     * {@code limit + 1} rows at most so that the caller sees whether more follow.
     */
    public List<Row> page(SetRef set, long from, long to, boolean addsOnly, long offset, int limit) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select i.id, i.kind, i.value, i.quality, c.change from ("
                        + "select distinct on (indicator_id) indicator_id, change from indicator_changes "
                        + "where set_id in (select id from indicator_sets where id = ?1 or parent_id = ?1) "
                        + "and seq > ?2 and seq <= ?3 order by indicator_id, seq desc) c "
                        + "join indicators i on i.id = c.indicator_id "
                        + (addsOnly ? "where c.change = 'ADD' " : "")
                        + "order by i.seq offset ?4 limit ?5")
                .setParameter(1, set.id().value()).setParameter(2, from).setParameter(3, to)
                .setParameter(4, offset).setParameter(5, limit + 1).getResultList();
        return rows.stream().map(r -> new Row((UUID) r[0], (String) r[1], (String) r[2],
                r[3] == null ? null : ((Number) r[3]).intValue(), "ADD".equals(r[4]))).toList();
    }
}
