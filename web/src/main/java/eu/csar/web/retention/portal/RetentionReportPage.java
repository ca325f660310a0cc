package eu.csar.web.retention.portal;

import eu.csar.retention.api.RetentionBatchView;
import eu.csar.retention.api.RetentionCategory;
import eu.csar.retention.api.RetentionRuleView;
import eu.csar.retention.application.RetentionDesk;
import eu.csar.web.platform.portal.FeedbackBean;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.List;

/**
 * The retention report ({@code /portal/retention/report.xhtml}, centre admins, reviewers and auditors):
 * every retention rule as the current legal profile gives it (period, outcome, Article), and the batches
 * the sweep executed, newest first (when, rule, outcome, count, first and last id), filterable by kind of data.
 */
@Named
@ViewScoped
public class RetentionReportPage implements Serializable {

    private static final long serialVersionUID = 1L;
    static final int PAGE_SIZE = 100;

    @Inject
    RetentionDesk desk;

    @Inject
    FeedbackBean feedback;

    private RetentionCategory category;
    private List<RetentionRuleView> rules = List.of();
    private List<RetentionBatchView> batches = List.of();

    /** f:viewAction and the filter button. */
    public void load() {
        try {
            rules = desk.rules();
            batches = desk.batches(category, 0, PAGE_SIZE);
        } catch (RuntimeException e) {
            if (!feedback.showRefusal(e)) {
                throw e;
            }
        }
    }

    public List<RetentionCategory> getCategories() {
        return List.of(RetentionCategory.values());
    }

    public List<RetentionRuleView> getRules() {
        return rules;
    }

    public List<RetentionBatchView> getBatches() {
        return batches;
    }

    public boolean isTruncated() {
        return batches.size() >= PAGE_SIZE;
    }

    public RetentionCategory getCategory() {
        return category;
    }

    public void setCategory(RetentionCategory category) {
        this.category = category;
    }
}
