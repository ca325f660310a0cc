package eu.csar.vault.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/**
 * A master key version the vault has used (table {@code vault_master_keys}); the key itself is only
 * in the credential store, under {@code alias}. The newest is the one new items are wrapped under.
 */
@Entity
@Table(name = "vault_master_keys")
public class MasterKeyVersion {

    @Id
    private String alias;

    @Column(name = "activated_at", nullable = false, updatable = false)
    private Instant activatedAt;

    @Column(name = "activated_by", nullable = false, updatable = false)
    private String activatedBy;

    protected MasterKeyVersion() {
    }

    public MasterKeyVersion(String alias, Instant activatedAt, String activatedBy) {
        this.alias = alias;
        this.activatedAt = activatedAt;
        this.activatedBy = activatedBy;
    }

    public String alias() {
        return alias;
    }
}
