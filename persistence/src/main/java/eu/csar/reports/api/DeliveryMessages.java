package eu.csar.reports.api;

import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The delivery job of a forwarded report (issue 11 §4): the delivery's id as a string property, no
 * body, queued through the outbox on {@code ReportDeliveryQueue}; urgent reports' jobs at JMS
 * priority 9, the others at 4, so the broker hands urgent ones out first.
 */
public final class DeliveryMessages {

    public static final String QUEUE_JNDI = "java:/jms/queue/ReportDeliveryQueue";
    public static final String DEAD_LETTER_JNDI = "java:/jms/queue/DLQ.ReportDeliveryQueue";
    public static final String DELIVERY_ID = "deliveryId";

    private DeliveryMessages() {
    }

    public static Map<String, String> propertiesOf(UUID delivery) {
        return Map.of(DELIVERY_ID, delivery.toString());
    }

    public static Optional<UUID> deliveryOf(String property) {
        try {
            return property == null ? Optional.empty() : Optional.of(UUID.fromString(property));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    public static int priority(boolean urgent) {
        return TriageMessages.priority(urgent);
    }
}
