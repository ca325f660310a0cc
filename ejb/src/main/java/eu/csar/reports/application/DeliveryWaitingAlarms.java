package eu.csar.reports.application;

import eu.csar.notification.api.NoticeSubject;
import eu.csar.notification.application.Notices;
import eu.csar.security.api.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * Tells the EU Centre's operators' inbox about the deliveries left waiting too long
 * ({@link DeliveriesWaitingTooLong}, the list of the operator screen): one notice per recipient and urgency
 * a day ({@link DeliveryWaitingAlarm}), counting at most {@value FailedDeliveries#MAX_LISTED} deliveries.
 * Only {@code system} calls it ({@link DeliveryWaitingSweep}); the notices are audited by {@link Notices}.
 */
@Stateless
public class DeliveryWaitingAlarms {

    @Inject
    DeliveriesWaitingTooLong waiting;

    @Inject
    Notices notices;

    @Inject
    Clock clock;

    /** Raises what is due now; how many notices were new. */
    @RolesAllowed(Roles.SYSTEM)
    public int raise() {
        Instant now = clock.instant();
        int raised = 0;
        for (DeliveryWaitingAlarm alarm : DeliveryWaitingAlarm.of(waiting.at(now), LocalDate.ofInstant(now, ZoneOffset.UTC))) {
            NoticeSubject subject = new NoticeSubject(DeliveryWaitingAlarm.SUBJECT_TYPE, alarm.oldestDelivery(), alarm.recipient());
            if (notices.deliveriesWaiting(subject, alarm.recipient(), alarm.count(), alarm.urgent(), alarm.oldestSince(),
                    alarm.sourceId())) {
                raised++;
            }
        }
        return raised;
    }
}
