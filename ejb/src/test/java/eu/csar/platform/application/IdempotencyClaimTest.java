package eu.csar.platform.application;

import eu.csar.platform.api.IdempotencyKey;
import eu.csar.platform.api.RequestFingerprint;
import eu.csar.platform.api.StoredAnswer;
import eu.csar.platform.domain.IdempotencyKeyRepository;
import eu.csar.security.api.Caller;
import eu.csar.shared.domain.MemberState;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Proxy;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The store's decisions over the rows a PostgreSQL table would hold (the locking itself: IdempotencyIT):
 * a new key runs, a kept answer replays, another request is refused, an expired key runs again, and
 * keys are per caller.
 */
class IdempotencyClaimTest {

    static final Instant NOW = Instant.parse("2026-12-01T12:00:00Z");
    static final IdempotencyKey KEY = new IdempotencyKey("k-1");
    static final RequestFingerprint REQUEST = RequestFingerprint.of("POST", "/api/v1/providers", "{}".getBytes());
    static final StoredAnswer ANSWER = new StoredAnswer(201, "application/json", "http://x/1", null, "{\"id\":\"1\"}");

    /** The table in memory. */
    static final class Rows extends IdempotencyKeyRepository {
        final Map<String, KeyRow> rows = new HashMap<>();
        boolean vanishAfterInsert;

        @Override
        public boolean insertIfAbsent(String caller, String key, RequestFingerprint fingerprint, Instant now, Instant expiresAt) {
            if (vanishAfterInsert) {
                vanishAfterInsert = false;
                return false;
            }
            return rows.putIfAbsent(caller + "|" + key, new KeyRow(fingerprint, Optional.empty(), expiresAt)) == null;
        }

        @Override
        public Optional<KeyRow> lock(String caller, String key) {
            return Optional.ofNullable(rows.get(caller + "|" + key));
        }

        @Override
        public void restart(String caller, String key, RequestFingerprint fingerprint, Instant now, Instant expiresAt) {
            rows.put(caller + "|" + key, new KeyRow(fingerprint, Optional.empty(), expiresAt));
        }

        @Override
        public void storeAnswer(String caller, String key, StoredAnswer answer) {
            KeyRow row = rows.get(caller + "|" + key);
            rows.put(caller + "|" + key, new KeyRow(row.fingerprint(), Optional.of(answer), row.expiresAt()));
        }
    }

    Rows rows;
    IdempotencyStore store;

    @BeforeEach
    void store() {
        rows = new Rows();
        store = storeAt(NOW, "admin");
    }

    IdempotencyStore storeAt(Instant now, String user) {
        IdempotencyStore s = new IdempotencyStore();
        s.keys = rows;
        s.clock = Clock.fixed(now, ZoneOffset.UTC);
        s.caller = caller(user);
        return s;
    }

    @Test
    void aNewKeyRunsAndItsAnswerIsKeptForADay() {
        assertEquals(IdempotencyStore.Verdict.FIRST, store.claim(KEY, REQUEST).verdict());
        store.keep(KEY, ANSWER);
        assertEquals(NOW.plus(Duration.ofHours(24)), rows.rows.get("user:admin|k-1").expiresAt());
        assertEquals(Optional.of(ANSWER), rows.rows.get("user:admin|k-1").answer());
    }

    @Test
    void theSameRequestAgainReplaysTheKeptAnswer() {
        store.claim(KEY, REQUEST);
        store.keep(KEY, ANSWER);
        IdempotencyStore.Claim again = store.claim(KEY, REQUEST);
        assertEquals(IdempotencyStore.Verdict.REPLAY, again.verdict());
        assertEquals(Optional.of(ANSWER), again.answer());
    }

    @Test
    void anotherRequestWithTheKeyIsRefusedAndKeepsTheFirstAnswer() {
        store.claim(KEY, REQUEST);
        store.keep(KEY, ANSWER);
        IdempotencyStore.Claim other = store.claim(KEY, RequestFingerprint.of("POST", "/api/v1/providers", "{\"a\":1}".getBytes()));
        assertEquals(IdempotencyStore.Verdict.REUSED, other.verdict());
        assertEquals(Optional.empty(), other.answer());
        assertEquals(REQUEST, rows.rows.get("user:admin|k-1").fingerprint());
    }

    @Test
    void anExpiredKeyRunsAgainAsANewRequest() {
        store.claim(KEY, REQUEST);
        store.keep(KEY, ANSWER);
        IdempotencyStore later = storeAt(NOW.plus(Duration.ofHours(25)), "admin");
        RequestFingerprint other = RequestFingerprint.of("PUT", "/api/v1/providers/1", "{}".getBytes());
        assertEquals(IdempotencyStore.Verdict.FIRST, later.claim(KEY, other).verdict());
        assertEquals(other, rows.rows.get("user:admin|k-1").fingerprint());
        assertEquals(Optional.empty(), rows.rows.get("user:admin|k-1").answer());
        assertEquals(NOW.plus(Duration.ofHours(49)), rows.rows.get("user:admin|k-1").expiresAt());
    }

    @Test
    void anotherCallersSameKeyIsAnotherKey() {
        store.claim(KEY, REQUEST);
        store.keep(KEY, ANSWER);
        assertEquals(IdempotencyStore.Verdict.FIRST, storeAt(NOW, "reviewer").claim(KEY, REQUEST).verdict());
    }

    @Test
    void aKeyPurgedBetweenInsertAndLockRunsAsNew() {
        rows.vanishAfterInsert = true;
        assertEquals(IdempotencyStore.Verdict.FIRST, store.claim(KEY, REQUEST).verdict());
        assertTrue(rows.rows.containsKey("user:admin|k-1"), "inserted again");
    }

    @Test
    void keepingNoAnswerIsAMistake() {
        assertThrows(NullPointerException.class, () -> store.keep(KEY, null));
    }

    private static Caller caller(String name) {
        return (Caller) Proxy.newProxyInstance(Caller.class.getClassLoader(), new Class<?>[]{Caller.class}, (proxy, method, args) -> switch (method.getName()) {
            case "name" -> name;
            case "isAuthenticated" -> true;
            case "roles" -> Set.<String>of();
            case "memberStates" -> Set.<MemberState>of();
            case "providerId" -> Optional.empty();
            default -> throw new UnsupportedOperationException(method.getName());
        });
    }
}
