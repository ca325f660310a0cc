package eu.csar.web.reports.portal;

import eu.csar.reports.api.DeliveryId;
import eu.csar.reports.application.FailedDeliveries;
import eu.csar.reports.application.FailedDeliveries.FailedDelivery;
import eu.csar.reports.application.FailedDeliveries.WaitingDelivery;
import eu.csar.web.platform.portal.FeedbackBean;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.List;
import java.util.UUID;

/**
 * The operator screen of forwarded reports' deliveries that need a person
 * ({@code /portal/operations/report-deliveries.xhtml}): the FAILED and DEAD deliveries with their
 * delivery log (time, outcome, HTTP status, error); a centre administrator delivers one again after
 * fixing its cause (audited by the service); an auditor only looks. Whether a DEAD delivery's job is on
 * the dead-letter queue. Below, the deliveries waiting too long: PENDING ones that no job carries and
 * nobody fetched in time; one to a recipient that pushes now is delivered again the same way.
 */
@Named
@ViewScoped
public class ReportDeliveriesPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    FailedDeliveries failed;

    @Inject
    FeedbackBean feedback;

    private List<FailedDelivery> deliveries = List.of();
    private List<WaitingDelivery> waiting = List.of();

    /** f:viewAction, and the Refresh button. */
    public void load() {
        try {
            deliveries = failed.list();
            waiting = failed.waiting();
        } catch (RuntimeException e) {
            deliveries = List.of();
            waiting = List.of();
            if (!feedback.showRefusal(e)) {
                throw e;
            }
        }
    }

    public void redeliver(UUID id) {
        try {
            FailedDelivery delivery = failed.redeliver(new DeliveryId(id));
            feedback.info("deliveries.redelivered", delivery.recipient(), delivery.reportId().toString());
        } catch (RuntimeException e) {
            if (!feedback.showRefusal(e)) { // redelivered already by another operator: not permitted in its state
                throw e;
            }
        }
        load();
    }

    public List<FailedDelivery> getDeliveries() {
        return deliveries;
    }

    public List<WaitingDelivery> getWaiting() {
        return waiting;
    }
}
