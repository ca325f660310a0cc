package eu.csar.reports.application;

import eu.csar.platform.application.Outbox;
import eu.csar.reports.api.DeliveryMessages;
import eu.csar.reports.domain.DeliveryRepository;
import eu.csar.reports.domain.Report;
import eu.csar.reports.domain.ReportDelivery;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.util.List;

/**
 * The first step of forwarding (Art 48(3)): in the forward decision's own transaction, one PENDING
 * delivery per recipient of the decided jurisdiction and a delivery job for each through the
 * outbox, at the highest JMS priority for an urgent report. A decision that does not commit queues
 * nothing; one that commits cannot lose its deliveries. A recipient that pulls its deliveries
 * ({@link ForwardingSettings#pulls}) gets no job: its delivery waits. An internal bean, not an EJB:
 * {@link ReviewDesk}, {@link AutomaticForwarding} and {@link FailedDeliveries} call it inside their checked methods.
 */
@ApplicationScoped
public class ForwardPlanner {

    @Inject
    DeliveryRepository deliveries;

    @Inject
    Outbox outbox;

    @Inject
    ForwardingSettings settings;

    @Inject
    Clock clock;

    @Transactional(Transactional.TxType.MANDATORY)
    public List<ReportDelivery> plan(Report report) {
        List<ReportDelivery> planned = report.review().jurisdiction().recipients().stream()
                .map(recipient -> new ReportDelivery(report.id(), recipient, report.urgent(), clock.instant())).toList();
        for (ReportDelivery delivery : planned) {
            deliveries.add(delivery);
            queue(delivery);
        }
        return planned;
    }

    /**
     * Queues the delivery job of PENDING {@code delivery} through the outbox; for a recipient that pulls,
     * none: the delivery waits for the fetch without a due time ({@link ReportDelivery#waitForFetch}), which
     * is how the operator screen tells it from one whose job is on its way.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void queue(ReportDelivery delivery) {
        if (settings.pulls(delivery.recipient())) {
            delivery.waitForFetch();
        } else {
            outbox.enqueue(DeliveryMessages.QUEUE_JNDI, DeliveryMessages.propertiesOf(delivery.id()),
                    DeliveryMessages.priority(delivery.urgent()));
        }
    }
}
