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
    void twentyMebibytesAtMostUnderTheVaultsLimit() {
        assertEquals(20 * 1024 * 1024, EvidenceContent.MAX_BYTES);
        assertTrue(EvidenceContent.MAX_BYTES <= EvidenceVault.MAX_BYTES);
        assertFalse(EvidenceContent.tooLarge(EvidenceContent.MAX_BYTES));
        assertTrue(EvidenceContent.tooLarge(EvidenceContent.MAX_BYTES + 1L));
        assertFalse(EvidenceContent.tooLarge(0));
    }
}
