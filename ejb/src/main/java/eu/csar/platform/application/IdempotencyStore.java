package eu.csar.platform.application;

import eu.csar.platform.api.IdempotencyKey;
import eu.csar.platform.api.RequestFingerprint;
import eu.csar.platform.api.StoredAnswer;
import eu.csar.platform.domain.IdempotencyKeyRepository;
import eu.csar.platform.domain.IdempotencyKeyRepository.KeyRow;
import eu.csar.security.api.Caller;
import eu.csar.shared.api.PublishedService;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * The partner APIs' idempotency store (STYLE.md: a write a partner may retry takes an
 * {@code Idempotency-Key}; the same key returns the first result, never a second object).
 *
 * <p>Runs only inside the transaction of the write it guards ({@code MANDATORY}): the web tier's
 * interceptor opens it, {@link #claim claims} the key, lets the resource do its write, {@link #keep
 * keeps} the answer and commits, so the write and its answer are committed together or not at all.
 * A claim of a key that another request holds waits (PostgreSQL's insert of a duplicate key waits for
 * the first transaction) and then finds the first answer.
 *
 * <p>Keys belong to the caller: a provider's machine client by its provider id, anybody else by
 * user name, so one partner's key never answers another's request. Keys are kept for
 * {@value #RETENTION_PROPERTY} hours (24 unless set), then purged ({@link IdempotencyPurge}).
 *
 * <p>{@code @PermitAll} because it adds no authority: it never runs a write itself, and the key's
 * owner is the caller the container authenticated.
 */
@Stateless
@PublishedService
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class IdempotencyStore {

    /** System property: how long a key and its answer are kept, in hours. */
    public static final String RETENTION_PROPERTY = "csar.idempotency.retention-hours";
    static final long DEFAULT_RETENTION_HOURS = 24;

    @Inject
    IdempotencyKeyRepository keys;

    @Inject
    Caller caller;

    @Inject
    Clock clock;

    /** What the store says about a request with a key. */
    public enum Verdict {
        /** The key is new (or expired): the request runs, and its answer is kept in this transaction. */
        FIRST,
        /** The key answered this same request before: give the kept answer, run nothing. */
        REPLAY,
        /** The key was used for another request: refuse (422). */
        REUSED
    }

    public record Claim(Verdict verdict, Optional<StoredAnswer> answer) {
    }

    @PermitAll
    public Claim claim(IdempotencyKey key, RequestFingerprint request) {
        String owner = owner();
        Instant now = clock.instant();
        Instant expiry = now.plus(retention());
        if (keys.insertIfAbsent(owner, key.value(), request, now, expiry)) {
            return new Claim(Verdict.FIRST, Optional.empty());
        }
        KeyRow row = keys.lock(owner, key.value()).orElse(null);
        if (row == null) {
            // purged between the insert and the lock: as new
            keys.insertIfAbsent(owner, key.value(), request, now, expiry);
            return new Claim(Verdict.FIRST, Optional.empty());
        }
        return decide(row, request, now).map(verdict -> new Claim(verdict, verdict == Verdict.REPLAY ? row.answer() : Optional.empty()))
                .orElseGet(() -> {
                    keys.restart(owner, key.value(), request, now, expiry);
                    return new Claim(Verdict.FIRST, Optional.empty());
                });
    }

    /** Keeps the first answer to the key claimed in this transaction. */
    @PermitAll
    public void keep(IdempotencyKey key, StoredAnswer answer) {
        Objects.requireNonNull(answer, "answer");
        keys.storeAnswer(owner(), key.value(), answer);
    }

    /**
     * REPLAY or REUSED for a row that holds a live answer; empty when the key starts afresh (it
     * expired, or its row has no answer: a first request that never committed one).
     */
    static Optional<Verdict> decide(KeyRow row, RequestFingerprint request, Instant now) {
        if (!row.expiresAt().isAfter(now) || row.answer().isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(row.fingerprint().equals(request) ? Verdict.REPLAY : Verdict.REUSED);
    }

    /** The key's owner: the provider a machine client acts for, otherwise the user name. */
    String owner() {
        return caller.providerId().map(id -> "provider:" + id.value()).orElseGet(() -> "user:" + caller.name());
    }

    static Duration retention() {
        return Duration.ofHours(Long.getLong(RETENTION_PROPERTY, DEFAULT_RETENTION_HOURS));
    }
}
