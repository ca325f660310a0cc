package eu.csar.reports.messaging;

import eu.csar.platform.api.OutboxMessages;
import eu.csar.reports.api.ReportId;
import eu.csar.reports.api.TriageMessages;
import eu.csar.reports.application.ReportTriage;
import eu.csar.security.api.Roles;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.MessageDriven;
import jakarta.inject.Inject;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;

/**
 * Thin consumer of the detection-job queue: reads the report's id and the job's message id
 * ({@link TriageMessages}, the outbox row's id) and lets {@link ReportTriage} do the work as the
 * platform's {@code system} role, in the delivery's transaction. When triage throws, the error is
 * recorded in a transaction of its own (for the dead-letter screen) and thrown on: the delivery
 * rolls back, the broker delivers the job again after the queue's delay, and after its attempts the
 * job rests on {@code DLQ.ReportTriageQueue}. No client buffer ({@code consumerWindowSize} 0), so each
 * session takes the next job from the broker, which hands out urgent (priority 9) jobs first. The
 * number of sessions ({@code maxSession}, default 8) is set in this module's {@code jboss-ejb3.xml},
 * where WildFly resolves the system property {@code csar.triage.sessions} (or the environment's
 * {@code TRIAGE_SESSIONS}); a bean pool of the same size ({@code report-triage}) serves them.
 */
@MessageDriven(activationConfig = {
        @ActivationConfigProperty(propertyName = "destinationLookup", propertyValue = TriageMessages.QUEUE_JNDI),
        @ActivationConfigProperty(propertyName = "destinationType", propertyValue = "jakarta.jms.Queue"),
        @ActivationConfigProperty(propertyName = "consumerWindowSize", propertyValue = "0")
})
@RunAs(Roles.SYSTEM)
@PermitAll // invoked by the broker, never by a user; what it calls runs as SYSTEM and is checked there
public class ReportTriageConsumer implements MessageListener {

    @Inject
    ReportTriage triage;

    @Override
    public void onMessage(Message message) {
        String messageId = null;
        String property = null;
        try {
            String outboxId = message.getStringProperty(OutboxMessages.MESSAGE_ID);
            messageId = outboxId != null ? outboxId : message.getJMSMessageID();
            property = message.getStringProperty(TriageMessages.REPORT_ID);
            ReportId report = TriageMessages.reportOf(property)
                    .orElseThrow(() -> new IllegalArgumentException("the job names no report id"));
            triage.triage(report, messageId);
        } catch (JMSException | RuntimeException e) {
            triage.recordFailure(messageId != null ? messageId : "unknown", property, e);
            throw e instanceof RuntimeException r ? r : new IllegalStateException("cannot read the detection job", e);
        }
    }
}
