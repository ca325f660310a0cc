package eu.csar.victims.application;

import eu.csar.victims.domain.AccessLimits;
import eu.csar.shared.domain.SystemSettings;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Duration;
import java.util.logging.Logger;

/**
 * The victim page's sign-in limits, from system properties of the server (jboss-cli
 * {@code /system-property=csar.victim.max-failures:add(value=...)} or {@code -D...}), read at start-up.
 * These are operational settings of the platform, not durations of the law:
 * <ul>
 * <li>{@code csar.victim.max-failures} = 5: wrong codes in a row that lock a case, for
 *     {@code csar.victim.lock-minutes} = 15;</li>
 * <li>{@code csar.victim.address-max-failures} = 20 wrong sign-ins from one client address within
 *     {@code csar.victim.address-window-minutes} = 15;</li>
 * <li>{@code csar.victim.session-minutes} = 15: how long a signed-in victim page session lasts.</li>
 * </ul>
 */
@ApplicationScoped
public class VictimSettings {

    private static final Logger LOG = Logger.getLogger(VictimSettings.class.getName());

    private AccessLimits limits;

    @PostConstruct
    void read() {
        limits = new AccessLimits((int) SystemSettings.number("csar.victim.max-failures", 5), Duration.ofMinutes(SystemSettings.number("csar.victim.lock-minutes", 15)),
                (int) SystemSettings.number("csar.victim.address-max-failures", 20),
                Duration.ofMinutes(SystemSettings.number("csar.victim.address-window-minutes", 15)),
                Duration.ofMinutes(SystemSettings.number("csar.victim.session-minutes", 15)));
        LOG.info(() -> "victim page limits: " + limits);
    }

    public AccessLimits limits() {
        return limits;
    }
}
