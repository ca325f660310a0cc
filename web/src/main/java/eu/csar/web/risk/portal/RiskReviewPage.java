package eu.csar.web.risk.portal;

import eu.csar.risk.api.RiskAssessmentId;
import eu.csar.risk.application.FirstAssessmentDue;
import eu.csar.risk.application.RiskAssessmentView;
import eu.csar.risk.application.RiskDocuments;
import eu.csar.risk.application.RiskReviews;
import eu.csar.risk.domain.RiskDocumentSummary;
import eu.csar.web.platform.portal.FeedbackBean;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.List;
import java.util.function.Function;

/**
 * The risk assessments page ({@code /portal/risk/assessments.xhtml}): the current risk assessments of
 * the providers under the Coordinating Authority's jurisdiction, overdue first (Art 5), and the review
 * of the one chosen: its fields, the open request and the answer, the history, and the buttons the
 * workflow allows now (accept, request information, require measures; a risk category where the
 * assessment's legal profile provides them).
 */
@Named
@ViewScoped
public class RiskReviewPage implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String FORM = "review";

    @Inject
    RiskReviews reviews;

    @Inject
    RiskDocuments documentService;

    @Inject
    FeedbackBean feedback;

    private String assessment;
    private List<RiskAssessmentView> rows = List.of();
    private List<FirstAssessmentDue> awaitingFirst = List.of();
    private RiskAssessmentView selected;
    private String text;
    private String category;
    private List<RiskDocumentSummary> documents = List.of();

    /** f:viewAction: the list, and the assessment an inbox reminder links to ({@code ?assessment=}), if any. */
    public void open() {
        load();
        if (assessment != null && selected == null) {
            try {
                select(RiskAssessmentId.of(assessment.strip()));
            } catch (IllegalArgumentException malformed) {
                feedback.error("risk.unknown");
            }
        }
    }

    void load() {
        try {
            rows = reviews.list();
            awaitingFirst = reviews.awaitingFirst();
        } catch (RuntimeException e) {
            rows = List.of();
            awaitingFirst = List.of();
            if (!feedback.showRefusal(e)) {
                throw e;
            }
        }
    }

    /** Opens one assessment for review. */
    public void select(RiskAssessmentId id) {
        text = null;
        category = null;
        try {
            selected = reviews.assessment(id);
            category = selected.category();
            documents = documentService.reviewDocuments(id);
        } catch (RuntimeException e) {
            selected = null;
            documents = List.of();
            if (!feedback.showRefusal(e)) {
                throw e;
            }
        }
    }

    public void accept() {
        act(id -> reviews.accept(id, blankToNull(text)));
    }

    public void requestInformation() {
        if (textMissing()) {
            return;
        }
        act(id -> reviews.requestInformation(id, text.strip()));
    }

    public void requireMeasures() {
        if (textMissing()) {
            return;
        }
        act(id -> reviews.requireMeasures(id, text.strip()));
    }

    public void assignCategory() {
        act(id -> reviews.assignCategory(id, category));
    }

    private boolean textMissing() {
        if (text == null || text.isBlank()) {
            FacesContext.getCurrentInstance().validationFailed();
            feedback.error("risk.review.textRequired");
            return true;
        }
        return false;
    }

    private void act(Function<RiskAssessmentId, RiskAssessmentView> step) {
        if (selected == null) {
            return;
        }
        try {
            selected = step.apply(selected.id());
            text = null;
            feedback.info("risk.review.done");
            load();
        } catch (RuntimeException e) {
            FacesContext.getCurrentInstance().validationFailed();
            if (!feedback.showRefusal(e, field -> FORM + ":" + field)) {
                throw e;
            }
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    /** Whether the workflow allows {@code event} on the chosen assessment now. */
    public boolean allows(String event) {
        return selected != null && selected.possibleEvents().contains(event);
    }

    public boolean isMayCategorise() {
        return allows("ASSIGN_CATEGORY") && !selected.categories().isEmpty();
    }

    public String getAssessment() {
        return assessment;
    }

    public void setAssessment(String assessment) {
        this.assessment = assessment;
    }

    public List<RiskAssessmentView> getRows() {
        return rows;
    }

    /** The providers still awaiting their first assessment, overdue first. */
    public List<FirstAssessmentDue> getAwaitingFirst() {
        return awaitingFirst;
    }

    public RiskAssessmentView getSelected() {
        return selected;
    }

    /** The documents the provider attached to the chosen assessment. */
    public List<RiskDocumentSummary> getDocuments() {
        return documents;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public String getCategory() {
        return category;
    }

    public void setCategory(String category) {
        this.category = category;
    }
}
