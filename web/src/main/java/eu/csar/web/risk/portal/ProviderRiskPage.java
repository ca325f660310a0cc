package eu.csar.web.risk.portal;

import eu.csar.risk.api.RiskAssessmentState;
import eu.csar.risk.application.NewRiskAssessment;
import eu.csar.risk.application.OwnAssessments;
import eu.csar.risk.application.RiskAssessmentView;
import eu.csar.risk.application.RiskAssessments;
import eu.csar.risk.application.RiskDocuments;
import eu.csar.risk.domain.RiskDocumentSummary;
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
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A provider's own risk assessments ({@code /portal/risk/own.xhtml}, Art 3-5 and Art 6): the
 * assessments its staff submitted, newest first, with their status and due dates, the next date it
 * must act by (the first assessment, the next one, or the answer to the authority's request), the
 * Coordinating Authority's open request with a form to answer it (Art 5(2), 5(4)), and a form for a
 * new assessment with exactly the fields the legal profile lists. The service takes the provider
 * from the token; another provider's assessments never show.
 */
@Named
@ViewScoped
public class ProviderRiskPage implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String SUBMIT_FORM = "submit-form";
    static final String ANSWER_FORM = "answer-form";
    static final String DOCUMENT_FORM = "document-form";

    @Inject
    RiskAssessments assessments;

    @Inject
    RiskDocuments documentService;

    @Inject
    FeedbackBean feedback;

    private OwnAssessments own;
    private List<String> fieldNames = List.of();
    private LinkedHashMap<String, String> values = new LinkedHashMap<>();
    private String answer;
    private List<RiskDocumentSummary> documents = List.of();
    private transient Part file;

    /** f:viewAction */
    public void load() {
        try {
            own = assessments.own();
            fieldNames = assessments.reportFields();
            fieldNames.forEach(f -> values.putIfAbsent(f, null));
            loadDocuments();
        } catch (RuntimeException e) {
            if (!feedback.showRefusal(e)) {
                throw e;
            }
        }
    }

    /** Submits a new assessment; it supersedes the previous one of the same kind. */
    public void submit() {
        Map<String, String> fields = new LinkedHashMap<>();
        values.forEach((name, value) -> {
            if (value != null && !value.isBlank()) {
                fields.put(name, value.strip());
            }
        });
        try {
            RiskAssessmentView submitted = assessments.submit(new NewRiskAssessment(null, null, fields));
            values = new LinkedHashMap<>();
            fieldNames.forEach(f -> values.put(f, null));
            feedback.info("prisk.submitted", submitted.updateDueAt().atZone(ZoneOffset.UTC).toLocalDate().toString());
            own = assessments.own();
            loadDocuments();
        } catch (RuntimeException e) {
            FacesContext.getCurrentInstance().validationFailed();
            if (!feedback.showRefusal(e, this::submitClientId)) {
                throw e;
            }
        }
    }

    /** Answers the authority's open request (the supplement of Art 5(2) or 5(4)). */
    public void answer() {
        RiskAssessmentView open = getOpenRequest();
        if (open == null) {
            return;
        }
        if (answer == null || answer.isBlank()) {
            FacesContext.getCurrentInstance().validationFailed();
            feedback.error("prisk.answerRequired");
            return;
        }
        try {
            assessments.supplement(open.id(), answer.strip());
            answer = null;
            feedback.info("prisk.answered");
            own = assessments.own();
        } catch (RuntimeException e) {
            FacesContext.getCurrentInstance().validationFailed();
            if (!feedback.showRefusal(e, field -> ANSWER_FORM + ":answer")) {
                throw e;
            }
        }
    }

    /**
     * Attaches the chosen file to the current assessment; its media type is the browser's or, where
     * the browser names none the platform takes, the one its extension stands for. A file refused
     * (type, name, size) is named next to the upload field and nothing is stored.
     */
    public void attach() {
        RiskAssessmentView current = getCurrent();
        if (current == null) {
            return;
        }
        if (!UploadedFile.isChosen(file)) {
            FacesContext.getCurrentInstance().validationFailed();
            feedback.error("riskDoc.fileRequired");
            return;
        }
        try {
            byte[] content = UploadedFile.document(file);
            documentService.attach(current.id(), fileName(file.getSubmittedFileName()),
                    mediaType(file.getContentType(), file.getSubmittedFileName()), content);
            feedback.info("riskDoc.done");
            loadDocuments();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (RuntimeException e) {
            FacesContext.getCurrentInstance().validationFailed();
            if (!feedback.showRefusal(e, field -> DOCUMENT_FORM + ":file")) {
                throw e;
            }
        }
    }

    private void loadDocuments() {
        RiskAssessmentView current = getCurrent();
        documents = current == null ? List.of() : documentService.ownDocuments(current.id());
    }

    /** The name without the path some browsers send. */
    static String fileName(String submitted) {
        return UploadedFile.fileName(submitted);
    }

    /** The browser's media type if the platform takes it, else the one the file name's extension stands for. */
    static String mediaType(String browser, String name) {
        return UploadedFile.documentMediaType(browser, name);
    }

    /** The client id of a refusal's field ({@code fields.<name>}): the text area of that field. */
    String submitClientId(String path) {
        if (path == null || !path.startsWith("fields.")) {
            return null;
        }
        int i = fieldNames.indexOf(path.substring("fields.".length()));
        return i < 0 ? null : SUBMIT_FORM + ":fields:" + i + ":value";
    }

    /** The current assessment with an open request of the authority, if any. */
    /** The assessment documents are attached to: the newest not superseded. */
    public RiskAssessmentView getCurrent() {
        return own == null ? null : own.items().stream().filter(a -> a.state() != RiskAssessmentState.SUPERSEDED)
                .findFirst().orElse(null);
    }

    public List<RiskDocumentSummary> getDocuments() {
        return documents;
    }

    public Part getFile() {
        return file;
    }

    public void setFile(Part file) {
        this.file = file;
    }

    public RiskAssessmentView getOpenRequest() {
        if (own == null) {
            return null;
        }
        return own.items().stream().filter(a -> a.state() == RiskAssessmentState.INFORMATION_REQUESTED
                || a.state() == RiskAssessmentState.MEASURES_REQUIRED).findFirst().orElse(null);
    }

    public List<RiskAssessmentView> getRows() {
        return own == null ? List.of() : own.items();
    }

    public OwnAssessments getOwn() {
        return own;
    }

    public List<String> getFieldNames() {
        return new ArrayList<>(fieldNames);
    }

    public Map<String, String> getValues() {
        return values;
    }

    public String getAnswer() {
        return answer;
    }

    public void setAnswer(String answer) {
        this.answer = answer;
    }
}
