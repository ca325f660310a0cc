package eu.csar.knowledge.domain;

import eu.csar.knowledge.api.NetworkDocumentId;
import eu.csar.shared.domain.DocumentRules;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * A document shared in the prevention experts' network with the Centre: a business document (a study,
 * a programme manual, minutes), never content data or personal data. The limits of
 * {@link DocumentRules} (PDF, plain text, ODT, DOCX; at most 10 MiB); kept with its SHA-256 and size.
 * Written once, never changed.
 */
@Entity
@Table(name = "knowledge_network_documents")
public class NetworkDocument {

    @Id
    private UUID id;

    @Column(name = "file_name", nullable = false, updatable = false)
    private String fileName;

    @Column(name = "media_type", nullable = false, updatable = false)
    private String mediaType;

    @Column(name = "size_bytes", nullable = false, updatable = false)
    private long sizeBytes;

    @Column(name = "sha256", nullable = false, updatable = false)
    private String sha256;

    @Column(name = "content", nullable = false, updatable = false)
    private byte[] content;

    @Column(name = "shared_by", nullable = false, updatable = false)
    private String sharedBy;

    @Column(name = "shared_at", nullable = false, updatable = false)
    private Instant sharedAt;

    protected NetworkDocument() {
    }

    /** A new document; refused naming {@code fileName}, {@code mediaType} or {@code content} when it breaks a rule. */
    public static NetworkDocument share(String fileName, String mediaType, byte[] content, String actor, Instant at) {
        NetworkDocument d = new NetworkDocument();
        d.id = UUID.randomUUID();
        d.fileName = DocumentRules.fileName(fileName);
        d.mediaType = DocumentRules.mediaType(mediaType);
        d.content = DocumentRules.content(content);
        d.sizeBytes = d.content.length;
        d.sha256 = DocumentRules.sha256(d.content);
        d.sharedBy = Objects.requireNonNull(actor, "actor");
        d.sharedAt = Objects.requireNonNull(at, "at");
        return d;
    }

    public NetworkDocumentId id() {
        return new NetworkDocumentId(id);
    }

    public String fileName() {
        return fileName;
    }

    public String mediaType() {
        return mediaType;
    }

    public long sizeBytes() {
        return sizeBytes;
    }

    public String sha256() {
        return sha256;
    }

    public byte[] content() {
        return content.clone();
    }

    public String sharedBy() {
        return sharedBy;
    }

    public Instant sharedAt() {
        return sharedAt;
    }
}
