package eu.csar.indicators.application;

import eu.csar.shared.api.PublishedService;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * A test hook: the test-support module (only in the demo EAR) arms it so that the next import job
 * that processes line N fails there, once, like a crash of the reader in the middle of a job; the
 * restarted execution then runs through. Production code never arms it; disarmed it costs one
 * volatile read per line.
 */
@PublishedService
@ApplicationScoped
public class ImportFaults {

    private final AtomicInteger failAtLine = new AtomicInteger();

    /** Makes the next import that reaches {@code line} fail there (0 disarms). */
    public void arm(int line) {
        failAtLine.set(Math.max(0, line));
    }

    /** True once, for the armed line; disarms itself. */
    boolean failsAt(int line) {
        int armed = failAtLine.get();
        return armed > 0 && armed == line && failAtLine.compareAndSet(armed, 0);
    }
}
