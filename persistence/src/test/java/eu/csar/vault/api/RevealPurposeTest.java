package eu.csar.vault.api;

import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RevealPurposeTest {

    @Test
    void aPurposeIsFoundByItsCodeOnly() {
        assertEquals(Optional.of(RevealPurpose.REPORT_ASSESSMENT), RevealPurpose.ofCode("report-assessment"));
        assertEquals(Optional.of(RevealPurpose.AUTHORITY_REQUEST), RevealPurpose.ofCode("authority-request"));
        assertEquals(Optional.empty(), RevealPurpose.ofCode("REPORT_ASSESSMENT"));
        assertEquals(Optional.empty(), RevealPurpose.ofCode("curiosity"));
        assertEquals(Optional.empty(), RevealPurpose.ofCode(null));
    }

    @Test
    void everyPurposeHasItsOwnCodeAndAuditText() {
        assertEquals(RevealPurpose.values().length, Arrays.stream(RevealPurpose.values()).map(RevealPurpose::code).distinct().count());
        for (RevealPurpose p : RevealPurpose.values()) {
            assertTrue(p.auditText().startsWith("evidence reveal for "), p.auditText());
        }
        assertEquals("second-review", RevealPurpose.SECOND_REVIEW.code());
        assertEquals("evidence reveal for indicator verification", RevealPurpose.INDICATOR_VERIFICATION.auditText());
    }

    @Test
    void anItemIdPrintsAsItsUuid() {
        VaultItemId id = VaultItemId.random();
        assertEquals(id, VaultItemId.of(id.toString()));
        assertEquals(id.value().toString(), id.toString());
    }

    @Test
    void aViewSaysWhetherTheItemWasDestroyed() {
        VaultItemId id = VaultItemId.random();
        assertEquals(false, new VaultItemView(id, "d", 1, "image/png", "reports", "r", null, "m", null, null).destroyed());
        assertEquals(true, new VaultItemView(id, "d", 1, "image/png", "reports", "r", null, "m", java.time.Instant.EPOCH, "x").destroyed());
    }
}
