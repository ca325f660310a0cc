package eu.csar.indicators.domain;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * The quarantined indicators (stopped by the flood rule or a reviewer), longest waiting first: the
 * part of the reviewers' queue that the indicator workflow itself fills.
 */
@ApplicationScoped
public class QuarantineQueueRepository {

    /** One quarantined indicator as the queue lists it. */
    public record Row(UUID id, long seq, String kind, String value, Integer quality, String setCode, Instant since,
                      String reason) {
    }

    @PersistenceContext(unitName = "csar")
    private EntityManager em;

    /** Up to {@code max} quarantined indicators, longest in quarantine first, with the reason of the move. */
    @SuppressWarnings("unchecked")
    public List<Row> quarantined(int max) {
        List<Object[]> rows = em.createNativeQuery("select i.id, i.seq, i.kind, i.value, i.quality, s.code, i.state_changed_at, "
                        + "(select c.reason from indicator_status_changes c where c.indicator_id = i.id "
                        + "and c.to_state = 'QUARANTINED' order by c.occurred_at desc limit 1) "
                        + "from indicators i join indicator_sets s on s.id = i.set_id "
                        + "where i.state = 'QUARANTINED' order by i.state_changed_at, i.seq limit ?1")
                .setParameter(1, max).getResultList();
        return rows.stream().map(r -> new Row((UUID) r[0], ((Number) r[1]).longValue(), (String) r[2], (String) r[3],
                r[4] == null ? null : ((Number) r[4]).intValue(), (String) r[5], instant(r[6]), (String) r[7])).toList();
    }

    static Instant instant(Object value) {
        if (value instanceof Instant i) {
            return i;
        }
        if (value instanceof OffsetDateTime o) {
            return o.toInstant();
        }
        return ((Timestamp) value).toInstant();
    }
}
