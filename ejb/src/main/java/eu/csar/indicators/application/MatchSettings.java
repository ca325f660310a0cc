package eu.csar.indicators.application;

import eu.csar.shared.domain.SystemSettings;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.logging.Logger;

/**
 * The settings of match as a service, from system properties of the server (set them with
 * jboss-cli {@code /system-property=csar.match.rate.hashes-per-second:add(value=...)} or
 * {@code -D...}), read at start-up, with these defaults:
 * <ul>
 * <li>{@code csar.match.rate.hashes-per-second} = 20000 and {@code csar.match.rate.burst} = 40000:
 *     the per-provider, per-node token bucket (counted in hashes, not calls: one call of 1,000
 *     costs 1,000). Per node, not across the cluster: the load balancer spreads a provider's calls
 *     over the nodes, so the cluster allows about n times this, and no shared counter sits on the
 *     hot path (docs/indicator-matching.md).</li>
 * <li>{@code csar.match.flood.window-days} = 1, {@code csar.match.flood.baseline-days} = 28,
 *     {@code csar.match.flood.factor} = 10, {@code csar.match.flood.min-count} = 1000: the flood
 *     quarantine rule ({@link FloodRule}).</li>
 * <li>{@code csar.match.radius} = 31: the PDQ match radius.</li>
 * </ul>
 * Test and demo deployments change them at run time through the test-support module.
 */
@ApplicationScoped
public class MatchSettings {

    private static final Logger LOG = Logger.getLogger(MatchSettings.class.getName());

    private TokenBuckets<Object> limiter;
    private volatile FloodRule flood;
    private volatile int radius;

    @PostConstruct
    void read() {
        limiter = new TokenBuckets<>(SystemSettings.number("csar.match.rate.hashes-per-second", 20_000),
                SystemSettings.number("csar.match.rate.burst", 40_000), System::nanoTime);
        flood = new FloodRule((int) SystemSettings.number("csar.match.flood.window-days", 1), (int) SystemSettings.number("csar.match.flood.baseline-days", 28),
                Double.parseDouble(System.getProperty("csar.match.flood.factor", "10")), SystemSettings.number("csar.match.flood.min-count", 1000));
        radius = (int) SystemSettings.number("csar.match.radius", 31);
        LOG.info(() -> "match settings: " + limiter.perSecond() + " hashes/s per provider and node (burst " + limiter.burst()
                + "), " + flood + ", radius " + radius);
    }

    public TokenBuckets<Object> limiter() {
        return limiter;
    }

    public FloodRule flood() {
        return flood;
    }

    public int radius() {
        return radius;
    }

    /** New rate limits (test and demo deployments). */
    public void limit(long hashesPerSecond, long burst) {
        limiter.configure(hashesPerSecond, burst);
    }

    /** A new flood rule (test and demo deployments). */
    public void flood(FloodRule rule) {
        this.flood = rule;
    }
}
