package eu.csar.web.platform.portal;

import eu.csar.platform.application.BatchJobs;
import eu.csar.platform.application.JobExecutionView;
import eu.csar.shared.domain.RuleViolationException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.List;

/**
 * The operator screen for batch jobs ({@code /portal/operations/jobs.xhtml}): every job's executions
 * with status, times and progress; a centre administrator restarts a failed or stopped execution
 * (audited by the service) and reads the outcome as a message; an auditor only looks.
 */
@Named
@ViewScoped
public class JobsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    BatchJobs batchJobs;

    @Inject
    FeedbackBean feedback;

    private List<JobExecutionView> executions = List.of();

    /** f:viewAction, and the Refresh button. */
    public void load() {
        try {
            executions = batchJobs.executions();
        } catch (RuntimeException e) {
            executions = List.of();
            if (!feedback.showRefusal(e)) {
                throw e;
            }
        }
    }

    public void restart(long executionId) {
        try {
            long restarted = batchJobs.restart(executionId);
            feedback.info("jobs.restarted", Long.toString(executionId), Long.toString(restarted));
        } catch (RuntimeException e) {
            if (FeedbackBean.unwrap(e) instanceof RuleViolationException) {
                feedback.error("jobs.restartRefused", Long.toString(executionId));
            } else if (!feedback.showRefusal(e)) {
                throw e;
            }
        }
        load();
    }

    public List<JobExecutionView> getExecutions() {
        return executions;
    }
}
