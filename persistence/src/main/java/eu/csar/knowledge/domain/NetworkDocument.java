package eu.csar.knowledge.domain;

import eu.csar.knowledge.api.NetworkDocumentId;
import eu.csar.shared.domain.DocumentRules;
import eu.csar.shared.domain.StoredDocument;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.Objects;

/**
 * A document shared in the prevention experts' network with the Centre: a business document (a study,
 * a programme manual, minutes), never content data or personal data. The limits of
 * {@link DocumentRules} (PDF, plain text, ODT, DOCX; at most 10 MiB); kept with its SHA-256 and size
 * ({@link StoredDocument}). Written once, never changed.
 */
@Entity
@Table(name = "knowledge_network_documents")
public class NetworkDocument extends StoredDocument {

    @Column(name = "shared_by", nullable = false, updatable = false)
    private String sharedBy;

    @Column(name = "shared_at", nullable = false, updatable = false)
    private Instant sharedAt;

    protected NetworkDocument() {
    }

    private NetworkDocument(String fileName, String mediaType, byte[] content) {
        super(fileName, mediaType, content);
    }

    /** A new document; refused naming {@code fileName}, {@code mediaType} or {@code content} when it breaks a rule. */
    public static NetworkDocument share(String fileName, String mediaType, byte[] content, String actor, Instant at) {
        NetworkDocument d = new NetworkDocument(fileName, mediaType, content);
        d.sharedBy = Objects.requireNonNull(actor, "actor");
        d.sharedAt = Objects.requireNonNull(at, "at");
        return d;
    }

    public NetworkDocumentId id() {
        return new NetworkDocumentId(uuid());
    }

    public String sharedBy() {
        return sharedBy;
    }

    public Instant sharedAt() {
        return sharedAt;
    }
}
