package eu.csar.legal.application;

import eu.csar.shared.api.PublishedService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * The platform's one clock: every service injects {@link Clock}, which this bean produces, and reads
 * "now" from it, UTC. In production it is the system clock. Tests and demonstrations move it
 * forward with {@link #advance} (and back with {@link #reset}); an architecture test allows those two
 * to be called only from {@code eu.csar.testsupport..}, whose module only the test and demo EAR
 * carries, so that production code cannot move legal time.
 *
 * <p>The offset lives in this node's memory: the test and demo deployments are single nodes. The
 * test-support module puts it back after a redeployment (within one server run), so that time never
 * swings back between two test classes.
 */
@ApplicationScoped
@PublishedService
public class PlatformClock {

    private final Clock system = Clock.systemUTC();

    private volatile Duration offset = Duration.ZERO;

    private final Clock shifted = new Shifted(this);

    /** The clock services inject: the system clock plus the offset at each reading. */
    @Produces
    Clock clock() {
        return shifted;
    }

    public Instant now() {
        return system.instant().plus(offset);
    }

    /** How far the clock was moved ahead of the system clock. */
    public Duration offset() {
        return offset;
    }

    /**
     * Moves the clock forward by {@code by}. Test and demo deployments only (see the class comment).
     *
     * @return the new "now"
     */
    public synchronized Instant advance(Duration by) {
        if (by.isNegative() || by.isZero()) {
            throw new IllegalArgumentException("the clock only moves forward, not by " + by);
        }
        offset = offset.plus(by);
        return now();
    }

    /** Back to the system time. Test and demo deployments only: moves "now" backwards by the offset. */
    public synchronized Instant reset() {
        offset = Duration.ZERO;
        return now();
    }

    /** A {@link Clock} that reads its owner's offset each time, so that a moved clock moves every injected copy. */
    private static final class Shifted extends Clock {
        private final PlatformClock owner;

        private Shifted(PlatformClock owner) {
            this.owner = owner;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return Clock.offset(Clock.system(zone), owner.offset);
        }

        @Override
        public Instant instant() {
            return owner.now();
        }
    }
}
