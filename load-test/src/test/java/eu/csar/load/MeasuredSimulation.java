package eu.csar.load;

import io.gatling.javaapi.core.Simulation;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/**
 * A simulation whose measured part bin/load can tell apart from its preparation: the constructor
 * (tokens, grants, seeded data, replaying synthetic lists, building the bodies) runs before
 * {@link #before()}, which marks the start of the measured part ({@code <window>.start}) and waits
 * for bin/load to answer ({@code <window>.go}, after it has taken its CPU snapshot and started the
 * flight recording); {@link #after()}, once the last user has finished, marks its end
 * ({@code <window>.end}). bin/load passes {@code -Dwindow=<path prefix>}; without it (a simulation
 * run by hand) nothing is written or awaited.
 */
public abstract class MeasuredSimulation extends Simulation {

    private static final String WINDOW = System.getProperty("window", "");
    /** How long the measured part waits for bin/load before it starts anyway. */
    private static final Duration GO_WAIT = Duration.ofSeconds(60);

    @Override
    public void before() {
        if (WINDOW.isEmpty()) {
            return;
        }
        mark("start");
        Path go = Path.of(WINDOW + ".go");
        long deadline = System.nanoTime() + GO_WAIT.toNanos();
        while (!Files.exists(go) && System.nanoTime() < deadline) {
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        if (!Files.exists(go)) {
            System.out.println("no answer from bin/load in " + GO_WAIT.toSeconds() + " s (" + go + "): starting without it");
        }
    }

    @Override
    public void after() {
        if (!WINDOW.isEmpty()) {
            mark("end");
        }
    }

    private static void mark(String what) {
        try {
            Files.writeString(Path.of(WINDOW + "." + what), System.currentTimeMillis() + "\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
