package eu.csar.detection.cli;

import static eu.csar.detection.cli.DetectionCliTest.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.csar.detection.cli.DetectionCliTest.Run;
import eu.csar.detection.pdq.PdqHash;
import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@code csar-match} as a provider runs it, on small files written here: the accepted line forms,
 * the radius and quality limits at their edges, the order and quoting of the output, and the
 * exact error lines and exit statuses.
 */
class MatchCommandTest {

    static final String NL = System.lineSeparator();

    /** The query hash (as text: no value made by production code is kept in a static field). */
    static final String Q = "f8f8f0cee0f4a84f06370a22038f63f0b36e2ed596621e1d33e6b39c4e9c9b22";

    /** {@link #Q} with its first {@code d} bits flipped. */
    static String at(int d) {
        PdqHash q = PdqHash.fromHex(Q);
        long[] w = {q.word(0), q.word(1), q.word(2), q.word(3)};
        for (int bit = 0; bit < d; bit++) {
            w[bit >>> 6] ^= 1L << (bit & 63);
        }
        return PdqHash.ofWords(w[0], w[1], w[2], w[3]).toHex();
    }

    static String usageError(String problem) {
        return "csar-match: " + problem + NL + MatchCommand.USAGE + NL;
    }

    @Test
    void helpPrintsTheUsageAndSucceeds() {
        for (String help : new String[] {"--help", "-h"}) {
            Run r = run("match", help);
            assertEquals(DetectionCli.OK, r.status());
            assertEquals(MatchCommand.USAGE + NL, r.out());
            assertEquals("", r.err());
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "--radius|--radius needs a number",
        "a b --min-quality|--min-quality needs a number",
        "--radius x a b|--radius needs a number, got x",
        "--min-quality high a b|--min-quality needs a number, got high",
        "--radius 257 a b|--radius out of range: 257",
        "--radius -1 a b|--radius out of range: -1",
        "--min-quality -1 a b|--min-quality out of range: -1",
        "--bogus a b|unknown option --bogus",
        "a|expected two files: HASHES INDICATORS",
        "a b c|expected two files: HASHES INDICATORS"})
    void wrongUsageNamesTheProblemAndExitsWithTwo(String args, String problem) {
        Run r = run(("match " + args).split(" "));
        assertEquals(DetectionCli.USAGE, r.status());
        assertEquals("", r.out());
        assertEquals(usageError(problem), r.err());
    }

    @Test
    void anUnreadableFileIsNamedAndExitsWithOne(@TempDir Path dir) throws Exception {
        Path missing = dir.resolve("missing.csv");
        Path present = Files.writeString(dir.resolve("indicators.csv"), at(0) + NL);
        Run r = run("match", missing.toString(), present.toString());
        assertEquals(DetectionCli.SOME_FAILED, r.status());
        assertEquals("", r.out());
        assertTrue(r.err().startsWith("csar-match: cannot read " + missing + " ("), r.err());
        Run other = run("match", present.toString(), missing.toString());
        assertTrue(other.err().startsWith("csar-match: cannot read " + missing + " ("), other.err());
    }

    /** Indicators at distances 0, 30, 31, 32 and 33 of {@link #Q}, labelled with their distance. */
    static Path indicators(Path dir) throws Exception {
        return Files.writeString(dir.resolve("indicators.csv"), String.join(NL,
                at(33) + ",100,d33", at(31) + ",100,d31", at(0) + ",100,d0", at(32) + ",100,d32", at(30) + ",d30", ""));
    }

    @ParameterizedTest(name = "radius {0}")
    @CsvSource({"0,d0", "30,d0 d30", "31,d0 d30 d31", "32,d0 d30 d31 d32", "256,d0 d30 d31 d32 d33"})
    void everyIndicatorWithinTheRadiusInDistanceOrder(int radius, String labels, @TempDir Path dir) throws Exception {
        Path queries = Files.writeString(dir.resolve("q.csv"), Q + ",mine.jpg" + NL);
        Run r = run("match", "--radius", Integer.toString(radius), queries.toString(), indicators(dir).toString());
        assertEquals(DetectionCli.OK, r.status(), r.err());
        List<String> expected = List.of(labels.split(" ")).stream()
                .map(l -> Q + "," + at(Integer.parseInt(l.substring(1))) + "," + l.substring(1) + ",mine.jpg," + l)
                .toList();
        assertEquals(expected, r.lines());
    }

    @Test
    void theDefaultRadiusIs31(@TempDir Path dir) throws Exception {
        Path queries = Files.writeString(dir.resolve("q.csv"), Q + NL);
        Run r = run("match", queries.toString(), indicators(dir).toString());
        assertEquals(List.of("0", "30", "31"), r.lines().stream().map(l -> l.split(",")[2]).toList());
    }

