package eu.csar.indicators.domain;

import eu.csar.indicators.api.IndicatorKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.EnumSet;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Reading submissions: the hasher's CSV with and without digest columns, plain lines, refusals with reasons. */
class HashLineParserTest {

    static final String PDQ = "0123456789abcdef".repeat(4);
    static final String PDQ2 = "fedcba9876543210".repeat(4);
    static final String MD5 = "d41d8cd98f00b204e9800998ecf8427e";
    static final String SHA1 = "da39a3ee5e6b4b0d3255bfef95601890afd80709";
    static final String SHA256 = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";

    private static List<ParsedItem> parse(String text) {
        return HashLineParser.parse(text, false, null);
    }

    private static ParsedItem only(String text) {
        List<ParsedItem> items = parse(text);
        assertEquals(1, items.size(), items.toString());
        return items.get(0);
    }

    @Test
    void readsTheHashersPlainOutputAndDropsThePath() {
        ParsedItem item = only(PDQ + ",100,/data/pics/a.jpg");
        assertEquals(new ParsedItem(1, IndicatorKind.PDQ, PDQ, 100, null, null), item);
        assertFalse(item.refused());
    }

    @Test
    void keepsThePathAsLabelWhenAsked() {
        List<ParsedItem> items = HashLineParser.parse(PDQ + ",90,/data/a,b.jpg", true, null);
        assertEquals("/data/a,b.jpg", items.get(0).label(), "a path with a comma stays whole");
    }

    @Test
    void readsTheDigestColumnsBeforeThePathAndSkipsSha1() {
        List<ParsedItem> items = HashLineParser.parse(PDQ + ",80," + MD5 + "," + SHA1 + "," + SHA256 + ",/p/x.png", true, null);
        assertEquals(List.of(
                new ParsedItem(1, IndicatorKind.PDQ, PDQ, 80, "/p/x.png", null),
                new ParsedItem(1, IndicatorKind.MD5, MD5, null, "/p/x.png", null),
                new ParsedItem(1, IndicatorKind.SHA256, SHA256, null, "/p/x.png", null)), items);
    }

    @Test
    void digestColumnsAreReadInTheHashersOrderAndWhatFollowsIsThePath() {
        List<ParsedItem> items = HashLineParser.parse(PDQ + ",80," + MD5 + "," + MD5.toUpperCase(), true, null);
        assertEquals(2, items.size(), "a second MD5 column is out of the hasher's order: the path");
        assertEquals(IndicatorKind.MD5, items.get(1).kind());
        assertEquals(MD5.toUpperCase(), items.get(0).label());
        List<ParsedItem> noPath = HashLineParser.parse(PDQ + ",80," + MD5, true, null);
        assertEquals(2, noPath.size(), "a digest without a path after it is still a digest");
        assertNull(noPath.get(0).label());
        List<ParsedItem> sha256Only = HashLineParser.parse(PDQ + ",80," + SHA256 + ",/p,q.png", true, null);
        assertEquals(List.of(IndicatorKind.PDQ, IndicatorKind.SHA256), sha256Only.stream().map(ParsedItem::kind).toList());
        assertEquals("/p,q.png", sha256Only.get(1).label());
    }

    @Test
    void aHashWithoutPathIsRead() {
        assertEquals(new ParsedItem(1, IndicatorKind.PDQ, PDQ, 60, null, null), only(PDQ + ",60"));
    }

    @Test
    void readsPlainLinesOfEveryKind() {
        List<ParsedItem> items = parse("PDQ," + PDQ + ",75\nmd5," + MD5.toUpperCase() + "\nSHA256," + SHA256
                + "\nSHA-256," + SHA256.replace('e', 'f') + "\nURL,HTTPS://Example.invalid/a,b#x\n");
        assertEquals(List.of(
                new ParsedItem(1, IndicatorKind.PDQ, PDQ, 75, null, null),
                new ParsedItem(2, IndicatorKind.MD5, MD5, null, null, null),
                new ParsedItem(3, IndicatorKind.SHA256, SHA256, null, null, null),
                new ParsedItem(4, IndicatorKind.SHA256, SHA256.replace('e', 'f'), null, null, null),
                new ParsedItem(5, IndicatorKind.URL, "https://example.invalid/a,b", null, null, null)), items);
    }

