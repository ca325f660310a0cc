package eu.csar.vault.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/**
 * An item's data key, wrapped under a master key version (table {@code vault_data_keys}, apart from
 * the ciphertext). Deleting the row destroys the item; a rotation replaces the wrapping in place.
 */
@Entity
@Table(name = "vault_data_keys")
public class WrappedDataKey {

    @Id
    @Column(name = "item_id")
    private UUID itemId;

    @Column(name = "wrapped_key", nullable = false)
    private byte[] wrapped;

    @Column(name = "wrap_nonce", nullable = false)
    private byte[] nonce;

    @Column(name = "master_key_alias", nullable = false)
    private String masterAlias;

    @Column(name = "wrapped_at", nullable = false)
    private Instant wrappedAt;

    protected WrappedDataKey() {
    }

    public WrappedDataKey(UUID itemId, EnvelopeCipher.WrappedKey key, Instant wrappedAt) {
        this.itemId = itemId;
        rewrap(key, wrappedAt);
    }

    /** The same data key, now wrapped under {@code key.masterAlias()} (a rotation). */
    public void rewrap(EnvelopeCipher.WrappedKey key, Instant at) {
        this.wrapped = key.wrapped();
        this.nonce = key.nonce();
        this.masterAlias = key.masterAlias();
        this.wrappedAt = at;
    }

    public UUID itemId() {
        return itemId;
    }

    public String masterAlias() {
        return masterAlias;
    }

    public EnvelopeCipher.WrappedKey key() {
        return new EnvelopeCipher.WrappedKey(wrapped, nonce, masterAlias);
    }
}
