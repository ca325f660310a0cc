package eu.csar.reports.application;

import eu.csar.reports.domain.DeliveryRepository;
import eu.csar.reports.domain.ReportDelivery;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Instant;
import java.util.List;

/**
 * The PENDING deliveries that no job carries (the recipient pulls, or pulled when they were made) and that
 * have waited longer than {@link ForwardingSettings#waitingAlarmAfter} (an urgent report's shorter): what
 * the operator screen lists ({@link FailedDeliveries#waiting}) and what the operators' inbox is told of
 * ({@link DeliveryWaitingAlarms}). Runs in its caller's transaction; its callers check the caller's role.
 */
@ApplicationScoped
class DeliveriesWaitingTooLong {

    @Inject
    DeliveryRepository deliveries;

    @Inject
    ForwardingSettings settings;

    /** Those waiting too long at {@code now}, urgent first, then the oldest, at most {@value FailedDeliveries#MAX_LISTED}. */
    List<ReportDelivery> at(Instant now) {
        List<String> pulling = deliveries.recipientsWaiting().stream().filter(settings::pulls).toList();
        return deliveries.waitingSince(pulling, now.minus(settings.waitingAlarmAfter(false)), now.minus(settings.waitingAlarmAfter(true)),
                FailedDeliveries.MAX_LISTED);
    }
}
