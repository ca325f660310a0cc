package eu.csar.audit.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/**
 * The end of the chain: the last position, its hash and its sealing time. Since V8 only the chainer
 * locks and advances it (writers never touch it); the verifier compares it with the last entry, so a
 * removed tail is detected.
 */
@Entity
@Table(name = "audit_chain_head")
public class AuditChainHead {

    static final int SINGLETON_ID = 1;

    @Id
    private int id;

    @Column(name = "last_seq", nullable = false)
    private long lastSeq;

    @Column(name = "last_hash", nullable = false)
    private String lastHash;

    @Column(name = "last_sealed_at")
    private Instant lastSealedAt;

    protected AuditChainHead() {
    }

    /** The head of an empty chain (tests and the first run). */
    static AuditChainHead genesis() {
        AuditChainHead head = new AuditChainHead();
        head.id = SINGLETON_ID;
        head.lastHash = AuditEntry.GENESIS_HASH;
        return head;
    }

    public long lastSeq() {
        return lastSeq;
    }

    public String lastHash() {
        return lastHash;
    }

    public Instant lastSealedAt() {
        return lastSealedAt;
    }

    void advanceTo(AuditEntry entry) {
        this.lastSeq = entry.seq();
        this.lastHash = entry.entryHash();
        this.lastSealedAt = entry.occurredAt();
    }

    void advanceTo(AuditEvent event) {
        this.lastSeq = event.seq();
        this.lastHash = event.entryHash();
        this.lastSealedAt = event.sealedAt();
    }
}
