package eu.csar.risk.domain;

import eu.csar.risk.api.RiskAssessmentId;
import eu.csar.shared.domain.RuleViolationException;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RiskAssessmentDocumentTest {

    static final RiskAssessmentId ASSESSMENT = new RiskAssessmentId(UUID.fromString("00000000-0000-4000-8000-000000000042"));
    static final Instant AT = Instant.parse("2026-12-01T10:00:00Z");
    static final byte[] TEXT = "Synthetic risk methodology, version 1".getBytes(StandardCharsets.UTF_8);

    static String refusedField(String name, String type, byte[] content) {
        RuleViolationException e = assertThrows(RuleViolationException.class,
                () -> RiskAssessmentDocument.attach(ASSESSMENT, name, type, content, "alpha-staff", AT));
        assertEquals(RuleViolationException.Code.INVALID, e.code());
        return e.field();
    }

    @Test
    void keepsTheBytesWithTheirSha256SizeAndTheBareMediaType() {
        RiskAssessmentDocument d = RiskAssessmentDocument.attach(ASSESSMENT, " methodology.txt ", "Text/Plain; charset=UTF-8",
                TEXT, "alpha-staff", AT);
        assertEquals("methodology.txt", d.fileName());
        assertEquals("text/plain", d.mediaType());
        assertEquals(TEXT.length, d.sizeBytes());
        assertArrayEquals(TEXT, d.content());
        assertEquals(RiskAssessmentDocument.sha256(TEXT), d.sha256());
        assertEquals(64, d.sha256().length());
        assertEquals("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
                RiskAssessmentDocument.sha256(new byte[0]), "the SHA-256 of nothing");
        assertEquals(ASSESSMENT, d.assessmentId());
        assertEquals("alpha-staff", d.attachedBy());
        assertEquals(AT, d.attachedAt());
        RiskDocumentSummary s = RiskDocumentSummary.of(d);
        assertEquals(d.id(), s.id());
        assertEquals(d.sha256(), s.sha256());
    }

    @Test
    void takesPdfOdtAndDocxToo() {
        for (String type : RiskDocumentSummary.MEDIA_TYPES) {
            assertEquals(type, RiskAssessmentDocument.attach(ASSESSMENT, "a", type, TEXT, "x", AT).mediaType());
        }
    }

    @Test
    void refusesOtherMediaTypesNamingMediaType() {
        assertEquals("mediaType", refusedField("a.html", "text/html", TEXT));
        assertEquals("mediaType", refusedField("a.png", "image/png", TEXT));
        assertEquals("mediaType", refusedField("a.bin", "application/octet-stream", TEXT));
        assertEquals("mediaType", refusedField("a", null, TEXT));
    }

    @Test
    void refusesEmptyAndTooLargeContentNamingContent() {
        assertEquals("content", refusedField("a.txt", "text/plain", new byte[0]));
        assertEquals("content", refusedField("a.txt", "text/plain", null));
        assertEquals("content", refusedField("a.txt", "text/plain", new byte[RiskDocumentSummary.MAX_BYTES + 1]));
        assertEquals(RiskDocumentSummary.MAX_BYTES,
                RiskAssessmentDocument.attach(ASSESSMENT, "a.txt", "text/plain", new byte[RiskDocumentSummary.MAX_BYTES], "x", AT)
                        .sizeBytes(), "exactly the limit is taken");
    }

    @Test
    void refusesMissingLongOrUnsafeFileNamesNamingFileName() {
        assertEquals("fileName", refusedField(null, "text/plain", TEXT));
        assertEquals("fileName", refusedField("  ", "text/plain", TEXT));
        assertEquals("fileName", refusedField("a".repeat(RiskAssessmentDocument.MAX_NAME + 1), "text/plain", TEXT));
        assertEquals("fileName", refusedField("../etc/passwd", "text/plain", TEXT));
        assertEquals("fileName", refusedField("a\\b.txt", "text/plain", TEXT));
        assertEquals("fileName", refusedField("a\"b.txt", "text/plain", TEXT));
        assertEquals("fileName", refusedField("a\nb.txt", "text/plain", TEXT));
        assertEquals("fileName", refusedField("..", "text/plain", TEXT));
        assertEquals("fileName", refusedField(".", "text/plain", TEXT));
        assertEquals("fileName", refusedField("a\u007fb.txt", "text/plain", TEXT));
        assertEquals("fileName", refusedField("a\u0085b.txt", "text/plain", TEXT));
        assertEquals("..a.txt", RiskAssessmentDocument.attach(ASSESSMENT, "..a.txt", "text/plain", TEXT, "x", AT).fileName());
        assertTrue(RiskAssessmentDocument.attach(ASSESSMENT, "Beoordeling één.pdf", "application/pdf", TEXT, "x", AT)
                .fileName().contains("één"), "a name in any language");
        assertEquals(RiskAssessmentDocument.MAX_NAME, RiskAssessmentDocument.attach(ASSESSMENT,
                "a".repeat(RiskAssessmentDocument.MAX_NAME), "text/plain", TEXT, "x", AT).fileName().length());
    }
}