    @Test
    void plainLinesKeepTrailingTextAsLabelOnlyWhenAsked() {
        assertEquals("case 7", HashLineParser.parse("PDQ," + PDQ + ",75, case 7", true, null).get(0).label());
        assertNull(HashLineParser.parse("PDQ," + PDQ + ",75,case 7", false, null).get(0).label());
        assertEquals("x", HashLineParser.parse("MD5," + MD5 + ",x", true, null).get(0).label());
        assertNull(HashLineParser.parse("MD5," + MD5 + ",x", false, null).get(0).label());
        assertNull(HashLineParser.parse("MD5," + MD5 + ",  ", true, null).get(0).label());
        assertNull(HashLineParser.parse("PDQ," + PDQ + ",75", true, null).get(0).label());
    }

    @Test
    void refusesPdqBelowQualityFiftyLineByLine() {
        List<ParsedItem> items = parse(PDQ + ",45,a.jpg\n" + PDQ2 + ",50,b.jpg\nPDQ," + PDQ + ",49");
        assertEquals("PDQ quality 45 is below 50", items.get(0).refusal());
        assertEquals(45, items.get(0).quality());
        assertEquals(PDQ, items.get(0).value());
        assertFalse(items.get(1).refused(), "50 is accepted");
        assertEquals("PDQ quality 49 is below 50", items.get(2).refusal());
        assertEquals(50, HashLineParser.MIN_PDQ_QUALITY);
    }

    @Test
    void aLowQualityPdqDoesNotRefuseTheDigestsOfTheSameLine() {
        List<ParsedItem> items = parse(PDQ + ",10," + MD5 + ",a.jpg");
        assertTrue(items.get(0).refused());
        assertFalse(items.get(1).refused());
    }

    @ParameterizedTest
    @ValueSource(strings = {"101", "-1", "abc", "", "9999999999"})
    void refusesQualitiesThatAreNotFrom0To100(String quality) {
        ParsedItem item = only("PDQ," + PDQ + "," + quality);
        assertTrue(item.refusal().startsWith("malformed PDQ quality: "), item.refusal());
        assertTrue(item.refusal().endsWith(" is not a number from 0 to 100"), item.refusal());
        assertNull(item.quality());
    }

    @Test
    void acceptsTheBoundsOfQuality() {
        assertEquals(100, only("PDQ," + PDQ + ",100").quality());
        assertEquals("PDQ quality 0 is below 50", only("PDQ," + PDQ + ",0").refusal());
    }

    @Test
    void refusesMalformedHexWithAReason() {
        assertEquals("malformed PDQ hash: expected 64 hexadecimal digits", only(PDQ.substring(1) + ",90,a").refusal());
        assertEquals("malformed PDQ hash: expected 64 hexadecimal digits", only("g" + PDQ.substring(1) + ",90,a").refusal());
        assertEquals("malformed PDQ hash: expected 64 hexadecimal digits", only("PDQ," + PDQ + "0,90").refusal());
        assertEquals("malformed MD5 hash: expected 32 hexadecimal digits", only("MD5," + MD5 + "0").refusal());
        assertEquals("malformed MD5 hash: expected 32 hexadecimal digits", only("MD5,").refusal());
        assertEquals("malformed SHA256 hash: expected 64 hexadecimal digits", only("SHA256," + MD5).refusal());
        assertEquals(IndicatorKind.SHA256, only("SHA256,zz").kind());
        assertEquals("zz", only("SHA256,zz").value());
    }

    @Test
    void refusesAHashWithoutQuality() {
        assertEquals("malformed line: PDQ hash without its quality", only("PDQ," + PDQ).refusal());
        assertEquals("malformed line: PDQ hash without its quality", only(PDQ).refusal());
    }

