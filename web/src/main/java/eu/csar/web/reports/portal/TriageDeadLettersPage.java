package eu.csar.web.reports.portal;

import eu.csar.reports.application.DeadTriageJob;
import eu.csar.reports.application.TriageDeadLetters;
import eu.csar.web.platform.portal.FeedbackBean;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.List;

/**
 * The operator screen of the detection jobs on the triage dead-letter queue
 * ({@code /portal/operations/triage-dead-letters.xhtml}): each job's message, report, deliveries,
 * recorded error and time; a centre administrator redelivers one to the triage queue (audited by the
 * service); an auditor only looks.
 */
@Named
@ViewScoped
public class TriageDeadLettersPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    TriageDeadLetters deadLetters;

    @Inject
    FeedbackBean feedback;

    private List<DeadTriageJob> jobs = List.of();

    /** f:viewAction, and the Refresh button. */
    public void load() {
        try {
            jobs = deadLetters.list();
        } catch (RuntimeException e) {
            jobs = List.of();
            if (!feedback.showRefusal(e)) {
                throw e;
            }
        }
    }

    public void redeliver(String jmsMessageId) {
        try {
            DeadTriageJob job = deadLetters.redeliver(jmsMessageId);
            feedback.info("triageDlq.redelivered", String.valueOf(job.reportId()));
        } catch (RuntimeException e) {
            if (!feedback.showRefusal(e)) { // gone already (another operator): not found
                throw e;
            }
        }
        load();
    }

    public List<DeadTriageJob> getJobs() {
        return jobs;
    }
}
