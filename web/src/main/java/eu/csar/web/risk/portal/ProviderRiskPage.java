package eu.csar.web.risk.portal;

import eu.csar.risk.api.RiskAssessmentState;
import eu.csar.risk.application.NewRiskAssessment;
import eu.csar.risk.application.OwnAssessments;
import eu.csar.risk.application.RiskAssessmentView;
import eu.csar.risk.application.RiskAssessments;
import eu.csar.web.platform.portal.FeedbackBean;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
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

    @Inject
    RiskAssessments assessments;

    @Inject
    FeedbackBean feedback;

    private OwnAssessments own;
    private List<String> fieldNames = List.of();
    private LinkedHashMap<String, String> values = new LinkedHashMap<>();
    private String answer;

    /** f:viewAction */
    public void load() {
        try {
            own = assessments.own();
            fieldNames = assessments.reportFields();
            fieldNames.forEach(f -> values.putIfAbsent(f, null));
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

    /** The client id of a refusal's field ({@code fields.<name>}): the text area of that field. */
    String submitClientId(String path) {
        if (path == null || !path.startsWith("fields.")) {
            return null;
        }
        int i = fieldNames.indexOf(path.substring("fields.".length()));
        return i < 0 ? null : SUBMIT_FORM + ":fields:" + i + ":value";
    }

    /** The current assessment with an open request of the authority, if any. */
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
