package eu.csar.web.reports.rest;

import eu.csar.shared.domain.RuleViolationException;
import eu.csar.vault.api.ContentTooLargeException;
import eu.csar.web.platform.rest.BodyRefused;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The content upload's web side: Undertow's larger entity size applies to that one operation only,
 * and the body handed to the intake is the whole body (the byte read to see that it is not empty
 * included), whose limit, once passed inside the intake, reads as a {@link ContentTooLargeException}.
 */
class ContentUploadTest {

    @Test
    void onlyAPostOfContentToAReportTakesTheLargerBody() {
        assertTrue(ContentUploadSize.isContentUpload("POST", "/api/v1/reports/6f0c1a52-1b7e-4d6e-9f38-2a1b5c9d0e11/evidence/content"));
        assertTrue(ContentUploadSize.isContentUpload("POST", "/api/v1/reports/x/evidence/content/"));
        assertFalse(ContentUploadSize.isContentUpload("PUT", "/api/v1/reports/x/evidence/content"));
        assertFalse(ContentUploadSize.isContentUpload("POST", "/api/v1/reports/x/evidence"));
        assertFalse(ContentUploadSize.isContentUpload("POST", "/api/v1/reports"));
        assertFalse(ContentUploadSize.isContentUpload("POST", "/api/v1/indicator-imports"));
        assertFalse(ContentUploadSize.isContentUpload("POST", "/ws/reports/provider-reports"));
        assertFalse(ContentUploadSize.isContentUpload("POST", "/api/v1/reports/x/y/evidence/content"));
        assertFalse(ContentUploadSize.isContentUpload("POST", "/api/v1/reports/x/evidence/content/more"));
    }

    @Test
    void theIntakeReadsEveryByteAndAnEmptyBodyIsRefusedNamingContent() throws IOException {
        byte[] body = {7, 1, 2, 3};
        assertArrayEquals(body, ReportRequests.content(new ByteArrayInputStream(body)).readAllBytes());
        RuleViolationException empty = assertThrows(RuleViolationException.class,
                () -> ReportRequests.content(InputStream.nullInputStream()));
        assertEquals("content", empty.field());
        assertEquals("content", assertThrows(RuleViolationException.class, () -> ReportRequests.content((InputStream) null)).field());
    }

    @Test
    void passingTheLimitInsideTheIntakeIsContentTooLarge() throws IOException {
        InputStream capped = new InputStream() {
            private int left = 3;

            @Override
            public int read() {
                if (left-- > 0) {
                    return 1;
                }
                throw BodyRefused.tooLarge("at most 3 bytes");
            }
        };
        InputStream content = ReportRequests.content(capped);
        assertEquals(1, content.read());
        assertThrows(ContentTooLargeException.class, () -> content.readNBytes(10));
    }
}
