package eu.csar.web.knowledge.portal;

import eu.csar.knowledge.application.ExpertNetwork;
import eu.csar.knowledge.domain.NetworkDocumentSummary;
import eu.csar.web.platform.portal.FeedbackBean;
import eu.csar.web.platform.portal.UploadedFile;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;

import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * The prevention experts' network's page ({@code /portal/knowledge/network.xhtml}, Art 43(6), Art 50(4)
 * COM(2022) 209): members of the network and Centre staff see the shared documents (name, type, size,
 * SHA-256, who, when), download one ({@link NetworkDocumentServlet}) and share a new one. The service
 * ({@link ExpertNetwork}) checks the role, the limits of the API (PDF, plain text, ODT, DOCX, at most
 * 10 MiB, a safe name) and audits; a refused file is named next to the upload field and nothing is stored.
 */
@Named
@ViewScoped
public class NetworkPage implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String SHARE_FORM = "share-form";

    @Inject
    ExpertNetwork network;

    @Inject
    FeedbackBean feedback;

    private List<NetworkDocumentSummary> documents = List.of();
    private transient Part file;

    /** f:viewAction */
    public void load() {
        try {
            documents = network.documents();
        } catch (RuntimeException e) {
            if (!feedback.showRefusal(e)) {
                throw e;
            }
        }
    }

    /**
     * Shares the chosen file; its media type is the browser's or, where the browser names none the
     * platform takes, the one its extension stands for.
     */
    public void share() {
        if (!UploadedFile.isChosen(file)) {
            FacesContext.getCurrentInstance().validationFailed();
            feedback.error("kn.net.fileRequired");
            return;
        }
        try {
            String name = UploadedFile.fileName(file.getSubmittedFileName());
            network.share(name, UploadedFile.documentMediaType(file.getContentType(), name), UploadedFile.document(file));
            feedback.info("kn.net.done", name);
            documents = network.documents();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (RuntimeException e) {
            FacesContext.getCurrentInstance().validationFailed();
            if (!feedback.showRefusal(e, field -> SHARE_FORM + ":file")) {
                throw e;
            }
        }
    }

    public List<NetworkDocumentSummary> getDocuments() {
        return documents;
    }

    public Part getFile() {
        return file;
    }

    public void setFile(Part file) {
        this.file = file;
    }
}
