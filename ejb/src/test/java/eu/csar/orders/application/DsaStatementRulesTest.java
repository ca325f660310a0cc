package eu.csar.orders.application;

import eu.csar.orders.api.ExecutionMeasure;
import eu.csar.shared.domain.MemberState;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Each field rule of the DSA Transparency Database, broken one at a time on an otherwise valid statement. */
class DsaStatementRulesTest {

    static final LocalDate TODAY = LocalDate.of(2026, 12, 4);

    static Map<String, Object> valid() {
        return new HashMap<>(DsaStatementOfReasons.of(new DsaStatementOfReasons.Removal(UUID.randomUUID(), "NL-RO-1",
                MemberState.NL, "Rechtbank (demo)", "COM-2022-209 v1", Instant.parse("2026-12-01T09:00:00Z"),
                Instant.parse("2026-12-02T10:00:00Z"), ExecutionMeasure.REMOVED, 2), 0));
    }

    static List<String> fields(Map<String, Object> statement) {
        return DsaStatementRules.statement(statement, TODAY).stream().map(DsaStatementRules.Violation::field).toList();
    }

    static Map<String, Object> with(String field, Object value) {
        Map<String, Object> s = valid();
        s.put(field, value);
        return s;
    }

    @Test
    void theStatementOfAnExecutedRemovalPassesEveryRule() {
        assertEquals(List.of(), DsaStatementRules.statement(valid(), TODAY));
    }

    @ParameterizedTest
    @ValueSource(strings = {"decision_ground", "content_type", "category", "territorial_scope", "content_date",
            "application_date", "decision_facts", "source_type", "automated_detection", "automated_decision", "puid"})
    void aRequiredFieldMissingIsRefused(String field) {
        Map<String, Object> s = valid();
        s.remove(field);
        assertTrue(fields(s).contains(field), field + ": " + fields(s));
    }

    @Test
    void oneRestrictionIsRequired() {
        Map<String, Object> s = valid();
        s.remove("decision_visibility");
        assertEquals(List.of("decision_visibility"), fields(s));
        s.put("decision_account", "DECISION_ACCOUNT_SUSPENDED");
        assertEquals(List.of(), fields(s), "an account restriction alone is a decision too");
    }

