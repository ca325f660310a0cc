package eu.csar.detection.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.csar.detection.ReferenceData;
import eu.csar.detection.digest.FileDigests;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The tools as a provider runs them, called in-process through {@link DetectionCli#run}: output
 * lines, stderr messages and exit statuses.
 */
class DetectionCliTest {

    record Run(int status, String out, String err) {
        List<String> lines() {
            return out.isEmpty() ? List.of() : List.of(out.split("\n"));
        }
    }

    static Run run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = DetectionCli.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    static Map<String, String> expected512() {
        return ReferenceData.expectedLines("cpp-cli512.csv").stream().map(l -> l.split(",", 3))
                .collect(Collectors.toMap(f -> f[2], f -> f[0] + "," + f[1]));
    }

    @Test
    void hashesADirectoryRecursivelyInTheReferenceFormat(@TempDir Path dir) throws Exception {
        // A nested tree of reference images, plus a non-image that a directory walk skips.
        Path nested = Files.createDirectories(dir.resolve("holiday").resolve("day 2"));
        Map<String, String> copied = new java.util.TreeMap<>();
        for (String f : List.of("reg-test-input/labelme-subset/q0122.jpg", "reg-test-input/labelme-subset/q2821.jpg",
                "misc-images/wee.jpg", "bridge-mods/square-256x256.jpg", "misc-images/small.jpg")) {
            Path target = (copied.size() % 2 == 0 ? nested : dir).resolve(Path.of(f).getFileName());
            Files.copy(ReferenceData.data(f), target);
            copied.put(target.toString(), f);
        }
        Files.writeString(nested.resolve("notes.txt"), "not an image");
        Run r = run("hash", "--squash512", "--threads", "2", dir.toString());
        assertEquals(DetectionCli.OK, r.status(), r.err());
        assertEquals("", r.err());
        Map<String, String> expected = expected512();
        List<String> lines = r.lines();
        assertEquals(copied.size(), lines.size(), r.out());
        for (String line : lines) {
            String[] f = line.split(",", 3);
            assertEquals(expected.get(copied.get(f[2])), f[0] + "," + f[1], line);
        }
        List<String> paths = lines.stream().map(l -> l.split(",", 3)[2]).toList();
        assertEquals(paths.stream().sorted().toList(), paths, "printed in a stable (sorted) order");
    }

    @Test
    void unreadableFilesAreNamedOnStderrAndTheRestContinue(@TempDir Path dir) throws Exception {
        Path bad = Files.writeString(dir.resolve("broken.jpg"), "not an image");
        Path missing = dir.resolve("missing.png");
        Path good = ReferenceData.data("reg-test-input/pen-and-coaster.png");
        Run r = run("hash", bad.toString(), good.toString(), missing.toString());
        assertEquals(DetectionCli.SOME_FAILED, r.status());
        assertEquals(List.of("1f811b9d267fbc6693c0c7f30e041f9df49b836303e10f067fcdfc12c02d01f9,100," + good), r.lines());
        assertTrue(r.err().contains(bad.toString()), r.err());
        assertTrue(r.err().contains(missing.toString()), r.err());
    }

    @Test
    void dihedralAndDigestColumns() throws Exception {
        Path png = ReferenceData.data("reg-test-input/pen-and-coaster.png");
        Run r = run("hash", "--dihedral", "--md5", "--sha256", png.toString());
        assertEquals(DetectionCli.OK, r.status(), r.err());
        List<String> expected = ReferenceData.expectedLines("cpp-fullres-dihedral.csv").stream()
                .filter(l -> l.endsWith(",reg-test-input/pen-and-coaster.png")).map(l -> l.split(",")[0] + "," + l.split(",")[1]).toList();
        FileDigests d = FileDigests.of(png);
        assertEquals(8, r.lines().size());
        for (int i = 0; i < 8; i++) {
            assertEquals(expected.get(i) + "," + d.md5() + "," + d.sha256() + "," + png, r.lines().get(i));
        }
    }

    @Test
    void usageErrorsExitWithTwo() {
        assertEquals(DetectionCli.USAGE, run().status());
        assertEquals(DetectionCli.USAGE, run("frobnicate").status());
        assertEquals(DetectionCli.USAGE, run("hash").status());
        assertEquals(DetectionCli.USAGE, run("hash", "--bogus", "x.jpg").status());
        assertEquals(DetectionCli.USAGE, run("hash", "--threads", "zero", "x.jpg").status());
        assertEquals(DetectionCli.USAGE, run("match", "only-one-file").status());
        assertEquals(DetectionCli.USAGE, run("match", "--radius", "-1", "a", "b").status());
        assertTrue(run("hash", "--bogus").err().contains("unknown option --bogus"));
    }

    @Test
    void matcherPrintsEveryPairWithinTheRadius(@TempDir Path dir) throws Exception {
        List<String> expectedPairs = ReferenceData.expectedLines("mih-needles-vs-haystack-d32.csv");
        Run r = run("match", "--radius", "32", ReferenceData.data("reg-test-input/needles.txt").toString(),
                ReferenceData.data("reg-test-input/haystack.txt").toString());
        assertEquals(DetectionCli.OK, r.status(), r.err());
        assertEquals(expectedPairs.size() - 1, r.lines().size());
        java.util.Set<String> expected = expectedPairs.stream().skip(1).map(l -> l.split(","))
                .map(f -> f[3] + "," + f[4] + "," + f[2]).collect(Collectors.toSet());
        java.util.Set<String> actual = r.lines().stream().map(l -> l.substring(0, l.length() - 2))
                .collect(Collectors.toSet());
        assertEquals(expected, actual);

        // Labels and quality from csar-hash output; low quality filtered; malformed lines reported.
        Path queries = Files.writeString(dir.resolve("mine.csv"), String.join("\n",
                "# hashed on my machine",
                "f8f8f0cee0f4a84f06370a22038f63f0b36e2ed596621e1d33e6b39c4e9c9b22,100,photos/a, b.jpg",
                "0007001f003f003f007f00ff00ff00ff01ff01ff01ff03ff03ff03ff03ff03ff,0,photos/flat.jpg",
                "not-a-hash,100,x.jpg", ""));
        Path indicators = Files.writeString(dir.resolve("indicators.csv"),
                "f8f8f0cee0f4a84f06370a22038f67f0b36e2ed596221e1d33e6b39c4e9c9b22,indicator-7\n"
                        + "0007001f003f003f007f00ff00ff00ff01ff01ff01ff03ff03ff03ff03ff03ff\n");
        Run m = run("match", "--min-quality", "50", queries.toString(), indicators.toString());
        assertEquals(DetectionCli.SOME_FAILED, m.status());
        assertTrue(m.err().contains(queries + ":4"), m.err());
        assertEquals(List.of("f8f8f0cee0f4a84f06370a22038f63f0b36e2ed596621e1d33e6b39c4e9c9b22,"
                + "f8f8f0cee0f4a84f06370a22038f67f0b36e2ed596221e1d33e6b39c4e9c9b22,2,\"photos/a, b.jpg\",indicator-7"),
                m.lines());
    }
}
