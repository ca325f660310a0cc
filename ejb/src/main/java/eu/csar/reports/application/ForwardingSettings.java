package eu.csar.reports.application;

import jakarta.enterprise.context.ApplicationScoped;

import java.net.URI;
import java.time.Duration;
import java.util.Locale;

/**
 * Where and how forwarded reports are delivered (issue 11 §4): operational configuration of the
 * Centre, not law, so system properties of the server (jboss-cli {@code /system-property=...:add}
 * or {@code -D...}), read on each use:
 * <ul>
 * <li>{@code csar.forwarding.endpoint.<RECIPIENT>}: the REST endpoint of one recipient (a Member
 *     State's ISO code, or EUROPOL) that receives {@code POST} deliveries, or {@value #PULL} for a
 *     recipient that cannot expose an endpoint: its deliveries are not pushed, they wait until it
 *     fetches them ({@code GET /api/v1/deliveries}) and acknowledges each;</li>
 * <li>{@code csar.forwarding.endpoint} = {@value #DEMO_ENDPOINT}: the endpoint of every other
 *     recipient, {@code {recipient}} replaced by its code; the default is the demo LEA receiver of
 *     the test-support module that bin/up and bin/test start;</li>
 * <li>{@code csar.forwarding.timeout} = PT10S: how long one attempt waits for an answer;</li>
 * <li>{@code csar.forwarding.waiting-alarm-after} = PT24H and {@code csar.forwarding.waiting-alarm-after-urgent}
 *     = PT1H: a PENDING delivery that no job carries (its recipient pulls, or pulled when it was made) and
 *     has waited longer than this (an urgent report's: the second) is listed on the operator screen as
 *     waiting too long. An operational alarm of the Centre, not a legal deadline: it is not in the legal
 *     profile.</li>
 * </ul>
 * The retry schedule is the broker's (configure-91-report-forwarding.cli), stated in
 * {@link eu.csar.reports.domain.DeliveryBackoff#DEFAULT}.
 */
@ApplicationScoped
public class ForwardingSettings {

    static final String ENDPOINT = "csar.forwarding.endpoint";
    static final String TIMEOUT = "csar.forwarding.timeout";
    static final String WAITING_ALARM = "csar.forwarding.waiting-alarm-after";
    static final String WAITING_ALARM_URGENT = "csar.forwarding.waiting-alarm-after-urgent";
    static final String DEMO_ENDPOINT = "http://127.0.0.1:8199/deliveries/{recipient}";
    static final String PULL = "pull";

    /** The endpoint deliveries to {@code recipient} are POSTed to (not for one that {@link #pulls}). */
    public URI endpoint(String recipient) {
        return URI.create(configured(recipient).replace("{recipient}", recipient));
    }

    /** Whether {@code recipient} fetches its deliveries through the pull API instead of receiving them. */
    public boolean pulls(String recipient) {
        return PULL.equalsIgnoreCase(configured(recipient));
    }

    private static String configured(String recipient) {
        String own = System.getProperty(ENDPOINT + "." + recipient.toUpperCase(Locale.ROOT));
        return (own != null && !own.isBlank() ? own : System.getProperty(ENDPOINT, DEMO_ENDPOINT)).strip();
    }

    public Duration timeout() {
        return ReviewSettings.duration(TIMEOUT, Duration.ofSeconds(10));
    }

    /** How long a delivery without a job may wait before the operator screen lists it (operational, not law). */
    public Duration waitingAlarmAfter(boolean urgent) {
        return urgent ? ReviewSettings.duration(WAITING_ALARM_URGENT, Duration.ofHours(1))
                : ReviewSettings.duration(WAITING_ALARM, Duration.ofHours(24));
    }
}
