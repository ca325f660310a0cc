package eu.csar.testsupport.legal;

import eu.csar.legal.application.PlatformClock;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;

import java.time.Duration;

/**
 * Keeps a moved clock moved across redeployments of the test and demo EAR within one server run: the
 * offset is remembered in a system property of the server's JVM ({@value #OFFSET_PROPERTY}) and put
 * back when the application starts again. Without it, the ITs (each deploys the EAR afresh) would
 * swing the clock back after every test class that moved it, and audit entries written later would be
 * older than earlier ones. Only this module reads it: a production EAR never carries it, so a stray
 * property could never move production time. A server restart starts again at the system time.
 */
@Singleton
@Startup
public class ClockKeeper {

    static final String OFFSET_PROPERTY = "csar.test-support.clock-offset";

    @Inject
    PlatformClock clock;

    @PostConstruct
    void restore() {
        String kept = System.getProperty(OFFSET_PROPERTY);
        if (kept != null && clock.offset().isZero()) {
            Duration offset = Duration.parse(kept);
            if (!offset.isZero() && !offset.isNegative()) {
                clock.advance(offset);
            }
        }
    }

    /** Remembers the clock's current offset for the next deployment. */
    static void remember(PlatformClock clock) {
        System.setProperty(OFFSET_PROPERTY, clock.offset().toString());
    }
}
