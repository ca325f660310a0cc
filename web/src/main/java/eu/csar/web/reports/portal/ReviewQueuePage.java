package eu.csar.web.reports.portal;

import eu.csar.reports.application.ReviewDesk;
import eu.csar.reports.domain.ReviewQueueRow;
import eu.csar.web.platform.portal.FeedbackBean;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.List;

/**
 * The review desk's queue ({@code /portal/reports/desk.xhtml}, centre reviewers): the reports
 * waiting for a reviewer or held by one, urgent first, then by triage score, then the oldest; the
 * reviewer's decisions today, and the break reminder's time.
 */
@Named
@ViewScoped
public class ReviewQueuePage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ReviewDesk desk;

    @Inject
    FeedbackBean feedback;

    private List<ReviewQueueRow> queue = List.of();
    private long decisionsToday;
    private long breakAfterSeconds;

    /** f:viewAction */
    public void load() {
        try {
            queue = desk.queue();
            decisionsToday = desk.myDecisionsToday();
            breakAfterSeconds = desk.breakAfter().toSeconds();
        } catch (RuntimeException e) {
            if (!feedback.showRefusal(e)) {
                throw e;
            }
        }
    }

    public List<ReviewQueueRow> getQueue() {
        return queue;
    }

    public long getDecisionsToday() {
        return decisionsToday;
    }

    public long getBreakAfterSeconds() {
        return breakAfterSeconds;
    }
}
