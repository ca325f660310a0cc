package eu.csar.vault.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.Optional;

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

    /** {@link EnvelopeCipher#checkValue} of the key; null for a version recorded before check values existed. */
    @Column(name = "check_value")
    private String checkValue;

    protected MasterKeyVersion() {
    }

    public MasterKeyVersion(String alias, Instant activatedAt, String activatedBy, String checkValue) {
        this.alias = alias;
        this.activatedAt = activatedAt;
        this.activatedBy = activatedBy;
        this.checkValue = checkValue;
    }

    public String alias() {
        return alias;
    }

    public Optional<String> checkValue() {
        return Optional.ofNullable(checkValue);
    }

    /** Records the check value of a version that has none yet; a recorded one never changes. */
    public void recordCheckValue(String value) {
        if (checkValue != null) {
            throw new IllegalStateException("master key version " + alias + " has a check value already");
        }
        checkValue = value;
    }
}
