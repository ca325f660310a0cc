package eu.csar.reports.domain;

import eu.csar.reports.api.EvidenceKind;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/**
 * One evidence item of a report: a hash the provider computed (PDQ with its quality, MD5, SHA-256),
 * numbered from 1 in the order attached, which is also its order in the signed document. A content
 * item is a SHA-256 digest whose content the evidence vault holds: {@code vaultItemId} names the vault's
 * item, with the content's media type and size; a hash-only item has none of the three.
 */
@Entity
@Table(name = "report_evidence")
public class EvidenceItem {

    @Id
    private UUID id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "report_id", nullable = false, updatable = false)
    private Report report;

    @Column(name = "position", nullable = false, updatable = false)
    private int position;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, updatable = false)
    private EvidenceKind kind;

    @Column(name = "hash_value", nullable = false, updatable = false)
    private String value;

    @Column(name = "quality", updatable = false)
    private Integer quality;

    @Column(name = "vault_item_id", updatable = false)
    private UUID vaultItemId;

    @Column(name = "media_type", updatable = false)
    private String mediaType;

    @Column(name = "size_bytes", updatable = false)
    private Long size;

    @Column(name = "attached_at", nullable = false, updatable = false)
    private Instant attachedAt;

    protected EvidenceItem() {
    }

    EvidenceItem(Report report, int position, EvidenceKind kind, String value, Integer quality, Instant at) {
        this.id = UUID.randomUUID();
        this.report = report;
        this.position = position;
        this.kind = kind;
        this.value = value;
        this.quality = quality;
        this.attachedAt = at;
    }

    /** A content item: the SHA-256 the vault computed over the content it holds under {@code vaultItemId}. */
    EvidenceItem(Report report, int position, String sha256, UUID vaultItemId, String mediaType, long size, Instant at) {
        this(report, position, EvidenceKind.SHA256, sha256, null, at);
        this.vaultItemId = vaultItemId;
        this.mediaType = mediaType;
        this.size = size;
    }

    public UUID id() {
        return id;
    }

    public int position() {
        return position;
    }

    public EvidenceKind kind() {
        return kind;
    }

    /** The hash in lower-case hexadecimal digits. */
    public String value() {
        return value;
    }

    /** The PDQ quality; null for a digest. */
    public Integer quality() {
        return quality;
    }

    /** The evidence vault's item holding the content; null for a hash-only item. */
    public UUID vaultItemId() {
        return vaultItemId;
    }

    /** Whether the evidence vault holds the content of this item. */
    public boolean heldInVault() {
        return vaultItemId != null;
    }

    /** The content's media type (e.g. image/png); null for a hash-only item. */
    public String mediaType() {
        return mediaType;
    }

    /** The content's size in bytes; null for a hash-only item. */
    public Long size() {
        return size;
    }

    public Instant attachedAt() {
        return attachedAt;
    }
}
