package eu.csar.reports.application;

import eu.csar.audit.api.AuditOutcome;
import eu.csar.audit.application.AuditRecorder;
import eu.csar.platform.api.OutboxMessages;
import eu.csar.reports.api.TriageMessages;
import eu.csar.reports.domain.ReportAction;
import eu.csar.reports.domain.TriageRepository;
import eu.csar.security.api.Roles;
import eu.csar.shared.domain.RuleViolationException;
import eu.csar.shared.domain.UnknownObjectException;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.jms.JMSConsumer;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSException;
import jakarta.jms.JMSProducer;
import jakarta.jms.Message;
import jakarta.jms.Queue;
import jakarta.jms.QueueBrowser;
import jakarta.validation.constraints.NotNull;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The operator's view of the detection jobs that failed every delivery attempt and rest on the
 * triage dead-letter queue ({@code DLQ.ReportTriageQueue}): list them (a JMS browser, the messages
 * stay where they are) with the error the consumer recorded, and redeliver one: in one transaction
 * (XA: the broker and nothing else) it is taken off the dead-letter queue and sent to the triage
 * queue with its properties and priority, so it is on exactly one of the two. Every redelivery is
 * audited, a refused one too. Centre admins redeliver; auditors may look.
 */
@Stateless
public class TriageDeadLetters {

    /** The screen lists at most this many jobs (the oldest first). */
    public static final int MAX_LISTED = 500;
    /** What a broker message id looks like; nothing else reaches the selector. */
    static final Pattern JMS_MESSAGE_ID = Pattern.compile("ID:[A-Za-z0-9._:-]{1,100}");
    static final String PURPOSE = "operator redelivery of a detection job from the dead-letter queue";

    @Inject
    JMSContext jms;

    @Resource(lookup = TriageMessages.QUEUE_JNDI)
    Queue queue;

    @Resource(lookup = TriageMessages.DEAD_LETTER_JNDI)
    Queue deadLetters;

    @Inject
    TriageRepository triages;

    @Inject
    AuditRecorder audit;

    /** The jobs on the dead-letter queue, oldest first, at most {@value #MAX_LISTED}. */
    @RolesAllowed({Roles.CENTRE_ADMIN, Roles.CENTRE_AUDITOR})
    public List<DeadTriageJob> list() {
        List<DeadTriageJob> jobs = new ArrayList<>();
        try (QueueBrowser browser = jms.createBrowser(deadLetters)) {
            Enumeration<?> messages = browser.getEnumeration();
            while (messages.hasMoreElements() && jobs.size() < MAX_LISTED) {
                jobs.add(view((Message) messages.nextElement()));
            }
        } catch (JMSException e) {
            throw new IllegalStateException("cannot browse the triage dead-letter queue", e);
        }
        return Collections.unmodifiableList(jobs);
    }

    /** Puts the job with broker id {@code jmsMessageId} back on the triage queue; not on the dead-letter queue: 404. */
    @RolesAllowed(Roles.CENTRE_ADMIN)
    public DeadTriageJob redeliver(@NotNull String jmsMessageId) {
        if (!JMS_MESSAGE_ID.matcher(jmsMessageId).matches()) {
            audit.refusal(ReportAction.REPORT_TRIAGE_JOB_REDELIVERED, null, PURPOSE + "; not a message id", AuditOutcome.REFUSED);
            throw RuleViolationException.invalid("jmsMessageId", "not a JMS message id");
        }
        Message message;
        try (JMSConsumer consumer = jms.createConsumer(deadLetters, "JMSMessageID = '" + jmsMessageId + "'")) {
            message = consumer.receive(2000);
        }
        if (message == null) {
            audit.refusal(ReportAction.REPORT_TRIAGE_JOB_REDELIVERED, null, PURPOSE + "; " + jmsMessageId + " is not on it",
                    AuditOutcome.NOT_FOUND);
            throw new UnknownObjectException("DeadTriageJob", jmsMessageId);
        }
        try {
            DeadTriageJob job = view(message);
            JMSProducer producer = jms.createProducer().setPriority(message.getJMSPriority());
            for (String name : List.of(TriageMessages.REPORT_ID, OutboxMessages.MESSAGE_ID, OutboxMessages.PRIORITY)) {
                String value = message.getStringProperty(name);
                if (value != null) {
                    producer.setProperty(name, value);
                }
            }
            producer.send(queue, jms.createMessage());
            audit.success(ReportAction.REPORT_TRIAGE_JOB_REDELIVERED, job.reportId() != null ? job.reportId() : jmsMessageId,
                    ReportTriage.cut(PURPOSE + "; message " + job.messageId() + " (" + jmsMessageId + "), " + job.deliveries()
                            + " deliveries, last error: " + job.lastError(), 500));
            return job;
        } catch (JMSException e) {
            throw new IllegalStateException("cannot redeliver " + jmsMessageId, e);
        }
    }

    private DeadTriageJob view(Message message) throws JMSException {
        String messageId = message.getStringProperty(OutboxMessages.MESSAGE_ID);
        String key = messageId != null ? messageId : message.getJMSMessageID();
        TriageRepository.Failure failure = triages.failure(key).orElse(null);
        int deliveries = failure != null ? failure.attempts() : message.propertyExists("JMSXDeliveryCount") ? message.getIntProperty("JMSXDeliveryCount") : 0;
        return new DeadTriageJob(message.getJMSMessageID(), messageId, message.getStringProperty(TriageMessages.REPORT_ID),
                message.getJMSPriority(), deliveries, failure == null ? null : failure.lastError(),
                message.getJMSTimestamp() == 0 ? null : Instant.ofEpochMilli(message.getJMSTimestamp()));
    }
}
