package eu.csar.reports.application;

import java.io.Serializable;
import java.time.Instant;

/**
 * A detection job resting on the triage dead-letter queue, as the operator screen shows it: the
 * broker's message id (what a redelivery names), the outbox message id and the report it names,
 * how often it was delivered and the last error the consumer recorded (null if none was), and when
 * it was first sent.
 */
public record DeadTriageJob(String jmsMessageId, String messageId, String reportId, int priority, int deliveries,
                            String lastError, Instant sentAt) implements Serializable {
}
