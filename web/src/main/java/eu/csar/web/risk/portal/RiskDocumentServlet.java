package eu.csar.web.risk.portal;

import eu.csar.risk.api.RiskAssessmentId;
import eu.csar.risk.api.RiskDocumentId;
import eu.csar.risk.application.RiskDocuments;
import eu.csar.security.api.Roles;
import eu.csar.web.platform.rest.Attachments;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The portal's download of a document attached to a risk assessment:
 * {@code /portal/risk/documents/{assessmentId}/{documentId}}, for the provider's staff (its own
 * assessment) and the Coordinating Authorities competent for the provider. The service decides who
 * may have it and audits the download; an assessment or a document the caller may not see is 404
 * like a missing one, a wrong role 403. Sent as an attachment that a browser must not render, sniff
 * or keep.
 */
@WebServlet(RiskDocumentServlet.PATH + "*")
public class RiskDocumentServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    static final String PATH = "/portal/risk/documents/";
    private static final Pattern LINK = Pattern.compile("/([0-9a-f-]{36})/([0-9a-f-]{36})");

    @Inject
    RiskDocuments documents;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        RiskDocuments.Download d = Attachments.lookUp(request, response, LINK, m -> {
            RiskAssessmentId assessment = new RiskAssessmentId(UUID.fromString(m.group(1)));
            RiskDocumentId document = new RiskDocumentId(UUID.fromString(m.group(2)));
            return request.isUserInRole(Roles.PROVIDER) ? documents.ownDownload(assessment, document)
                    : documents.reviewDownload(assessment, document);
        });
        if (d == null) {
            return;
        }
        Attachments.sendStoredDocument(response, d.document().mediaType(), d.document().fileName(), d.content());
    }

    /** An attachment named {@code fileName}: an ASCII fallback and the UTF-8 name (RFC 6266). */
    public static String contentDisposition(String fileName) {
        return Attachments.contentDisposition(fileName);
    }
}
