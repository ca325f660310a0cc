package eu.csar.detection.distribution;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LocalIndicatorFileTest {

    static final String A = "a".repeat(64);
    static final String B = "b".repeat(64);

    static IndicatorPage.Entry pdq(String id, String value, int quality) {
        return new IndicatorPage.Entry(id, "PDQ", value, quality);
    }

    @Test
    void addsAndRemovalsReachTheFileInTheFormatCsarMatchReadsAndTheVersionIsRecorded(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("indicators.csv");
        LocalIndicatorFile snapshot = LocalIndicatorFile.empty(file);
        snapshot.apply(new IndicatorPage("known-images", 0, 5, 0, true,
                List.of(pdq("id-a", A, 90), pdq("id-b", B, 70), new IndicatorPage.Entry("id-md5", "MD5", "c".repeat(32), null)), List.of()));
        snapshot.write("known-images", 5, "PIN");
        assertEquals(1, snapshot.skippedKinds(), "digests are counted, not written");
        assertEquals(List.of("# csar-indicators: PDQ indicators of the EU Centre (pdq_hash,quality,indicator_id); do not edit",
                A + ",90,id-a", B + ",70,id-b"), Files.readAllLines(file));
        assertEquals(5, LocalIndicatorFile.storedVersion(file, "known-images"));
        assertEquals(0, LocalIndicatorFile.storedVersion(file, "url-list"), "another set's version does not count");

        IndicatorPage delta = new IndicatorPage("known-images", 5, 8, 0, true,
                List.of(pdq("id-c", "c".repeat(64), 55)), List.of(pdq("id-a", A, 0)));
        LocalIndicatorFile local = LocalIndicatorFile.read(file);
        local.apply(delta);
        local.apply(delta);
        local.write("known-images", 8, "PIN");

        assertEquals(List.of("id-b", "id-c"), LocalIndicatorFile.read(file).ids(), "re-applying a delta changes nothing");
        assertEquals(B + ",70,id-b", LocalIndicatorFile.read(file).line("id-b").orElseThrow());
        assertEquals(8, LocalIndicatorFile.storedVersion(file, "known-images"));
    }

    @Test
    void aRemovalOfAnAbsentIndicatorAndAReAddAreHarmless(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("x.csv");
        LocalIndicatorFile local = LocalIndicatorFile.read(file);
        local.apply(new IndicatorPage("s", 0, 1, 0, true, List.of(pdq("id-a", A, 60)), List.of(pdq("gone", B, 0))));
        local.apply(new IndicatorPage("s", 1, 2, 0, true, List.of(pdq("id-a", A, 80)), List.of()));
        assertEquals(A + ",80,id-a", local.line("id-a").orElseThrow());
        assertEquals(List.of("id-a"), local.ids());
        assertEquals(0, LocalIndicatorFile.storedVersion(file, "s"), "nothing recorded before write");
    }
}
