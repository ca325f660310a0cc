package eu.csar.risk.domain;

import eu.csar.risk.api.RiskAssessmentId;
import eu.csar.risk.api.RiskDocumentId;
import eu.csar.shared.domain.DocumentRules;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * A document a provider attached to its risk assessment (Art 3-5): a business document supporting
 * the report (methodology, policy, audit), never content data. Only the media types of
 * {@link #MEDIA_TYPES}, at most {@link #MAX_BYTES}, with a file name of at most {@link #MAX_NAME}
 * characters and no path or control characters; the bytes are kept with their SHA-256 and size.
 * Written once, never changed.
 */
@Entity
@Table(name = "risk_assessment_documents")
public class RiskAssessmentDocument {

    /** The largest document: 10 MiB. */
    public static final int MAX_BYTES = RiskDocumentSummary.MAX_BYTES;

    /** The longest file name. */
    public static final int MAX_NAME = DocumentRules.MAX_NAME;

    /** PDF, plain text, ODT and DOCX. */
    public static final List<String> MEDIA_TYPES = RiskDocumentSummary.MEDIA_TYPES;

    @Id
    @Column(name = "id", nullable = false, updatable = false)
    private UUID id;

    @Column(name = "assessment_id", nullable = false, updatable = false)
    private UUID assessmentId;

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

    @Column(name = "attached_by", nullable = false, updatable = false)
    private String attachedBy;

    @Column(name = "attached_at", nullable = false, updatable = false)
    private Instant attachedAt;

    protected RiskAssessmentDocument() {
    }

    /**
     * A new document of {@code assessment}; refuses (naming the field) a blank or unsafe file name
     * ({@code fileName}), a media type not allowed ({@code mediaType}) and empty or too large content
     * ({@code content}).
     */
    public static RiskAssessmentDocument attach(RiskAssessmentId assessment, String fileName, String mediaType, byte[] content,
                                                String actor, Instant at) {
        RiskAssessmentDocument d = new RiskAssessmentDocument();
        d.id = UUID.randomUUID();
        d.assessmentId = assessment.value();
        d.fileName = fileName(fileName);
        d.mediaType = DocumentRules.mediaType(mediaType);
        d.content = DocumentRules.content(content);
        d.sizeBytes = content.length;
        d.sha256 = sha256(content);
        d.attachedBy = Objects.requireNonNull(actor, "actor");
        d.attachedAt = Objects.requireNonNull(at, "at");
        return d;
    }

    /** The allowed media type {@code named} stands for (parameters such as a charset ignored), if any. */
    public static Optional<String> mediaType(String named) {
        return RiskDocumentSummary.allowedMediaType(named);
    }

    static String fileName(String name) {
        return DocumentRules.fileName(name);
    }

    static String sha256(byte[] content) {
        return DocumentRules.sha256(content);
    }

    public RiskDocumentId id() {
        return new RiskDocumentId(id);
    }

    public RiskAssessmentId assessmentId() {
        return new RiskAssessmentId(assessmentId);
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

    public String attachedBy() {
        return attachedBy;
    }

    public Instant attachedAt() {
        return attachedAt;
    }
}