    @Test
    void refusesUnreadableLines() {
        ParsedItem item = only("hello");
        assertEquals("malformed line: expected hash,quality,path or KIND,value", item.refusal());
        assertNull(item.kind());
        assertEquals(IndicatorKind.PDQ, only("nothex,90,a").kind());
    }

    @Test
    void refusesMalformedUrls() {
        ParsedItem item = only("URL,ftp://example.invalid/a");
        assertEquals("malformed URL: an absolute http or https URL is expected", item.refusal());
        assertEquals("ftp://example.invalid/a", item.value());
        assertNull(only("URL,").value());
        assertNull(only("URL").value());
    }

    @Test
    void aDuplicateWithinOneSubmissionIsRefusedNamingTheFirstLine() {
        List<ParsedItem> items = parse("# comment\n\nPDQ," + PDQ + ",90\n" + PDQ.toUpperCase() + ",95,b.jpg\nURL,https://EXAMPLE.invalid/x\nURL,https://example.invalid/x#y");
        assertEquals(4, items.size());
        assertFalse(items.get(0).refused());
        assertEquals(3, items.get(0).sourceLine());
        assertEquals("duplicate of line 3", items.get(1).refusal());
        assertEquals(4, items.get(1).sourceLine());
        assertFalse(items.get(2).refused());
        assertEquals("duplicate of line 5", items.get(3).refusal());
    }

    @Test
    void theSameValueOfAnotherKindIsNoDuplicate() {
        List<ParsedItem> items = parse("PDQ," + SHA256 + ",90\nSHA256," + SHA256);
        assertFalse(items.get(0).refused());
        assertFalse(items.get(1).refused());
    }

    @Test
    void aRefusedLineDoesNotMakeALaterOneADuplicate() {
        List<ParsedItem> items = parse("PDQ," + PDQ + ",10\nPDQ," + PDQ + ",90");
        assertTrue(items.get(0).refused());
        assertFalse(items.get(1).refused());
    }

    @Test
    void refusesKindsTheSetDoesNotHold() {
        List<ParsedItem> items = HashLineParser.parse(PDQ + ",90," + MD5 + ",v.mp4\nURL,https://example.invalid/",
                false, EnumSet.of(IndicatorKind.MD5, IndicatorKind.SHA256));
        assertEquals("kind PDQ is not held by this set", items.get(0).refusal());
        assertFalse(items.get(1).refused());
        assertEquals("kind URL is not held by this set", items.get(2).refusal());
    }

    @Test
    void readsEveryLineEnding() {
        List<ParsedItem> items = parse("\uFEFFMD5," + MD5 + "\r\nSHA256," + SHA256 + "\rPDQ," + PDQ + ",90\n");
        assertEquals(3, items.size());
        assertEquals(List.of(1, 2, 3), items.stream().map(ParsedItem::sourceLine).toList());
        assertTrue(items.stream().noneMatch(ParsedItem::refused));
    }

    @Test
    void nothingToReadIsNoItems() {
        assertTrue(parse(null).isEmpty());
        assertTrue(parse("").isEmpty());
        assertTrue(parse("  \n# only a comment\n").isEmpty());
    }

    @Test
    void overlongLabelsAreCut() {
        String label = HashLineParser.parse(PDQ + ",90," + "p".repeat(600), true, null).get(0).label();
        assertEquals(500, label.length());
    }

    @Test
    void overlongQualityIsAbbreviatedInTheReason() {
        assertEquals("malformed PDQ quality: '" + "x".repeat(20) + "...' is not a number from 0 to 100", only("PDQ," + PDQ + "," + "x".repeat(30)).refusal());
    }

    @Test
    void hexCheckIsExact() {
        assertTrue(HashLineParser.isHex("09afAF", 6));
        assertFalse(HashLineParser.isHex("09afAF", 5));
        assertFalse(HashLineParser.isHex("09afAG", 6));
        assertFalse(HashLineParser.isHex("/:`g@G", 6));
    }
}
