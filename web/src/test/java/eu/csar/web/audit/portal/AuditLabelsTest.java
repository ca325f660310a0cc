package eu.csar.web.audit.portal;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** A stored purpose is free text written by the services; its label key is its words joined by dashes. */
class AuditLabelsTest {

    @Test
    void aPurposeBecomesAKeyOfLowerCaseWordsJoinedByDashes() {
        assertEquals("registry-administration", AuditLabels.purposeKey("registry administration"));
        assertEquals("inform-competent-authority-of-contact-point",
                AuditLabels.purposeKey("inform competent authority of CONTACT_POINT"));
        assertEquals("partner-api-call", AuditLabels.purposeKey("  partner API call. "));
    }

    @Test
    void aPurposeWithoutLettersKeepsItsText() {
        assertEquals("---", AuditLabels.purposeKey("---"));
    }

    @Test
    void everyPurposeTheServicesWriteTodayHasALabelInBothLanguages() {
        for (String purpose : new String[] {"registry administration", "own registry entry", "jurisdiction oversight",
                "audit review", "audit chain verification", "inform competent authority of CONTACT_POINT",
                "inform competent authority of LEGAL_REPRESENTATIVE", "inbox", "partner API call",
                "batch operations", "platform recovery"}) {
            for (String language : new String[] {"en", "nl"}) {
                java.util.ResourceBundle bundle = AuditChoicesTest.bundle(java.util.Locale.forLanguageTag(language));
                assertEquals(true, bundle.containsKey("auditPurpose." + AuditLabels.purposeKey(purpose)), purpose + " " + language);
            }
        }
    }

    @Test
    void everyPurposeTheEvidenceVaultWritesHasALabelInBothLanguages() {
        java.util.List<String> purposes = new java.util.ArrayList<>(java.util.List.of("evidence storage", "evidence destruction",
                "master key rotation"));
        for (eu.csar.vault.api.RevealPurpose p : eu.csar.vault.api.RevealPurpose.values()) {
            purposes.add(p.auditText());
        }
        for (String purpose : purposes) {
            for (String language : new String[] {"en", "nl"}) {
                java.util.ResourceBundle bundle = AuditChoicesTest.bundle(java.util.Locale.forLanguageTag(language));
                assertEquals(true, bundle.containsKey("auditPurpose." + AuditLabels.purposeKey(purpose)), purpose + " " + language);
            }
        }
    }
}
