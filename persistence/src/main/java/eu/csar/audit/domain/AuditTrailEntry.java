package eu.csar.audit.domain;

import eu.csar.audit.api.AuditOutcome;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/**
 * One entry of the trail as auditors read it, from the view {@code audit_entries} (V8): entries of
 * both formats, sealed or still waiting for the chainer, with the actor's name resolved from the
 * pseudonym (null once retention erased it). {@code seq} is the order entries were written in;
 * {@code chainSeq} their position in the hash chain, null while sealing. Read-only.
 */
@Entity
@Table(name = "audit_entries")
public class AuditTrailEntry {

    @Id
    private long seq;
    private UUID id;
    @Column(name = "occurred_at")
    private Instant occurredAt;
    private String actor;
    @Column(name = "actor_id")
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
    @Column(name = "entry_hash")
    private String entryHash;

    protected AuditTrailEntry() {
    }

    public long seq() {
        return seq;
    }

    public UUID id() {
        return id;
    }

    public Instant occurredAt() {
        return occurredAt;
    }

    /** The actor's name; null when retention has erased it. */
    public String actor() {
        return actor;
    }

    public UUID actorId() {
        return actorId;
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

    public Long chainSeq() {
        return chainSeq;
    }

    public Instant sealedAt() {
        return sealedAt;
    }

    public String entryHash() {
        return entryHash;
    }
}
