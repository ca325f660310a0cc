package eu.csar.orders.application;

import eu.csar.orders.api.ExecutionMeasure;
import eu.csar.shared.domain.MemberState;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What a removal under a removal order says to the DSA Transparency Database, and what it never says. */
class DsaStatementOfReasonsTest {

    static final UUID ORDER = UUID.fromString("6b1f0a3e-0c2d-4c1e-9a51-4b1d2f3c4e5a");

    static DsaStatementOfReasons.Removal removal(ExecutionMeasure measure, String authority) {
        return new DsaStatementOfReasons.Removal(ORDER, "NL-RO-7", MemberState.NL, authority, "COM-2022-209 v1",
                Instant.parse("2026-12-01T23:30:00Z"), Instant.parse("2026-12-02T00:30:00Z"), measure, 3);
    }

    @Test
    void aRemovalIsAnIllegalContentDecisionOnAnAuthoritysOrderAboutMinors() {
        Map<String, Object> s = DsaStatementOfReasons.of(removal(ExecutionMeasure.REMOVED, "Rechtbank (demo)"), 1);
        assertEquals(List.of("DECISION_VISIBILITY_CONTENT_REMOVED"), s.get("decision_visibility"));
        assertEquals("DECISION_GROUND_ILLEGAL_CONTENT", s.get("decision_ground"));
        assertEquals("STATEMENT_CATEGORY_PROTECTION_OF_MINORS", s.get("category"));
        assertEquals(List.of("KEYWORD_CHILD_SEXUAL_ABUSE_MATERIAL"), s.get("category_specification"));
        assertEquals("SOURCE_TYPE_OTHER_NOTIFICATION", s.get("source_type"), "an authority's order is neither an Art 16 notice"
                + " nor a trusted flagger's");
        assertEquals("No", s.get("automated_detection"));
        assertEquals("AUTOMATED_DECISION_NOT_AUTOMATED", s.get("automated_decision"));
        assertEquals("2026-12-02", s.get("application_date"), "the execution's UTC date");
        assertEquals("2026-12-01", s.get("content_date"), "online at the latest when the order was issued");
        assertEquals(27, ((List<?>) s.get("territorial_scope")).size(), "Art 14(1): all Member States");
        assertTrue(((List<?>) s.get("territorial_scope")).contains("GR"));
        assertTrue(s.get("illegal_content_legal_ground").toString().contains("Article 14"));
        assertTrue(s.get("illegal_content_legal_ground").toString().contains("NL-RO-7"));
        assertTrue(s.get("illegal_content_explanation").toString().contains("Regulation (EU) 2022/2065"));
        assertTrue(s.get("decision_facts").toString().startsWith("Item 2 of 3"));
        assertEquals("Issuing authority of NL: Rechtbank (demo)", s.get("source_identity"));
        assertEquals(List.of(), DsaStatementRules.statement(s, LocalDate.of(2026, 12, 2)));
    }

    @Test
    void aDisabledItemIsDisabledAccess() {
        Map<String, Object> s = DsaStatementOfReasons.of(removal(ExecutionMeasure.DISABLED, "Rechtbank (demo)"), 0);
        assertEquals(List.of("DECISION_VISIBILITY_CONTENT_DISABLED"), s.get("decision_visibility"));
    }

    @Test
    void thePuidIsTheSameInEveryExportAndDiffersPerItem() {
        String puid = (String) DsaStatementOfReasons.of(removal(ExecutionMeasure.REMOVED, "A"), 0).get("puid");
        assertEquals(puid, DsaStatementOfReasons.of(removal(ExecutionMeasure.DISABLED, "B"), 0).get("puid"));
        assertEquals("csar-ro-6b1f0a3e-0c2d-4c1e-9a51-4b1d2f3c4e5a-0", puid);
        assertNotEquals(puid, DsaStatementOfReasons.of(removal(ExecutionMeasure.REMOVED, "A"), 1).get("puid"));
    }

    @Test
    void aLongAuthorityNameIsCutToTheDatabasesLimits() {
        Map<String, Object> s = DsaStatementOfReasons.of(removal(ExecutionMeasure.REMOVED, "R".repeat(3000)), 0);
        assertEquals(List.of(), DsaStatementRules.statement(s, LocalDate.of(2026, 12, 2)));
    }

    @Test
    void noFieldCarriesWhatTheOrderNamesOrAnyUser() {
        Map<String, Object> s = DsaStatementOfReasons.of(removal(ExecutionMeasure.REMOVED, "Rechtbank (demo)"), 0);
        assertFalse(s.containsKey("account_type"));
        assertFalse(s.containsKey("content_id"));
        assertFalse(s.toString().contains("http"), "no URL of an item: " + s);
    }
}