    @ParameterizedTest
    @ValueSource(strings = {"decision_ground", "category", "source_type", "automated_detection", "automated_decision",
            "decision_monetary", "decision_provision", "decision_account", "account_type"})
    void aValueOutsideTheEnumerationIsRefused(String field) {
        assertEquals(List.of(field), fields(with(field, "NOT_A_VALUE")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"decision_visibility", "content_type", "category_specification", "territorial_scope",
            "category_addition"})
    void anArrayWithAValueOutsideTheEnumerationIsRefused(String field) {
        assertTrue(fields(with(field, List.of("NOT_A_VALUE"))).contains(field));
        assertTrue(fields(with(field, "NOT_AN_ARRAY")).contains(field), "arrays are arrays");
    }

    @Test
    void theTerritorialScopeIsEuAndEeaCountryCodesWithGreeceAsGr() {
        assertEquals(List.of(), fields(with("territorial_scope", List.of("GR", "NO", "IS", "LI"))));
        assertEquals(List.of("territorial_scope"), fields(with("territorial_scope", List.of("EL"))));
        assertEquals(List.of("territorial_scope"), fields(with("territorial_scope", List.of("CH"))));
        assertEquals(List.of("territorial_scope"), fields(with("territorial_scope", List.of("NL", "NL"))));
    }

    @Test
    void illegalContentNeedsItsLegalGroundAndExplanation() {
        Map<String, Object> s = valid();
        s.remove("illegal_content_legal_ground");
        s.remove("illegal_content_explanation");
        assertEquals(List.of("illegal_content_legal_ground", "illegal_content_explanation"), fields(s));
        s.put("decision_ground", "DECISION_GROUND_INCOMPATIBLE_CONTENT");
        assertEquals(List.of("incompatible_content_ground", "incompatible_content_explanation"), fields(s));
    }

    @Test
    void anOtherValueNeedsItsExplanation() {
        Map<String, Object> s = valid();
        s.remove("content_type_other");
        assertEquals(List.of("content_type_other"), fields(s));
        assertEquals(List.of("decision_visibility_other"), fields(with("decision_visibility", List.of("DECISION_VISIBILITY_OTHER"))));
        Map<String, Object> monetary = valid();
        monetary.put("decision_monetary", "DECISION_MONETARY_OTHER");
        assertEquals(List.of("decision_monetary_other"), fields(monetary));
    }

    @Test
    void everyTextFieldHasItsMaximumLength() {
        Map<String, Integer> limits = new HashMap<>(DsaStatementRules.MAX_LENGTHS);
        limits.put("source_identity", 500);
        limits.put("puid", 500);
        limits.forEach((field, max) -> {
            String longest = field.equals("decision_ground_reference_url") ? "https://x.example/" + "a".repeat(max - 18) : "a".repeat(max);
            assertEquals(max, longest.length());
            assertTrue(!fields(with(field, longest)).contains(field), field + " at " + max + " is accepted");
            assertTrue(fields(with(field, longest + "a")).contains(field), field + " past " + max + " is refused");
        });
    }

    @Test
    void thePuidIsLettersDigitsDashAndUnderscore() {
        assertEquals(List.of(), fields(with("puid", "csar-ro_42")));
        assertEquals(List.of("puid"), fields(with("puid", "csar ro 42")));
        assertEquals(List.of("puid"), fields(with("puid", "csar/ro/42")));
        assertEquals(List.of("puid"), fields(with("puid", "csar-ro-42\n")));
    }

    @Test
    void theReferenceUrlIsAUrl() {
        assertEquals(List.of(), fields(with("decision_ground_reference_url", "https://eur-lex.europa.eu/x")));
        assertEquals(List.of("decision_ground_reference_url"), fields(with("decision_ground_reference_url", "eur-lex")));
    }

    @Test
    void datesAreYyyyMmDd() {
        assertEquals(List.of("application_date"), fields(with("application_date", "02-12-2026")));
        assertEquals(List.of("application_date"), fields(with("application_date", "2026-12-2")));
        assertEquals(List.of("application_date"), fields(with("application_date", "2026-02-30")));
        assertEquals(List.of("content_date"), fields(with("content_date", "2026-12-01T00:00:00Z")));
    }

    @Test
    void datesAreNeitherInTheFutureNorTooEarly() {
        assertEquals(List.of(), fields(with("application_date", TODAY.toString())));
        assertEquals(List.of("application_date"), fields(with("application_date", TODAY.plusDays(1).toString())));
        Map<String, Object> s = with("content_date", TODAY.plusDays(1).toString());
        assertTrue(fields(s).contains("content_date"));
        assertEquals(List.of("content_date"), fields(with("content_date", "1999-12-31")));
        Map<String, Object> early = with("application_date", "2019-12-31");
        early.put("content_date", "2019-12-31");
        assertEquals(List.of("application_date"), fields(early));
        assertEquals(List.of(), DsaStatementRules.statement(with("application_date", "2030-01-01"), LocalDate.of(2039, 1, 1))
                .stream().map(DsaStatementRules.Violation::field).toList());
        assertEquals(List.of("application_date"), DsaStatementRules.statement(with("application_date", "2038-01-02"),
                LocalDate.of(2039, 1, 1)).stream().map(DsaStatementRules.Violation::field).toList(), "the database's last date");
    }

    @Test
    void theContentIsNotDatedAfterTheDecision() {
        assertEquals(List.of("content_date"), fields(with("content_date", "2026-12-03")));
    }

    @Test
    void aBatchHoldsOneToAHundredStatementsWithUniquePuids() {
        List<Map<String, Object>> hundred = new ArrayList<>(IntStream.range(0, 100).mapToObj(i -> valid()).toList());
        assertEquals(List.of(), DsaStatementRules.batch(hundred, TODAY));
        hundred.add(valid());
        assertEquals(List.of("statements"), DsaStatementRules.batch(hundred, TODAY).stream()
                .map(DsaStatementRules.Violation::field).toList());
        assertEquals(List.of("statements"), DsaStatementRules.batch(List.of(), TODAY).stream()
                .map(DsaStatementRules.Violation::field).toList());
        Map<String, Object> first = valid();
        assertEquals(List.of("statements[1].puid"), DsaStatementRules.batch(List.of(first, new HashMap<>(first)), TODAY)
                .stream().map(DsaStatementRules.Violation::field).toList());
        assertEquals(List.of("statements[1].category"), DsaStatementRules.batch(List.of(valid(), with("category", "X")), TODAY)
                .stream().map(DsaStatementRules.Violation::field).toList());
    }

    @Test
    void aBatchSaysWhetherAnotherFollows() {
        assertTrue(new DsaStatementBatch(List.of(valid()), 0, 1, 2).more());
        assertTrue(!new DsaStatementBatch(List.of(valid()), 1, 1, 2).more());
        assertTrue(!new DsaStatementBatch(List.of(), 0, 100, 0).more());
        assertTrue(!new DsaStatementBatch(List.of(valid()), 0, 100, 100).more(), "exactly one full batch");
        assertTrue(new DsaStatementBatch(List.of(valid()), 0, 100, 101).more());
    }
}
