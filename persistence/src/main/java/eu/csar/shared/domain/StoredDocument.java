package eu.csar.shared.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;

import java.util.UUID;

/**
 * What every uploaded business document of the platform keeps (a risk assessment's documents, the
 * prevention experts' network's documents): its bytes with their name, media type, size and SHA-256,
 * checked by {@link DocumentRules} when the document is made (refusals name {@code fileName},
 * {@code mediaType} or {@code content}). Written once, never changed; the bytes leave only as a copy.
 * Each subclass maps its own table, typed id and who added it when.
 */
@MappedSuperclass
public abstract class StoredDocument {

    @Id
    @Column(name = "id", nullable = false, updatable = false)
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

    protected StoredDocument() {
    }

    /** A new document with a new id; refused naming the field when it breaks a rule of {@link DocumentRules}. */
    protected StoredDocument(String fileName, String mediaType, byte[] content) {
        this.id = UUID.randomUUID();
        this.fileName = DocumentRules.fileName(fileName);
        this.mediaType = DocumentRules.mediaType(mediaType);
        this.content = DocumentRules.content(content);
        this.sizeBytes = this.content.length;
        this.sha256 = DocumentRules.sha256(this.content);
    }

    /** The id, for the subclass's typed id. */
    protected UUID uuid() {
        return id;
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
}
