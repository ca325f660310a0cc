package eu.csar.indicators.domain;

import eu.csar.indicators.api.IndicatorKind;
import eu.csar.indicators.domain.ImportLineParser.Format;
import eu.csar.indicators.domain.ImportLineParser.Outcome;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.EnumSet;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ImportLineParserTest {

    static final String PDQ = "f".repeat(16) + "0123456789abcdef".repeat(3);
    static final String MD5 = "0123456789abcdef".repeat(2);
    static final String SHA1 = "0123456789abcdef".repeat(2) + "01234567";
    static final String SHA256 = "a".repeat(64);
    static final Set<IndicatorKind> ALL = EnumSet.allOf(IndicatorKind.class);

    final ImportLineParser csv = new ImportLineParser(Format.CSV, false, ALL);
    final ImportLineParser csvLabels = new ImportLineParser(Format.CSV, true, ALL);
    final ImportLineParser json = new ImportLineParser(Format.JSON_LINES, true, ALL);

    @Test
    void csvLineOfTheHasherGivesItsPdqHashAndDropsThePath() {
        Outcome o = csv.parse(PDQ + ",87,/data/pictures/a.jpg");
        assertTrue(o.accepted());
        assertEquals(IndicatorKind.PDQ, o.entry().kind());
        assertEquals(PDQ, o.entry().value());
        assertEquals(87, o.entry().quality());
        assertNull(o.entry().label(), "the path is dropped unless kept");
        assertNull(o.refusal());
    }

    @Test
    void keptPathBecomesTheLabelEvenWithCommasAndAfterDigestColumns() {
        Outcome o = csvLabels.parse(PDQ + ",90," + MD5 + "," + SHA1 + "," + SHA256 + ",/x/a,b.jpg");
        assertEquals("/x/a,b.jpg", o.entry().label());
        assertEquals(PDQ, o.entry().value());
        assertEquals("/x/a,b.jpg", csvLabels.parse(PDQ + ",90," + SHA256 + ",/x/a,b.jpg").entry().label(), "sha256 only");
        assertEquals("/p.png", csvLabels.parse(PDQ + ",90," + MD5 + ",/p.png").entry().label(), "md5 only");
        assertNull(csvLabels.parse(PDQ + ",90").entry().label(), "no path column");
        assertNull(csvLabels.parse(PDQ + ",90," + MD5).entry().label(), "digest only, no path");
    }

    @Test
    void upperCaseHashesAreStoredInLowerCaseAndSpacesAreTrimmed() {
        assertEquals(PDQ, csv.parse("  " + PDQ.toUpperCase() + " , 55 ,x ").entry().value());
        assertEquals(55, csv.parse(PDQ + ",55").entry().quality());
    }

    @Test
    void pdqQualityBelowFiftyIsRefusedWithTheReasonAndFiftyIsAccepted() {
        assertEquals("PDQ quality 49 is below 50", csv.parse(PDQ + ",49,/a.jpg").refusal());
        assertTrue(csv.parse(PDQ + ",50,/a.jpg").accepted());
        assertEquals("PDQ quality 0 is below 50", json.parse("{\"kind\":\"PDQ\",\"value\":\"" + PDQ + "\",\"quality\":0}").refusal());
        assertTrue(json.parse("{\"kind\":\"PDQ\",\"value\":\"" + PDQ + "\",\"quality\":50}").accepted());
        assertTrue(json.parse("{\"kind\":\"PDQ\",\"value\":\"" + PDQ + "\",\"quality\":100}").accepted());
    }

    @ParameterizedTest
    @ValueSource(strings = {"nonsense", "abc,87", ",87", "0123,87,/a.jpg", "ZZ", "ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff,101",
            "ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff,-1",
            "ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff,",
            "ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff,8x",
            "ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff,1000",
            "gfffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff,80"})
    void malformedCsvLinesAreRefusedAsMalformed(String line) {
        Outcome o = csv.parse(line);
        assertFalse(o.accepted(), line);
        assertTrue(o.refusal().startsWith("malformed"), o.refusal());
    }

    @Test
    void blankLinesAreSkipped() {
        assertNull(csv.parse(""));
        assertNull(csv.parse("   "));
        assertNull(json.parse(null));
    }

    @Test
    void jsonLinesOfEveryKind() {
        Outcome pdq = json.parse("{\"kind\":\"PDQ\",\"value\":\"" + PDQ.toUpperCase() + "\",\"quality\":87,\"label\":\"case 12\"}");
        assertEquals(new ImportLineParser.Entry(IndicatorKind.PDQ, PDQ, 87, "case 12"), pdq.entry());
        assertEquals(new ImportLineParser.Entry(IndicatorKind.MD5, MD5, null, null),
                json.parse("{\"kind\":\"MD5\",\"value\":\"" + MD5 + "\"}").entry());
        assertEquals(new ImportLineParser.Entry(IndicatorKind.SHA256, SHA256, null, null),
                json.parse("{\"kind\":\"SHA256\",\"value\":\"" + SHA256 + "\",\"quality\":null}").entry());
        assertEquals("https://example.invalid/Path?q=A",
                json.parse("{\"kind\":\"URL\",\"value\":\"HTTPS://Example.INVALID/Path?q=A\"}").entry().value());
    }

    @ParameterizedTest
    @ValueSource(strings = {"not json", "[1,2]", "{\"kind\":\"XYZ\",\"value\":\"a\"}", "{\"value\":\"a\"}",
            "{\"kind\":\"PDQ\"}", "{\"kind\":\"PDQ\",\"value\":\"abc\",\"quality\":80}",
            "{\"kind\":\"PDQ\",\"value\":\"ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff\"}",
            "{\"kind\":\"PDQ\",\"value\":\"ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff\",\"quality\":\"80\"}",
            "{\"kind\":\"PDQ\",\"value\":\"ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff\",\"quality\":80.5}",
            "{\"kind\":\"PDQ\",\"value\":\"ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff\",\"quality\":101}",
            "{\"kind\":\"PDQ\",\"value\":\"ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff\",\"quality\":-1}",
            "{\"kind\":\"MD5\",\"value\":\"ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff\"}",
            "{\"kind\":\"SHA256\",\"value\":\"ffffffffffffffffffffffffffffffff\"}",
            "{\"kind\":\"MD5\",\"value\":\"ffffffffffffffffffffffffffffffff\",\"quality\":80}",
            "{\"kind\":\"URL\",\"value\":\"ftp://example.invalid/a\"}",
            "{\"kind\":\"URL\",\"value\":\"/relative\"}",
            "{\"kind\":\"URL\",\"value\":\"https://exa mple.invalid\"}",
            "{\"kind\":\"URL\",\"value\":\"\"}",
            "{\"kind\":\"PDQ\",\"value\":5,\"quality\":80}"})
    void malformedJsonLinesAreRefusedAsMalformed(String line) {
        Outcome o = json.parse(line);
        assertFalse(o.accepted(), line);
        assertTrue(o.refusal().startsWith("malformed"), o.refusal());
    }

    @Test
    void urlLongerThanTheColumnIsRefused() {
        String url = "https://example.invalid/" + "a".repeat(ImportLineParser.MAX_URL);
        assertFalse(json.parse("{\"kind\":\"URL\",\"value\":\"" + url + "\"}").accepted());
        String fits = "https://example.invalid/" + "a".repeat(ImportLineParser.MAX_URL - 24);
        assertTrue(json.parse("{\"kind\":\"URL\",\"value\":\"" + fits + "\"}").accepted());
    }

    @Test
    void aKindTheSetDoesNotHoldIsRefused() {
        ImportLineParser videos = new ImportLineParser(Format.JSON_LINES, false, ImportLineParser.kinds("MD5,SHA256"));
        assertEquals("kind PDQ is not held by this set",
                videos.parse("{\"kind\":\"PDQ\",\"value\":\"" + PDQ + "\",\"quality\":80}").refusal());
        assertTrue(videos.parse("{\"kind\":\"MD5\",\"value\":\"" + MD5 + "\"}").accepted());
        assertEquals(EnumSet.of(IndicatorKind.PDQ, IndicatorKind.MD5, IndicatorKind.SHA256), ImportLineParser.kinds("PDQ, MD5,SHA256,"));
        ImportLineParser urlsCsv = new ImportLineParser(Format.CSV, false, Set.of(IndicatorKind.URL));
        assertFalse(urlsCsv.parse(PDQ + ",80").accepted());
    }

    @Test
    void labelsAreDroppedUnlessKeptAndCutAtTheColumnWidth() {
        ImportLineParser noLabels = new ImportLineParser(Format.JSON_LINES, false, ALL);
        assertNull(noLabels.parse("{\"kind\":\"MD5\",\"value\":\"" + MD5 + "\",\"label\":\"x\"}").entry().label());
        String longLabel = "l".repeat(ImportLineParser.MAX_LABEL + 10);
        assertEquals(ImportLineParser.MAX_LABEL, csvLabels.parse(PDQ + ",80," + longLabel).entry().label().length());
        assertNull(json.parse("{\"kind\":\"MD5\",\"value\":\"" + MD5 + "\",\"label\":\"  \"}").entry().label());
    }

    @ParameterizedTest
    @ValueSource(strings = {"nonsense", "abc,87,/a.jpg", "ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff,8x",
            "ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff,49,/a.jpg",
            "ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff,90,/a.jpg", "MD5,0123", "URL,ftp://example.invalid/"})
    void aCsvLineIsReadAsASubmissionReadsItsFirstItem(String line) {
        ParsedItem submitted = HashLineParser.parse(line, true, null).get(0);
        Outcome imported = csvLabels.parse(line);
        assertEquals(submitted.refusal(), imported.refusal(), line);
        if (imported.accepted()) {
            assertEquals(new ImportLineParser.Entry(submitted.kind(), submitted.value(), submitted.quality(), submitted.label()),
                    imported.entry());
        }
    }

    @Test
    void plainKindLinesAndCommentsOfTheSubmissionGrammarAreReadToo() {
        assertEquals(new ImportLineParser.Entry(IndicatorKind.MD5, MD5, null, null), csv.parse("MD5," + MD5.toUpperCase()).entry());
        assertEquals("https://example.invalid/", csv.parse("URL,HTTPS://EXAMPLE.invalid:443#top").entry().value());
        assertNull(csv.parse("# exported 2026-12-01"));
        assertEquals(PDQ, csv.parse(PDQ + ",90," + MD5 + ",/p.png").entry().value(), "a digest column is not imported");
    }
}
