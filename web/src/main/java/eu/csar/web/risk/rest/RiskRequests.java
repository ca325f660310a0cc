package eu.csar.web.risk.rest;

import eu.csar.risk.api.AssessmentKind;
import eu.csar.risk.api.RiskAssessmentId;
import eu.csar.risk.api.RiskDocumentId;
import eu.csar.risk.application.NewRiskAssessment;
import eu.csar.risk.application.RiskDocuments;
import eu.csar.risk.domain.RiskDocumentSummary;
import eu.csar.web.platform.rest.Inputs;
import eu.csar.web.risk.portal.RiskDocumentServlet;
import jakarta.ws.rs.core.Response;

import java.util.Map;

/**
 * The bodies sent to {@code /api/v1/risk-assessments} and {@code /api/v1/risk-reviews}, read field
 * by field so that a malformed one is a 400 problem naming its field, before any service runs.
 */
public final class RiskRequests {

    private RiskRequests() {
    }

    /** A provider's risk assessment (Art 3-5) or app store measures (Art 6). */
    public static class Submission {
        /** SERVICE or APP_STORE; derived from the provider's services when left out. */
        public String kind;
        /** A legal profile id (COM-2022-209 when left out). */
        public String profile;
        /** The report's fields by the names the legal profile lists. */
        public Map<String, String> fields;

        NewRiskAssessment toDomain() {
            AssessmentKind k = Inputs.enumOrNull(AssessmentKind.class, kind, "kind");
            if (fields == null) {
                throw Inputs.invalid("fields", "The report's fields, by the names the legal profile lists");
            }
            return new NewRiskAssessment(k, profile, fields);
        }
    }

    /** A text: what the authority asks for, the provider's answer, or a reason. */
    public static class Text {
        public String text;
    }

    /** A risk category of the assessment's legal profile. */
    public static class Category {
        public String category;
    }

    /** A document of an assessment as the API lists it; {@code href} downloads it. */
    public record Document(String id, String fileName, String mediaType, long size, String sha256, String attachedBy,
                           String attachedAt, String href) {
        static Document of(RiskDocumentSummary d, String base) {
            return new Document(d.id().toString(), d.fileName(), d.mediaType(), d.sizeBytes(), d.sha256(), d.attachedBy(),
                    d.attachedAt().toString(), base + "/" + d.assessmentId() + "/documents/" + d.id());
        }
    }

    /**
     * A document as a download that a browser must not render, sniff or keep: attachment with its
     * file name (an ASCII fallback and the UTF-8 name), the stored media type, nosniff, no-store.
     */
    static Response download(RiskDocuments.Download d) {
        return Response.ok(d.content(), d.document().mediaType())
                .header("Content-Disposition", RiskDocumentServlet.contentDisposition(d.document().fileName()))
                .header("X-Content-Type-Options", "nosniff")
                .header("Cache-Control", "no-store")
                .header("Content-Security-Policy", "sandbox; default-src 'none'")
                .build();
    }

    static RiskDocumentId documentId(String id) {
        return new RiskDocumentId(Inputs.uuid(id, "documentId"));
    }

    static RiskAssessmentId id(String id) {
        return new RiskAssessmentId(Inputs.uuid(id, "id"));
    }
}