    /**
     * The forms of a line: bare hash; hash and label (a second column that is not a number is the
     * start of the label, commas and all); hash and quality; hash, quality and label. Comments and
     * blank lines are skipped. Output follows the query lines, labels CSV-quoted where needed.
     */
    @Test
    void lineFormsLabelsAndQuoting(@TempDir Path dir) throws Exception {
        Path queries = Files.writeString(dir.resolve("q.csv"), String.join(NL,
                "# queries", "", at(1), at(2) + ",holiday, beach.jpg", "  " + at(3) + " , 80 ", at(4) + ",90,say \"cheese\".jpg",
                ",leading comma"));
        Path indicators = Files.writeString(dir.resolve("i.csv"), at(0) + ",100,ind" + NL);
        Run r = run("match", queries.toString(), indicators.toString());
        assertEquals(DetectionCli.SOME_FAILED, r.status());
        assertEquals(List.of(
                at(1) + "," + at(0) + ",1,,ind",
                at(2) + "," + at(0) + ",2,\"holiday, beach.jpg\",ind",
                at(3) + "," + at(0) + ",3,,ind",
                at(4) + "," + at(0) + ",4,\"say \"\"cheese\"\".jpg\",ind"), r.lines());
        assertEquals("csar-match: " + queries + ":7: not a PDQ hash line: ,leading comma" + NL, r.err());
    }

    /** Quality at the minimum is kept, below it dropped, on both sides; a line without quality counts as 100. */
    @Test
    void minimumQualityOnBothSides(@TempDir Path dir) throws Exception {
        Path queries = Files.writeString(dir.resolve("q.csv"), String.join(NL,
                at(1) + ",75,q75", at(2) + ",74,q74", at(3) + ",q100"));
        Path indicators = Files.writeString(dir.resolve("i.csv"), String.join(NL,
                at(0) + ",75,i75", at(5) + ",74,i74", at(6)));
        Run r = run("match", "--min-quality", "75", queries.toString(), indicators.toString());
        assertEquals(DetectionCli.OK, r.status(), r.err());
        assertEquals(List.of("q75,i75", "q75,", "q100,i75", "q100,"),
                r.lines().stream().map(l -> l.split(",", 4)[3]).toList());
        Run none = run("match", "--min-quality", "101", queries.toString(), indicators.toString());
        assertEquals(DetectionCli.OK, none.status());
        assertEquals("", none.out());
    }

    /** A malformed line is quoted in the error up to 80 characters, longer ones cut to 77 and "...". */
    @Test
    void malformedLinesAreQuotedShortened(@TempDir Path dir) throws Exception {
        String eighty = "x".repeat(80);
        String eightyOne = "y".repeat(81);
        Path queries = Files.writeString(dir.resolve("q.csv"), String.join(NL, eighty, eightyOne, at(0)));
        Path indicators = Files.writeString(dir.resolve("i.csv"), "not hex" + NL);
        Run r = run("match", queries.toString(), indicators.toString());
        assertEquals(DetectionCli.SOME_FAILED, r.status());
        assertEquals("", r.out());
        assertEquals("csar-match: " + queries + ":1: not a PDQ hash line: " + eighty + NL
                + "csar-match: " + queries + ":2: not a PDQ hash line: " + "y".repeat(77) + "..." + NL
                + "csar-match: " + indicators + ":1: not a PDQ hash line: not hex" + NL, r.err());
    }

    @Test
    void csvQuotesFieldsWithCommasQuotesOrNewlines() {
        assertEquals("photo.jpg", MatchCommand.csv("photo.jpg"));
        assertEquals("", MatchCommand.csv(""));
        assertEquals("\",a\"", MatchCommand.csv(",a"));
        assertEquals("\"a,\"", MatchCommand.csv("a,"));
        assertEquals("\"\"\"a\"", MatchCommand.csv("\"a"));
        assertEquals("\"a\"\"\"", MatchCommand.csv("a\""));
        assertEquals("\"\na\"", MatchCommand.csv("\na"));
        assertEquals("\"a\nb\"", MatchCommand.csv("a\nb"));
    }

    @Test
    void theOutputIsCompleteWhenTheToolReturns(@TempDir Path dir) throws Exception {
        Path queries = Files.writeString(dir.resolve("q.csv"), Q + NL);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int status = DetectionCli.run(new String[] {"match", queries.toString(), indicators(dir).toString()},
                new PrintStream(new BufferedOutputStream(out, 1 << 16), false, StandardCharsets.UTF_8),
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
        assertEquals(DetectionCli.OK, status);
        assertEquals(3, out.toString(StandardCharsets.UTF_8).lines().count());
    }

    @Test
    void theEntryPointNamesItsCommands() {
        Run none = run();
        assertEquals(DetectionCli.USAGE, none.status());
        assertEquals("usage: csar-detection (hash|match|indicators sync) [options] ..." + NL + HashCommand.USAGE + NL
                + MatchCommand.USAGE + NL + SyncCommand.USAGE + NL, none.err());
        Run unknown = run("frobnicate", "x");
        assertEquals(DetectionCli.USAGE, unknown.status());
        assertEquals("csar-detection: unknown command 'frobnicate' (expected hash, match or indicators)" + NL, unknown.err());
        assertEquals("", unknown.out());
    }
}
