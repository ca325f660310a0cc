package eu.csar.reports.api;

import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The contract of the detection-job queue (issue 11 §2): a job is the report's id as a string
 * property, no body, never an entity; urgent reports travel at the highest JMS priority so the
 * broker hands them out first. Sent through the platform's outbox in the commit that finishes the
 * report; the outbox row's id is the message id.
 */
public final class TriageMessages {

    public static final String QUEUE_JNDI = "java:/jms/queue/ReportTriageQueue";
    public static final String DEAD_LETTER_JNDI = "java:/jms/queue/DLQ.ReportTriageQueue";
    public static final String REPORT_ID = "reportId";
    /** The JMS priority of an urgent report's job (the highest) and of any other (the JMS default). */
    public static final int URGENT_PRIORITY = 9;
    public static final int NORMAL_PRIORITY = 4;

    private TriageMessages() {
    }

    /** The properties of the job for {@code report}. */
    public static Map<String, String> propertiesOf(ReportId report) {
        return Map.of(REPORT_ID, report.toString());
    }

    public static int priority(boolean urgent) {
        return urgent ? URGENT_PRIORITY : NORMAL_PRIORITY;
    }

    /** The report a job names, if its property is a UUID. */
    public static Optional<ReportId> reportOf(String property) {
        if (property == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(new ReportId(UUID.fromString(property.strip())));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
