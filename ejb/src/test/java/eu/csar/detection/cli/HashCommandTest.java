package eu.csar.detection.cli;

import static eu.csar.detection.cli.DetectionCliTest.run;
import static org.junit.jupiter.api.Assertions.assertEquals;

import eu.csar.detection.ReferenceData;
import eu.csar.detection.cli.DetectionCliTest.Run;
import eu.csar.detection.digest.FileDigests;
import eu.csar.detection.pdq.HashOptions;
import eu.csar.detection.pdq.PdqFileHasher;
import eu.csar.detection.pdq.PdqResult;
import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@code csar-hash} as a provider runs it: the exact lines, error lines and exit statuses for each
 * option, on the small reference photo {@code shrink-a-lot.jpg} (160x100, with EXIF).
 */
class HashCommandTest {

    static final String PHOTO = "bridge-mods/shrink-a-lot.jpg";
    /** The C++ reference's hash and quality of {@link #PHOTO} ({@code cpp-fullres.csv}). */
    static final String PHOTO_HASH = "d0f8f1ccc0f4a84d0a370a3a228f67f0b36e2ed5b6623e1d33e6339c4e9c9b22,100";

    static final String NL = System.lineSeparator();

    static String usageError(String problem) {
        return "csar-hash: " + problem + NL + HashCommand.USAGE + NL;
    }

