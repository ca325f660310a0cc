package eu.csar.detection.distribution;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

/**
 * The provider's local copy of a set: the indicator file {@code csar-match} reads, one line
 * {@code pdq_hash,quality,indicator_id} per PDQ indicator (the id is the label csar-match prints),
 * and beside it {@code FILE.version} (a properties file: set, version, pin) saying which version
 * of which set the file holds. Digests and URLs are not PDQ hashes and csar-match does not read
 * them: they are counted, not written. Applying a page is idempotent: an add of an indicator
 * already present replaces its line, a removal of an absent one does nothing.
 */
public final class LocalIndicatorFile {

    private static final String HEADER = "# csar-indicators: PDQ indicators of the EU Centre (pdq_hash,quality,indicator_id); do not edit";

    private final Path file;
    private final Map<String, String> lines = new LinkedHashMap<>();
    private int skippedKinds;

    private LocalIndicatorFile(Path file) {
        this.file = file;
    }

    /** Reads the file if it exists (else starts empty). Lines that are not {@code hash,quality,id} are dropped. */
    public static LocalIndicatorFile read(Path file) throws IOException {
        LocalIndicatorFile local = new LocalIndicatorFile(file);
        if (Files.exists(file)) {
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                String l = line.strip();
                if (l.isEmpty() || l.startsWith("#")) {
                    continue;
                }
                String[] parts = l.split(",", -1);
                if (parts.length == 3) {
                    local.lines.put(parts[2], l);
                }
            }
        }
        return local;
    }

    /** An empty local copy of {@code file} (a snapshot replaces whatever the file held). */
    public static LocalIndicatorFile empty(Path file) {
        return new LocalIndicatorFile(file);
    }

    /** Applies a page's removals and then its adds. */
    public void apply(IndicatorPage page) {
        for (IndicatorPage.Entry e : page.removes()) {
            lines.remove(e.id());
        }
        for (IndicatorPage.Entry e : page.adds()) {
            if ("PDQ".equals(e.kind()) && e.value() != null && e.value().matches("[0-9a-f]{64}") && e.id().indexOf(',') < 0) {
                lines.put(e.id(), e.value() + "," + (e.quality() == null ? 100 : e.quality()) + "," + e.id());
            } else {
                skippedKinds++;
            }
        }
    }

    /** Indicator ids currently in the file, in file order. */
    public List<String> ids() {
        return new ArrayList<>(lines.keySet());
    }

    /** The line of an indicator, if present. */
    public Optional<String> line(String id) {
        return Optional.ofNullable(lines.get(id));
    }

    /** Adds that were not PDQ hashes (digests, URLs) and so not written. */
    public int skippedKinds() {
        return skippedKinds;
    }

    /** Writes the file and its version beside it, each through a temporary file and an atomic move. */
    public void write(String set, long version, String pin) throws IOException {
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        try (Writer w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
            w.write(HEADER);
            w.write('\n');
            for (String l : lines.values()) {
                w.write(l);
                w.write('\n');
            }
        }
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        Properties p = new Properties();
        p.setProperty("set", set);
        p.setProperty("version", Long.toString(version));
        p.setProperty("pin", pin);
        Path vtmp = versionFile(file).resolveSibling(versionFile(file).getFileName() + ".tmp");
        try (Writer w = Files.newBufferedWriter(vtmp, StandardCharsets.UTF_8)) {
            p.store(w, "csar-indicators: the version of the set this file holds");
        }
        Files.move(vtmp, versionFile(file), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /** {@code FILE.version}. */
    public static Path versionFile(Path file) {
        return file.resolveSibling(file.getFileName() + ".version");
    }

    /** The version recorded beside the file for {@code set}: 0 if none (or another set's). */
    public static long storedVersion(Path file, String set) throws IOException {
        Path v = versionFile(file);
        if (!Files.exists(v) || !Files.exists(file)) {
            return 0;
        }
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(v, StandardCharsets.UTF_8)) {
            p.load(r);
        }
        if (!set.equals(p.getProperty("set"))) {
            return 0;
        }
        try {
            return Long.parseLong(p.getProperty("version", "0"));
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
