package eu.csar.web.knowledge.portal;

import eu.csar.knowledge.api.NetworkDocumentId;
import eu.csar.knowledge.application.ExpertNetwork;
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
 * The portal's download of a document of the prevention experts' network:
 * {@code /portal/knowledge/network/documents/{documentId}}, for members of the network and Centre staff.
 * The service decides who may have it and audits the download like the API's; an unknown document is 404,
 * a wrong role 403. Sent as an attachment that a browser must not render, sniff or keep.
 */
@WebServlet(NetworkDocumentServlet.PATH + "*")
public class NetworkDocumentServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    static final String PATH = "/portal/knowledge/network/documents/";
    private static final Pattern LINK = Pattern.compile("/([0-9a-f-]{36})");

    @Inject
    ExpertNetwork network;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        ExpertNetwork.Download d = Attachments.lookUp(request, response, LINK,
                m -> network.download(new NetworkDocumentId(UUID.fromString(m.group(1)))));
        if (d != null) {
            Attachments.sendStoredDocument(response, d.document().mediaType(), d.document().fileName(), d.content());
        }
    }
}
