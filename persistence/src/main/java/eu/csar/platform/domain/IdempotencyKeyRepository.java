package eu.csar.platform.domain;

import eu.csar.platform.api.RequestFingerprint;
import eu.csar.platform.api.StoredAnswer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The rows of the idempotency store ({@code idempotency_keys}, V9), in plain SQL: the claim relies on
 * PostgreSQL's {@code INSERT ... ON CONFLICT DO NOTHING} waiting for a concurrent insert of the same
 * key to commit or roll back, and on the row lock of {@code SELECT ... FOR UPDATE}.
 */
@ApplicationScoped
public class IdempotencyKeyRepository {

    @PersistenceContext(unitName = "csar")
    private EntityManager em;

    /** A key's row as the store holds it; {@code answer} is empty while its first request runs. */
    public record KeyRow(RequestFingerprint fingerprint, Optional<StoredAnswer> answer, Instant expiresAt) {
    }

    /**
     * Inserts the key's row unless one exists; true if this call inserted it. Blocks while another
     * transaction holds an uncommitted row of the same key.
     */
    public boolean insertIfAbsent(String caller, String key, RequestFingerprint fingerprint, Instant now, Instant expiresAt) {
        return keyQuery("insert into idempotency_keys (caller, idempotency_key, request_method, request_path, "
                        + "body_sha256, created_at, expires_at) values (?1, ?2, ?3, ?4, ?5, ?6, ?7) on conflict do nothing")
                .setParameter(1, caller).setParameter(2, key).setParameter(3, fingerprint.method())
                .setParameter(4, fingerprint.path()).setParameter(5, fingerprint.bodySha256())
                .setParameter(6, Timestamp.from(now)).setParameter(7, Timestamp.from(expiresAt))
                .executeUpdate() == 1;
    }

    /** The key's row, locked until the transaction ends. */
    public Optional<KeyRow> lock(String caller, String key) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = keyQuery("select request_method, request_path, body_sha256, response_status, "
                        + "response_type, response_location, response_etag, response_body, expires_at "
                        + "from idempotency_keys where caller = ?1 and idempotency_key = ?2 for update")
                .setParameter(1, caller).setParameter(2, key).getResultList();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Object[] r = rows.get(0);
        RequestFingerprint fingerprint = new RequestFingerprint((String) r[0], (String) r[1], (String) r[2]);
        Optional<StoredAnswer> answer = r[3] == null ? Optional.empty()
                : Optional.of(new StoredAnswer(((Number) r[3]).intValue(), (String) r[4], (String) r[5], (String) r[6], (String) r[7]));
        return Optional.of(new KeyRow(fingerprint, answer, instant(r[8])));
    }

    /** Starts an expired key afresh for a new request (its old answer no longer applies). */
    public void restart(String caller, String key, RequestFingerprint fingerprint, Instant now, Instant expiresAt) {
        keyQuery("update idempotency_keys set request_method = ?3, request_path = ?4, body_sha256 = ?5, "
                        + "response_status = null, response_type = null, response_location = null, response_etag = null, "
                        + "response_body = null, created_at = ?6, expires_at = ?7 where caller = ?1 and idempotency_key = ?2")
                .setParameter(1, caller).setParameter(2, key).setParameter(3, fingerprint.method())
                .setParameter(4, fingerprint.path()).setParameter(5, fingerprint.bodySha256())
                .setParameter(6, Timestamp.from(now)).setParameter(7, Timestamp.from(expiresAt))
                .executeUpdate();
    }

    public void storeAnswer(String caller, String key, StoredAnswer answer) {
        keyQuery("update idempotency_keys set response_status = ?3, response_type = ?4, response_location = ?5, "
                        + "response_etag = ?6, response_body = ?7 where caller = ?1 and idempotency_key = ?2")
                .setParameter(1, caller).setParameter(2, key).setParameter(3, answer.status())
                .setParameter(4, answer.contentType()).setParameter(5, answer.location())
                .setParameter(6, answer.etag()).setParameter(7, answer.body())
                .executeUpdate();
    }

    /** Deletes the keys that expired before {@code now}; answers how many. */
    public int purgeExpired(Instant now) {
        return keyQuery("delete from idempotency_keys where expires_at < ?1")
                .setParameter(1, Timestamp.from(now)).executeUpdate();
    }

    /**
     * A statement on {@code idempotency_keys} alone, run without flushing the write it guards first:
     * no entity maps that table and none of these statements reads another, so what the write has
     * pending goes to the database with the commit as it would anyway. Before a native statement
     * Hibernate otherwise dirty-checks every entity of the transaction (the answer is kept at the end
     * of the write, with the write's entities all in the persistence context).
     */
    private Query keyQuery(String sql) {
        return em.createNativeQuery(sql).setFlushMode(FlushModeType.COMMIT);
    }

    private static Instant instant(Object value) {
        if (value instanceof Timestamp ts) {
            return ts.toInstant();
        }
        if (value instanceof java.time.OffsetDateTime odt) {
            return odt.toInstant();
        }
        return (Instant) value;
    }
}
