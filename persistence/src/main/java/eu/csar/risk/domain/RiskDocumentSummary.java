package eu.csar.risk.domain;

import eu.csar.risk.api.RiskAssessmentId;
import eu.csar.risk.api.RiskDocumentId;
import eu.csar.shared.domain.DocumentRules;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** A document of a risk assessment without its bytes: what a list shows. */
public record RiskDocumentSummary(RiskDocumentId id, RiskAssessmentId assessmentId, String fileName, String mediaType,
                                  long sizeBytes, String sha256, String attachedBy, Instant attachedAt) implements Serializable {

    /** The largest document: 10 MiB. */
    public static final int MAX_BYTES = DocumentRules.MAX_BYTES;

    /** The media types a document may have: PDF, plain text, ODT and DOCX. */
    public static final List<String> MEDIA_TYPES = DocumentRules.MEDIA_TYPES;

    /** For the repository's query. */
    public RiskDocumentSummary(UUID id, UUID assessmentId, String fileName, String mediaType, Long sizeBytes, String sha256,
                               String attachedBy, Instant attachedAt) {
        this(new RiskDocumentId(id), new RiskAssessmentId(assessmentId), fileName, mediaType, sizeBytes, sha256, attachedBy,
                attachedAt);
    }

    /** The allowed media type {@code named} stands for (parameters such as a charset ignored), if any. */
    public static Optional<String> allowedMediaType(String named) {
        return DocumentRules.allowedMediaType(named);
    }

    public static RiskDocumentSummary of(RiskAssessmentDocument d) {
        return new RiskDocumentSummary(d.id(), d.assessmentId(), d.fileName(), d.mediaType(), d.sizeBytes(), d.sha256(),
                d.attachedBy(), d.attachedAt());
    }
}
