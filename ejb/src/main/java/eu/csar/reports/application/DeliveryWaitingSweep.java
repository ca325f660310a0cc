package eu.csar.reports.application;

import eu.csar.security.api.Roles;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import java.util.logging.Logger;

/**
 * Looks every 20 seconds, as {@code system}, for deliveries left waiting too long and tells the EU Centre's
 * operators ({@link DeliveryWaitingAlarms#raise}): the alarm reaches an inbox instead of waiting for
 * someone to open the deliveries screen. The timer runs on real time, the waiting is measured by the
 * platform clock (as the other sweeps do). A persistent timer, so one node of a cluster runs it; the
 * notices' unique source would keep a second node's notice out all the same.
 */
@Singleton
@DependsOn("SchemaMigrator")
@RunAs(Roles.SYSTEM)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DeliveryWaitingSweep {

    private static final Logger LOG = Logger.getLogger(DeliveryWaitingSweep.class.getName());

    @Inject
    DeliveryWaitingAlarms alarms;

    @Schedule(second = "*/20", minute = "*", hour = "*", persistent = true, info = "deliveries waiting alarm")
    void onSchedule() {
        try {
            int raised = alarms.raise();
            if (raised > 0) {
                LOG.info(() -> "deliveries waiting too long: " + raised + " notice(s) to the operators' inbox");
            }
        } catch (RuntimeException e) {
            // the database, or another node's notice first (the unique source): the next sweep looks again
            LOG.warning(() -> "deliveries waiting alarm not raised this time: " + e);
        }
    }
}
