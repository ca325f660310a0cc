package eu.csar.web.indicators.portal;

import eu.csar.indicators.application.IndicatorSubmissions;
import eu.csar.indicators.application.SubmissionSummary;
import eu.csar.web.platform.portal.FeedbackBean;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.List;

/** The verification queue ({@code /portal/indicators/verification.xhtml}): submissions waiting for four eyes, oldest first. */
@Named
@ViewScoped
public class IndicatorVerificationPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    IndicatorSubmissions submissions;

    @Inject
    FeedbackBean feedback;

    private List<SubmissionSummary> queue;

    /** f:viewAction */
    public void load() {
        try {
            queue = submissions.queue();
        } catch (RuntimeException e) {
            queue = List.of();
            if (!feedback.showRefusal(e)) {
                throw e;
            }
        }
    }

    public List<SubmissionSummary> getQueue() {
        return queue;
    }
}
