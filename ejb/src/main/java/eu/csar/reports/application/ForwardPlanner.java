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
 * nothing; one that commits cannot lose its deliveries. An internal bean of the review desk, not an
 * EJB: only {@link ReviewDesk} calls it, inside its checked method.
 */
@ApplicationScoped
public class ForwardPlanner {

    @Inject
    DeliveryRepository deliveries;

    @Inject
    Outbox outbox;

    @Inject
    Clock clock;

    @Transactional(Transactional.TxType.MANDATORY)
    public List<ReportDelivery> plan(Report report) {
        List<ReportDelivery> planned = report.review().jurisdiction().recipients().stream()
                .map(recipient -> new ReportDelivery(report.id(), recipient, report.urgent(), clock.instant())).toList();
        for (ReportDelivery delivery : planned) {
            deliveries.add(delivery);
            outbox.enqueue(DeliveryMessages.QUEUE_JNDI, DeliveryMessages.propertiesOf(delivery.id()),
                    DeliveryMessages.priority(report.urgent()));
        }
        return planned;
    }
}
