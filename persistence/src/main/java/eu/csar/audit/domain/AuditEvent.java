package eu.csar.audit.domain;

import eu.csar.audit.api.AuditOutcome;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/**
 * One audited action (format 2 of the trail, from V8 on). A writer inserts it inside its own
 * business transaction, without any shared lock; it names the actor only by a pseudonym
 * ({@link AuditActorRepository}), so that retention can erase the person's name without touching the chain.
 * The chainer ({@link ChainSealer}) later seals it once: it gives it the next chain position, the
 * sealing time and its predecessor's hash, and the hash of all of that; the database refuses any
 * other change (trigger of V8).
 */
@Entity
@Table(name = "audit_events")
public class AuditEvent implements ChainLink {

    static final String FORMAT = "v2";

    /** Insertion order (a database sequence): only for finding unsealed events, never part of the hash. */
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "event_no")
    private Long eventNo;

    @Column(nullable = false, unique = true)
    private UUID id;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    @Column(name = "actor_id", nullable = false)
    private UUID actorId;
    private String roles;
    @Column(name = "member_states")
    private String memberStates;
    @Column(name = "provider_id")
    private UUID providerId;
    private String action;
    @Column(name = "object_type")
    private String objectType;
    @Column(name = "object_id")
    private String objectId;
    private String purpose;
    @Enumerated(EnumType.STRING)
    private AuditOutcome outcome;

    @Column(name = "chain_seq")
    private Long chainSeq;
    @Column(name = "sealed_at")
    private Instant sealedAt;
    @Column(name = "prev_hash")
    private String prevHash;
    @Column(name = "entry_hash")
    private String entryHash;

    protected AuditEvent() {
    }

    /** An unsealed event of {@code record}, its actor given by pseudonym. Times are kept to the microsecond, as PostgreSQL stores them. */
    public static AuditEvent of(AuditRecord record, UUID actorId, Instant at) {
        return of(UUID.randomUUID(), record, actorId, at);
    }

    static AuditEvent of(UUID id, AuditRecord record, UUID actorId, Instant at) {
        AuditEvent event = new AuditEvent();
        event.id = id;
        event.occurredAt = at.truncatedTo(ChronoUnit.MICROS);
        event.actorId = actorId;
        event.roles = Text.cap(record.roles(), 500);
        event.memberStates = Text.cap(record.memberStates(), 100);
        event.providerId = record.providerId();
        event.action = Text.cap(record.action(), 100);
        event.objectType = Text.cap(record.objectType(), 100);
        event.objectId = Text.cap(record.objectId(), 100);
        event.purpose = Text.cap(record.purpose(), 500);
        event.outcome = record.outcome();
        return event;
    }

    /** Seals this event as chain entry {@code seq}; once only. */
    void seal(long seq, Instant at, String prev) {
        if (chainSeq != null) {
            throw new IllegalStateException("event " + id + " is already sealed as entry " + chainSeq);
        }
        this.chainSeq = seq;
        this.sealedAt = at.truncatedTo(ChronoUnit.MICROS);
        this.prevHash = prev;
        this.entryHash = computeHash();
    }

    /**
     * The hash of format 2: the format tag, then every chained field (the pseudonym, never the
     * name), the sealing time and the predecessor's hash, in a fixed order (see {@link ChainHash}).
     */
    @Override
    public String computeHash() {
        return ChainHash.of(FORMAT, chainSeq, id, occurredAt, actorId, roles, memberStates, providerId, action,
                objectType, objectId, purpose, outcome, sealedAt, prevHash);
    }

    public boolean sealed() {
        return chainSeq != null;
    }

    /** The chain position; only for a sealed event (the verifier reads sealed events only). */
    @Override
    public long seq() {
        return chainSeq;
    }

    public Long eventNo() {
        return eventNo;
    }

    public Long chainSeq() {
        return chainSeq;
    }

    @Override
    public UUID id() {
        return id;
    }

    public Instant occurredAt() {
        return occurredAt;
    }

    public UUID actorId() {
        return actorId;
    }

    public String action() {
        return action;
    }

    public Instant sealedAt() {
        return sealedAt;
    }

    @Override
    public String prevHash() {
        return prevHash;
    }

    @Override
    public String entryHash() {
        return entryHash;
    }
}
