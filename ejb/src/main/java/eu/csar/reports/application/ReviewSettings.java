package eu.csar.reports.application;

import jakarta.enterprise.context.ApplicationScoped;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.logging.Logger;

/**
 * The review desk's settings: operational choices of the Centre, not law, so configuration and not
 * the legal profile. System properties of the server (jboss-cli
 * {@code /system-property=csar.review.break-after:add(value=PT45M)} or {@code -D...}), ISO-8601
 * durations, read on each use so an operator's change applies without a restart:
 * <ul>
 * <li>{@code csar.review.break-after} = PT45M: after this long on the desk a reviewer is reminded to
 *     take a break (reviewer wellness).</li>
 * <li>{@code csar.review.claim-timeout} = PT2H: a claim older than this counts as abandoned and
 *     another reviewer may take it over.</li>
 * </ul>
 */
@ApplicationScoped
public class ReviewSettings {

    static final String BREAK_AFTER = "csar.review.break-after";
    static final String CLAIM_TIMEOUT = "csar.review.claim-timeout";
    private static final Logger LOG = Logger.getLogger(ReviewSettings.class.getName());

    public Duration breakAfter() {
        return duration(BREAK_AFTER, Duration.ofMinutes(45));
    }

    public Duration claimTimeout() {
        return duration(CLAIM_TIMEOUT, Duration.ofHours(2));
    }

    static Duration duration(String property, Duration fallback) {
        String value = System.getProperty(property);
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            Duration d = Duration.parse(value.strip());
            return d.isNegative() || d.isZero() ? fallback : d;
        } catch (DateTimeParseException e) {
            LOG.warning(() -> "system property " + property + "=" + value + " is not an ISO-8601 duration; using " + fallback);
            return fallback;
        }
    }
}
