package eu.csar.vault.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/**
 * What is left of a destroyed item's key (table {@code vault_tombstones}): when, by whom, why, and the
 * master key version the destroyed data key was wrapped under (a backup older than the destruction
 * stays readable until that version is removed from the credential store, docs/vault.md).
 */
@Entity
@Table(name = "vault_tombstones")
public class VaultTombstone {

    @Id
    @Column(name = "item_id")
    private UUID itemId;

    @Column(name = "destroyed_at", nullable = false, updatable = false)
    private Instant destroyedAt;

    @Column(name = "destroyed_by", nullable = false, updatable = false)
    private String destroyedBy;

    @Column(nullable = false, updatable = false)
    private String reason;

    @Column(name = "master_key_alias", nullable = false, updatable = false)
    private String masterAlias;

    protected VaultTombstone() {
    }

    public VaultTombstone(UUID itemId, Instant destroyedAt, String destroyedBy, String reason, String masterAlias) {
        this.itemId = itemId;
        this.destroyedAt = destroyedAt;
        this.destroyedBy = destroyedBy;
        this.reason = reason;
        this.masterAlias = masterAlias;
    }

    public Instant destroyedAt() {
        return destroyedAt;
    }

    public String reason() {
        return reason;
    }

    public String masterAlias() {
        return masterAlias;
    }
}
