package eu.csar.vault.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/**
 * One encrypted item of content data (table {@code vault_items}) and what may be known without
 * decrypting (digests, type, size, owner). Its content is in segments of {@code segment_bytes}
 * (table {@code vault_segments}, {@link SegmentedCipher}, every item stored since V57); an item
 * stored before holds its AES-GCM ciphertext and nonce in this row ({@link EnvelopeCipher}). Its data
 * key lives in another table ({@link WrappedDataKey}); the row never changes after it is written.
 */
@Entity
@Table(name = "vault_items")
public class VaultItem {

    @Id
    private UUID id;

    @Column(updatable = false)
    private byte[] ciphertext;

    @Column(updatable = false)
    private byte[] nonce;

    @Column(name = "segment_bytes", updatable = false)
    private Integer segmentBytes;

    @Column(updatable = false, length = 32)
    private String md5;

    @Column(nullable = false, updatable = false, length = 64)
    private String sha256;

    @Column(name = "media_type", nullable = false, updatable = false)
    private String mediaType;

    @Column(name = "size_bytes", nullable = false, updatable = false)
    private long size;

    @Column(name = "owner_context", nullable = false, updatable = false)
    private String ownerContext;

    @Column(name = "owner_reference", nullable = false, updatable = false)
    private String ownerReference;

    @Column(name = "provider_id", updatable = false)
    private UUID providerId;

    @Column(name = "stored_at", nullable = false, updatable = false)
    private Instant storedAt;

    @Column(name = "stored_by", nullable = false, updatable = false)
    private String storedBy;

    protected VaultItem() {
    }

    public VaultItem(UUID id, EnvelopeCipher.Sealed sealed, String sha256, String mediaType, long size,
                     String ownerContext, String ownerReference, UUID providerId, Instant storedAt, String storedBy) {
        this.id = id;
        this.ciphertext = sealed.ciphertext();
        this.nonce = sealed.nonce();
        this.sha256 = sha256;
        this.mediaType = mediaType;
        this.size = size;
        this.ownerContext = ownerContext;
        this.ownerReference = ownerReference;
        this.providerId = providerId;
        this.storedAt = storedAt;
        this.storedBy = storedBy;
    }

    /** An item stored in segments ({@link SegmentedCipher}): {@code sealed} names its size, digests and segment size. */
    public VaultItem(UUID id, SegmentedCipher.Sealed sealed, String mediaType, String ownerContext, String ownerReference,
                     UUID providerId, Instant storedAt, String storedBy) {
        this.id = id;
        this.segmentBytes = sealed.segmentBytes();
        this.sha256 = sealed.sha256();
        this.md5 = sealed.md5();
        this.mediaType = mediaType;
        this.size = sealed.size();
        this.ownerContext = ownerContext;
        this.ownerReference = ownerReference;
        this.providerId = providerId;
        this.storedAt = storedAt;
        this.storedBy = storedBy;
    }

    /** Whether the content is in {@code vault_segments} (else in this row, as stored before V57). */
    public boolean segmented() {
        return segmentBytes != null;
    }

    public UUID id() {
        return id;
    }

    public byte[] ciphertext() {
        return ciphertext;
    }

    public byte[] nonce() {
        return nonce;
    }

    public String sha256() {
        return sha256;
    }

    public String mediaType() {
        return mediaType;
    }

    public long size() {
        return size;
    }

    public String ownerContext() {
        return ownerContext;
    }

    public String ownerReference() {
        return ownerReference;
    }

    public Instant storedAt() {
        return storedAt;
    }
}
