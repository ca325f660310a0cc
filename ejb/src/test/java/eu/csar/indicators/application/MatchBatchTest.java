package eu.csar.indicators.application;

import eu.csar.indicators.api.IndicatorKind;
import eu.csar.shared.domain.RuleViolationException;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MatchBatchTest {

    static final String PDQ = "f".repeat(16) + "0123456789abcdef".repeat(3);
    static final String MD5 = "0123456789abcdef0123456789ABCDEF";
    static final String SHA = "a".repeat(64);

    static RuleViolationException refused(List<HashQuery> batch) {
        return assertThrows(RuleViolationException.class, () -> MatchBatch.check(batch));
    }

    @Test
    void acceptsTheThreeKindsAndNormalisesHex() {
        List<MatchBatch.Line> lines = MatchBatch.check(List.of(new HashQuery("PDQ", PDQ), new HashQuery("md5", " " + MD5 + " "),
                new HashQuery("SHA256", SHA), new HashQuery("sha-256", SHA.toUpperCase())));
        assertEquals(4, lines.size());
        assertEquals(new MatchBatch.Line(1, IndicatorKind.PDQ, PDQ), lines.get(0));
        assertEquals(new MatchBatch.Line(2, IndicatorKind.MD5, MD5.toLowerCase()), lines.get(1));
        assertEquals(IndicatorKind.SHA256, lines.get(2).kind());
        assertEquals(SHA, lines.get(3).hex());
        assertEquals(4, lines.get(3).number());
    }

    @Test
    void anEmptyOrMissingBatchIsRefused() {
        assertEquals("hashes", refused(List.of()).field());
        assertEquals("hashes", refused(null).field());
        assertEquals(RuleViolationException.Code.INVALID, refused(null).code());
    }

    @Test
    void atMostOneThousandHashes() {
        List<HashQuery> batch = new ArrayList<>(java.util.Collections.nCopies(MatchBatch.MAX, new HashQuery("SHA256", SHA)));
        assertEquals(1000, MatchBatch.check(batch).size());
        batch.add(new HashQuery("SHA256", SHA));
        RuleViolationException e = refused(batch);
        assertEquals("hashes", e.field());
        assertTrue(e.getMessage().contains("1001"), e.getMessage());
    }

    @Test
    void theFirstBadLineIsNamed() {
        RuleViolationException e = refused(List.of(new HashQuery("PDQ", PDQ), new HashQuery("PDQ", PDQ.substring(1) + "g"),
                new HashQuery("URL", "x")));
        assertEquals("hashes[1]", e.field());
        assertTrue(e.getMessage().startsWith("Line 2:"), e.getMessage());
    }

    @Test
    void unknownKindsAndUrlsAreRefused() {
        assertTrue(refused(List.of(new HashQuery("URL", "https://example.invalid/a"))).getMessage().contains("unknown kind"));
        assertEquals("hashes[0]", refused(List.of(new HashQuery("SHA1", SHA))).field());
    }

    @Test
    void wrongLengthsAreRefusedPerKind() {
        assertEquals("hashes[0]", refused(List.of(new HashQuery("MD5", SHA))).field());
        assertEquals("hashes[0]", refused(List.of(new HashQuery("PDQ", MD5))).field());
        assertEquals("hashes[0]", refused(List.of(new HashQuery("SHA256", SHA + "a"))).field());
        assertTrue(refused(List.of(new HashQuery("MD5", "ab"))).getMessage().contains("32 hex digits"));
        assertTrue(refused(List.of(new HashQuery("PDQ", "ab"))).getMessage().contains("64 hex digits"));
    }

    @Test
    void missingPartsAreRefused() {
        assertEquals("hashes[0]", refused(Arrays.asList((HashQuery) null)).field());
        assertEquals("hashes[0]", refused(List.of(new HashQuery(null, SHA))).field());
        assertEquals("hashes[0]", refused(List.of(new HashQuery("SHA256", null))).field());
    }

    @Test
    void hexMeansDigitsAndLowerCaseLettersAToF() {
        assertTrue(MatchBatch.isHex("0123456789abcdef"));
        assertFalse(MatchBatch.isHex("g"));
        assertFalse(MatchBatch.isHex("/"));
        assertFalse(MatchBatch.isHex(":"));
        assertFalse(MatchBatch.isHex("`"));
        assertFalse(MatchBatch.isHex("A"));
        assertTrue(MatchBatch.isHex(""));
    }
}
