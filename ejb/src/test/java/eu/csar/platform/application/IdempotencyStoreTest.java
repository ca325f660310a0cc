package eu.csar.platform.application;

import eu.csar.platform.api.RequestFingerprint;
import eu.csar.platform.api.StoredAnswer;
import eu.csar.platform.domain.IdempotencyKeyRepository.KeyRow;
import eu.csar.security.api.Caller;
import eu.csar.shared.domain.MemberState;
import eu.csar.shared.domain.ProviderId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** What a key's existing row means for a new request with that key; whose key it is; how long it lives. */
class IdempotencyStoreTest {

    static final Instant NOW = Instant.parse("2026-12-01T12:00:00Z");
    static final RequestFingerprint REQUEST = RequestFingerprint.of("POST", "/api/v1/providers", "{}".getBytes());
    static final StoredAnswer ANSWER = new StoredAnswer(201, "application/json", "http://x/api/v1/providers/1", null, "{}");

    @AfterEach
    void clearRetention() {
        System.clearProperty(IdempotencyStore.RETENTION_PROPERTY);
    }

    @Test
    void theSameRequestWithALiveAnswerIsReplayed() {
        assertEquals(Optional.of(IdempotencyStore.Verdict.REPLAY),
                IdempotencyStore.decide(new KeyRow(REQUEST, Optional.of(ANSWER), NOW.plusSeconds(1)), REQUEST, NOW));
    }

    @Test
    void anotherRequestWithALiveKeyIsRefusedAsReuse() {
        RequestFingerprint other = RequestFingerprint.of("POST", "/api/v1/providers", "{\"a\":1}".getBytes());
        assertEquals(Optional.of(IdempotencyStore.Verdict.REUSED),
                IdempotencyStore.decide(new KeyRow(REQUEST, Optional.of(ANSWER), NOW.plusSeconds(1)), other, NOW));
    }

    @Test
    void anExpiredKeyStartsAfresh() {
        assertEquals(Optional.empty(), IdempotencyStore.decide(new KeyRow(REQUEST, Optional.of(ANSWER), NOW), REQUEST, NOW));
        assertEquals(Optional.empty(), IdempotencyStore.decide(new KeyRow(REQUEST, Optional.of(ANSWER), NOW.minusSeconds(1)), REQUEST, NOW));
    }

    @Test
    void aKeyWithoutAnAnswerStartsAfresh() {
        assertEquals(Optional.empty(), IdempotencyStore.decide(new KeyRow(REQUEST, Optional.empty(), NOW.plusSeconds(60)), REQUEST, NOW));
    }

    @Test
    void aProvidersKeysBelongToTheProviderAnyoneElsesToTheUser() {
        UUID provider = UUID.randomUUID();
        IdempotencyStore store = new IdempotencyStore();
        store.caller = caller("alpha-client", Optional.of(new ProviderId(provider)));
        assertEquals("provider:" + provider, store.owner());
        store.caller = caller("admin", Optional.empty());
        assertEquals("user:admin", store.owner());
    }

    @Test
    void keysAreKeptADayUnlessConfigured() {
        assertEquals(Duration.ofHours(24), IdempotencyStore.retention());
        System.setProperty(IdempotencyStore.RETENTION_PROPERTY, "48");
        assertEquals(Duration.ofHours(48), IdempotencyStore.retention());
    }

    private static Caller caller(String name, Optional<ProviderId> provider) {
        return new Caller() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public boolean isAuthenticated() {
                return true;
            }

            @Override
            public Set<String> roles() {
                return Set.of();
            }

            @Override
            public Set<MemberState> memberStates() {
                return Set.of();
            }

            @Override
            public Optional<ProviderId> providerId() {
                return provider;
            }
        };
    }
}
