package eu.csar.audit.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * The end of the chain: the last sequence number and hash. Locked by every writer, so entries are
 * appended one at a time in a total order; compared by the verifier, so a removed tail is detected.
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

    protected AuditChainHead() {
    }

    public long lastSeq() {
        return lastSeq;
    }

    public String lastHash() {
        return lastHash;
    }

    void advanceTo(AuditEntry entry) {
        this.lastSeq = entry.seq();
        this.lastHash = entry.entryHash();
    }
}
