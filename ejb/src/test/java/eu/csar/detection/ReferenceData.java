package eu.csar.detection;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Locates the PDQ reference data ({@code shared/pdq-reference}, kept beside the repository and
 * never committed): the system property {@code pdq.reference.dir} if set, otherwise the first
 * {@code shared/pdq-reference} found walking up from the working directory. Missing data fails
 * the tests rather than skipping them, so that CI cannot pass without checking correctness.
 */
public final class ReferenceData {

    private static Path root;

    private ReferenceData() {
    }

    /** The {@code pdq-reference} directory. */
    public static synchronized Path root() {
        if (root == null) {
            root = locate();
        }
        return root;
    }

    private static Path locate() {
        String prop = System.getProperty("pdq.reference.dir");
        if (prop != null && !prop.isBlank()) {
            Path p = Paths.get(prop).toAbsolutePath().normalize();
            if (!Files.isDirectory(p.resolve("expected"))) {
                throw new IllegalStateException("pdq.reference.dir=" + p + " has no expected/ directory");
            }
            return p;
        }
        for (Path dir = Paths.get("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("shared").resolve("pdq-reference");
            if (Files.isDirectory(candidate.resolve("expected"))) {
                return candidate;
            }
        }
        throw new IllegalStateException("PDQ reference data not found: set -Dpdq.reference.dir or put "
                + "shared/pdq-reference beside the repository (looked upwards from "
                + Paths.get("").toAbsolutePath() + ")");
    }

    /** A file under {@code data/}. */
    public static Path data(String relative) {
        return root().resolve("data").resolve(relative);
    }

    /** The lines of a file under {@code expected/}, without blank lines. */
    public static List<String> expectedLines(String name) {
        try {
            return Files.readAllLines(root().resolve("expected").resolve(name)).stream()
                    .filter(l -> !l.isBlank()).collect(Collectors.toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
