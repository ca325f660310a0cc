package eu.csar.audit.domain;

import eu.csar.audit.api.AuditOutcome;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/**
 * One sealed entry of the audit trail in format 1, as the writers sealed them until V8 (each under
 * the chain head's lock). Its hash covers every field, the actor's name included, and the previous
 * entry's hash, so changing any stored value, or removing or inserting an entry, breaks the chain
 * from there on. Since V8 no entry of this format is written: these stay as they were, in
 * {@code audit_entries_v1}, and the chain continues with {@link AuditEvent}s.
 */
@Entity
@Table(name = "audit_entries_v1")
public class AuditEntry implements ChainLink {

    public static final String GENESIS_HASH = "0".repeat(64);

    @Id
    private long seq;

    @Column(nullable = false, unique = true)
    private UUID id;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    private String actor;
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
    @Column(name = "prev_hash")
    private String prevHash;
    @Column(name = "entry_hash")
    private String entryHash;

    protected AuditEntry() {
    }

    /** Seals a record as entry {@code seq}, chained to {@code prevHash}. Time is kept to the microsecond, as PostgreSQL stores it. */
    public static AuditEntry seal(long seq, AuditRecord record, Instant at, String prevHash) {
        return seal(seq, UUID.randomUUID(), record, at, prevHash);
    }

    /** As {@link #seal(long, AuditRecord, Instant, String)} with a given id (tests need reproducible entries). */
    static AuditEntry seal(long seq, UUID id, AuditRecord record, Instant at, String prevHash) {
        AuditEntry entry = new AuditEntry();
        entry.seq = seq;
        entry.id = id;
        entry.occurredAt = at.truncatedTo(ChronoUnit.MICROS);
        entry.actor = Text.cap(record.actor(), 200);
        entry.roles = Text.cap(record.roles(), 500);
        entry.memberStates = Text.cap(record.memberStates(), 100);
        entry.providerId = record.providerId();
        entry.action = Text.cap(record.action(), 100);
        entry.objectType = Text.cap(record.objectType(), 100);
        entry.objectId = Text.cap(record.objectId(), 100);
        entry.purpose = Text.cap(record.purpose(), 500);
        entry.outcome = record.outcome();
        entry.prevHash = prevHash;
        entry.entryHash = entry.computeHash();
        return entry;
    }

    /**
     * Recomputes the hash from the stored fields (format 1: every field, the actor's name included,
     * and the previous hash; see {@link ChainHash}); differs from {@link #entryHash()} if anything
     * was altered.
     */
    @Override
    public String computeHash() {
        return ChainHash.of(seq, id, occurredAt, actor, roles, memberStates, providerId, action,
                objectType, objectId, purpose, outcome, prevHash);
    }

    @Override
    public long seq() {
        return seq;
    }

    @Override
    public UUID id() {
        return id;
    }

    public Instant occurredAt() {
        return occurredAt;
    }

    public String actor() {
        return actor;
    }

    public String roles() {
        return roles;
    }

    public String memberStates() {
        return memberStates;
    }

    public UUID providerId() {
        return providerId;
    }

    public String action() {
        return action;
    }

    public String objectType() {
        return objectType;
    }

    public String objectId() {
        return objectId;
    }

    public String purpose() {
        return purpose;
    }

    public AuditOutcome outcome() {
        return outcome;
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
