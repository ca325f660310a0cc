package eu.csar.reports.application;

import eu.csar.vault.application.EvidenceVault;
import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The media types and the size a provider may attach as content, as docs/reports.md lists them. */
class EvidenceContentTest {

    @Test
    void theDocumentedMediaTypesAreAcceptedWithoutParametersInLowerCase() {
        for (String type : new String[]{"image/png", "image/jpeg", "image/gif", "image/webp", "video/mp4", "application/octet-stream"}) {
            assertEquals(Optional.of(type), EvidenceContent.mediaType(type), type);
        }
        assertEquals(Optional.of("image/png"), EvidenceContent.mediaType(" Image/PNG ; name=x"));
        assertEquals(Optional.of("video/mp4"), EvidenceContent.mediaType("video/mp4;codecs=avc1"));
    }

    @Test
    void anythingElseIsNotAccepted() {
        for (String type : new String[]{"image/svg+xml", "text/plain", "application/json", "image/*", "*/*", "", "image/png2",
                "ximage/png", "image", ";image/png"}) {
            assertEquals(Optional.empty(), EvidenceContent.mediaType(type), type);
        }
        assertEquals(Optional.empty(), EvidenceContent.mediaType(null));
    }

    @Test
    void inASoapMessageTwentyMebibytesAtMostUnderTheVaultsInMemoryLimit() {
        assertEquals(20 * 1024 * 1024, EvidenceContent.MESSAGE_MAX_BYTES);
        assertTrue(EvidenceContent.MESSAGE_MAX_BYTES <= EvidenceVault.MAX_BYTES);
        assertFalse(EvidenceContent.tooLargeForMessage(EvidenceContent.MESSAGE_MAX_BYTES));
        assertTrue(EvidenceContent.tooLargeForMessage(EvidenceContent.MESSAGE_MAX_BYTES + 1L));
        assertFalse(EvidenceContent.tooLargeForMessage(0));
    }

    @Test
    void overRestTwoGibibytesUnlessConfiguredWithAPositiveNumber() {
        String before = System.getProperty(EvidenceContent.MAX_BYTES_PROPERTY);
        try {
            System.clearProperty(EvidenceContent.MAX_BYTES_PROPERTY);
            assertEquals(2L * 1024 * 1024 * 1024, EvidenceContent.maxBytes());
            System.setProperty(EvidenceContent.MAX_BYTES_PROPERTY, " 1048576 ");
            assertEquals(1024 * 1024, EvidenceContent.maxBytes());
            for (String wrong : new String[]{"0", "-1", "2GiB", "x"}) {
                System.setProperty(EvidenceContent.MAX_BYTES_PROPERTY, wrong);
                assertEquals(EvidenceContent.DEFAULT_MAX_BYTES, EvidenceContent.maxBytes(), wrong);
            }
        } finally {
            if (before == null) {
                System.clearProperty(EvidenceContent.MAX_BYTES_PROPERTY);
            } else {
                System.setProperty(EvidenceContent.MAX_BYTES_PROPERTY, before);
            }
        }
    }
}
