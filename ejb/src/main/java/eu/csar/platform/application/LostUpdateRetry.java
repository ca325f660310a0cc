package eu.csar.platform.application;

import eu.csar.shared.api.PublishedService;
import eu.csar.shared.domain.TransactionFailures;

import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;

/**
 * Repeats a change that commutes with concurrent ones (a provider replacing its own point of
 * contact, a status move the workflow decides again) when it lost an update to a concurrent
 * writer: each attempt must run in a NEW transaction ({@link NewTransaction}), which reads the
 * current row again. Bounded: after {@code attempts} the last failure goes to the caller, who
 * answers 409. Any other failure is never repeated.
 */
@PublishedService
public final class LostUpdateRetry {

    /** Attempts per change: enough for dozens of concurrent writers of one entry, bounded for the caller. */
    public static final int ATTEMPTS = 8;

    private final int attempts;
    private final long backoffMillis;

    public LostUpdateRetry(int attempts, long backoffMillis) {
        if (attempts < 1) {
            throw new IllegalArgumentException("attempts must be >= 1");
        }
        this.attempts = attempts;
        this.backoffMillis = backoffMillis;
    }

    public static LostUpdateRetry standard() {
        return new LostUpdateRetry(ATTEMPTS, 15);
    }

    public <T> T run(Supplier<T> attempt) {
        for (int i = 1; ; i++) {
            try {
                return attempt.get();
            } catch (RuntimeException e) {
                if (i >= attempts || !TransactionFailures.isLostUpdate(e)) {
                    throw e;
                }
                pause(i);
            }
        }
    }

    /** A growing, jittered pause, so that writers that collided do not collide again in step. */
    private void pause(int attempt) {
        if (backoffMillis <= 0) {
            return;
        }
        try {
            Thread.sleep(ThreadLocalRandom.current().nextLong(backoffMillis * attempt, 2 * backoffMillis * attempt + 1));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
