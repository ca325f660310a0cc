package eu.csar.risk.domain;

import eu.csar.risk.api.RiskAssessmentId;
import eu.csar.risk.api.RiskDocumentId;
import eu.csar.shared.domain.DocumentRules;
import eu.csar.shared.domain.StoredDocument;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
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
 * characters and no path or control characters; the bytes are kept with their SHA-256 and size
 * ({@link StoredDocument}).
 * Written once, never changed.
 */
@Entity
@Table(name = "risk_assessment_documents")
public class RiskAssessmentDocument extends StoredDocument {

    /** The largest document: 10 MiB. */
    public static final int MAX_BYTES = RiskDocumentSummary.MAX_BYTES;

    /** The longest file name. */
    public static final int MAX_NAME = DocumentRules.MAX_NAME;

    /** PDF, plain text, ODT and DOCX. */
    public static final List<String> MEDIA_TYPES = RiskDocumentSummary.MEDIA_TYPES;

    @Column(name = "assessment_id", nullable = false, updatable = false)
    private UUID assessmentId;

    @Column(name = "attached_by", nullable = false, updatable = false)
    private String attachedBy;

    @Column(name = "attached_at", nullable = false, updatable = false)
    private Instant attachedAt;

    protected RiskAssessmentDocument() {
    }

    private RiskAssessmentDocument(String fileName, String mediaType, byte[] content) {
        super(fileName, mediaType, content);
    }

    /**
     * A new document of {@code assessment}; refuses (naming the field) a blank or unsafe file name
     * ({@code fileName}), a media type not allowed ({@code mediaType}) and empty or too large content
     * ({@code content}).
     */
    public static RiskAssessmentDocument attach(RiskAssessmentId assessment, String fileName, String mediaType, byte[] content,
                                                String actor, Instant at) {
        RiskAssessmentDocument d = new RiskAssessmentDocument(fileName, mediaType, content);
        d.assessmentId = assessment.value();
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
        return new RiskDocumentId(uuid());
    }

    public RiskAssessmentId assessmentId() {
        return new RiskAssessmentId(assessmentId);
    }

    public String attachedBy() {
        return attachedBy;
    }

    public Instant attachedAt() {
        return attachedAt;
    }
}
