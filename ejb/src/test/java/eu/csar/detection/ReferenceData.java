package eu.csar.detection;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The PDQ reference data the detection tests check against: a subset of the ThreatExchange PDQ
 * test images and the expected hashes, committed as test resources of this module
 * ({@code ejb/src/test/resources/pdq-reference}; its {@code README.txt} says where each file comes
 * from). Found on the test classpath, so a clean clone tests with nothing beside it. A missing
 * directory or file fails the tests rather than skipping them, so that no build can pass without
 * checking correctness.
 */
public final class ReferenceData {

    /** Classpath location of the reference directory. */
    static final String RESOURCE = "/pdq-reference";

    private static Path root;

    private ReferenceData() {
    }

    /** The {@code pdq-reference} directory (under {@code target/test-classes}). */
    public static synchronized Path root() {
        if (root == null) {
            root = locate();
        }
        return root;
    }

    private static Path locate() {
        URL readme = ReferenceData.class.getResource(RESOURCE + "/README.txt");
        if (readme == null) {
            throw new IllegalStateException("PDQ reference data not on the test classpath: expected "
                    + RESOURCE + "/README.txt from ejb/src/test/resources");
        }
        if (!"file".equals(readme.getProtocol())) {
            throw new IllegalStateException("PDQ reference data must be a directory on the classpath, not " + readme);
        }
        try {
            Path dir = Paths.get(readme.toURI()).getParent();
            if (!Files.isDirectory(dir.resolve("data")) || !Files.isDirectory(dir.resolve("expected"))) {
                throw new IllegalStateException("PDQ reference data incomplete: no data/ or expected/ in " + dir);
            }
            return dir;
        } catch (URISyntaxException e) {
            throw new IllegalStateException("bad reference data location " + readme, e);
        }
    }

    /** A file under {@code data/}; fails if it is not there. */
    public static Path data(String relative) {
        Path p = root().resolve("data").resolve(relative);
        if (!Files.isRegularFile(p)) {
            throw new IllegalStateException("missing PDQ reference file " + p);
        }
        return p;
    }

    /** The lines of a file under {@code expected/}, without blank lines; fails if it is not there. */
    public static List<String> expectedLines(String name) {
        try {
            return Files.readAllLines(root().resolve("expected").resolve(name)).stream()
                    .filter(l -> !l.isBlank()).collect(Collectors.toList());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read PDQ reference expectations " + name, e);
        }
    }
}