    @Test
    void helpPrintsTheUsageAndSucceeds() {
        for (String help : new String[] {"--help", "-h"}) {
            Run r = run("hash", help, "ignored.jpg");
            assertEquals(DetectionCli.OK, r.status());
            assertEquals(HashCommand.USAGE + NL, r.out());
            assertEquals("", r.err());
        }
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
        "''|no files or directories given",
        "--threads|--threads needs a number",
        "--threads zero x.jpg|--threads needs a number, got zero",
        "--threads 0 x.jpg|--threads must be at least 1",
        "--threads -3 x.jpg|--threads must be at least 1",
        "x.jpg --bogus|unknown option --bogus",
        "--squash512 --dihedral|no files or directories given"})
    void wrongUsageNamesTheProblemAndExitsWithTwo(String args, String problem) {
        String[] argv = ("hash " + args).trim().split(" ");
        Run r = run(argv);
        assertEquals(DetectionCli.USAGE, r.status());
        assertEquals("", r.out());
        assertEquals(usageError(problem), r.err());
    }

    @Test
    void oneThreadIsEnough() throws Exception {
        Path photo = ReferenceData.data(PHOTO);
        Run r = run("hash", "--threads", "1", photo.toString());
        assertEquals(DetectionCli.OK, r.status(), r.err());
        assertEquals(List.of(PHOTO_HASH + "," + photo), r.lines());
    }

    /** After {@code --}, every argument is a file, even one that looks like an option. */
    @Test
    void doubleDashEndsTheOptions() {
        Run r = run("hash", "--", "--no-such-photo.jpg", "-h");
        assertEquals(DetectionCli.SOME_FAILED, r.status());
        assertEquals("", r.out());
        assertEquals("csar-hash: --no-such-photo.jpg: cannot read file (no such file)" + NL
                + "csar-hash: -h: cannot read file (no such file)" + NL, r.err());
    }

    @Test
    void eachFileThatFailsIsNamedWithItsReason(@TempDir Path dir) throws Exception {
        Path text = Files.writeString(dir.resolve("notes.jpg"), "not an image");
        Path missing = dir.resolve("missing.png");
        Path photo = ReferenceData.data(PHOTO);
        Run r = run("hash", missing.toString(), photo.toString(), text.toString());
        assertEquals(DetectionCli.SOME_FAILED, r.status());
        assertEquals(List.of(PHOTO_HASH + "," + photo), r.lines());
        assertEquals("csar-hash: " + missing + ": cannot read file (no such file)" + NL
                + "csar-hash: " + text + ": not an image in a supported format (JPEG, PNG, GIF, BMP, WebP)" + NL, r.err());
    }

    /** Each digest option adds its column before the path, always in the order md5, sha1, sha256. */
    @ParameterizedTest(name = "{0}")
    @CsvSource({"--md5,md5", "--sha1,sha1", "--sha256,sha256", "--sha256 --md5,md5 sha256",
        "--sha1 --sha256 --md5,md5 sha1 sha256"})
    void digestColumns(String options, String columns) throws Exception {
        Path photo = ReferenceData.data(PHOTO);
        FileDigests d = FileDigests.of(photo);
        StringBuilder expected = new StringBuilder(PHOTO_HASH).append(',');
        for (String c : columns.split(" ")) {
            expected.append(switch (c) {
                case "md5" -> d.md5();
                case "sha1" -> d.sha1();
                default -> d.sha256();
            }).append(',');
        }
        String[] argv = ("hash " + options + " " + photo).split(" ");
        Run r = run(argv);
        assertEquals(DetectionCli.OK, r.status(), r.err());
        assertEquals(List.of(expected.append(photo).toString()), r.lines());
    }

    /** The photo with its (big-endian) EXIF Orientation entry set to 6, "turn 90 degrees clockwise". */
    static byte[] withOrientation6(byte[] jpeg) {
        byte[] entry = {0x01, 0x12, 0, 3, 0, 0, 0, 1};
        for (int p = 0; p + 10 <= jpeg.length; p++) {
            if (Arrays.equals(jpeg, p, p + 8, entry, 0, 8)) {
                byte[] out = jpeg.clone();
                out[p + 8] = 0;
                out[p + 9] = 6;
                return out;
            }
        }
        throw new AssertionError("no EXIF orientation entry");
    }

    /** {@code --exif} hashes the photo upright, {@code --pdqdih} is the reference tool's name for {@code --dihedral}. */
    @Test
    void exifAndDihedralOptions(@TempDir Path dir) throws Exception {
        Path photo = ReferenceData.data(PHOTO);
        byte[] turned = withOrientation6(Files.readAllBytes(photo));
        Path file = Files.write(dir.resolve("turned.jpg"), turned);
        PdqResult upright = new PdqFileHasher(new HashOptions(false, true)).hash(file);
        Run exif = run("hash", "--exif", file.toString());
        assertEquals(List.of(upright.hash().toHex() + "," + upright.quality() + "," + file), exif.lines());
        Run plain = run("hash", file.toString());
        assertEquals(List.of(PHOTO_HASH + "," + file), plain.lines(), "EXIF ignored by default");

        Run dih = run("hash", "--pdqdih", photo.toString());
        assertEquals(run("hash", "--dihedral", photo.toString()).out(), dih.out());
        assertEquals(8, dih.lines().size());
        assertEquals(PHOTO_HASH + "," + photo, dih.lines().get(0));
    }

    /**
     * Directories are walked recursively, taking image extensions in any case and nothing else (not
     * a bare ".jpg" name, which has no extension); the files are printed in path order.
     */
    @Test
    void directoriesYieldTheirImagesInPathOrder(@TempDir Path dir) throws Exception {
        byte[] photo = Files.readAllBytes(ReferenceData.data(PHOTO));
        Path sub = Files.createDirectories(dir.resolve("b"));
        List<Path> images = List.of(dir.resolve("a.JPG"), dir.resolve("a.jpe"), sub.resolve("c.Jpeg"), dir.resolve("c.bmp.jpg"));
        for (Path p : images) {
            Files.write(p, photo);
        }
        for (String other : new String[] {".jpg", "jpg", "notes.txt", "photo.jpg.bak", "b/.png"}) {
            Files.write(dir.resolve(other), photo);
        }
        // A directory with an image's name is walked into, not hashed.
        Path album = Files.createDirectories(dir.resolve("album.jpg"));
        Files.write(album.resolve("inside.txt"), photo);
        Run r = run("hash", dir.toString());
        assertEquals(DetectionCli.OK, r.status(), r.err());
        assertEquals(images.stream().sorted().map(p -> PHOTO_HASH + "," + p).toList(), r.lines());
    }

    /** Every line is written out by the time the tool returns, even to a stream that buffers and never flushes itself. */
    @Test
    void theOutputIsCompleteWhenTheToolReturns() throws Exception {
        Path photo = ReferenceData.data(PHOTO);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = DetectionCli.run(new String[] {"hash", photo.toString()},
                new PrintStream(new BufferedOutputStream(out, 1 << 16), false, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        assertEquals(DetectionCli.OK, status);
        assertEquals(PHOTO_HASH + "," + photo + "\n", out.toString(StandardCharsets.UTF_8));
    }
}
