package eu.csar.legal.domain;

import eu.csar.legal.api.ProfileRejectedException;
import eu.csar.legal.api.ProfileValue;
import eu.csar.legal.api.ReviewStatus;
import eu.csar.legal.api.ValueKind;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ProfileDocumentTest {

    static String file(String values) {
        return file(values, "");
    }

    static String file(String values, String extra) {
        return "{\"profile\":\"TEST-1\",\"title\":\"A test profile\",\"legalBasis\":\"Invented for a test\"," + extra
                + "\"values\":[" + values + "]}";
    }

    static String duration(String key, String value) {
        return "{\"key\":\"" + key + "\",\"kind\":\"DURATION\",\"value\":\"" + value
                + "\",\"article\":\"Art 14(3)\",\"review\":\"PENDING_LEGAL_REVIEW\"}";
    }

    static List<String> problems(String json) {
        return assertThrows(ProfileRejectedException.class, () -> ProfileDocument.parse(json)).problems();
    }

    @Test
    void aValidFileGivesItsValuesWithArticleAndReviewStatus() {
        ProfileDocument doc = ProfileDocument.parse(file(duration("removal-order.execution-period", "PT24H") + ","
                + "{\"key\":\"orders.types\",\"kind\":\"LIST\",\"items\":[\"REMOVAL_ORDER\",\"BLOCKING_ORDER\"],"
                + "\"article\":\"Art 14, Art 16\",\"review\":\"CONFIRMED\",\"inheritedFrom\":\"COM-2022-209\"}"));
        assertEquals("TEST-1", doc.profileId());
        assertEquals(null, doc.version());
        ProfileValue removal = doc.values().get(0);
        assertEquals(new ProfileValue("removal-order.execution-period", ValueKind.DURATION, "PT24H", List.of(), "Art 14(3)",
                ReviewStatus.PENDING_LEGAL_REVIEW, null), removal);
        ProfileValue types = doc.values().get(1);
        assertEquals(List.of("REMOVAL_ORDER", "BLOCKING_ORDER"), types.items());
        assertEquals("REMOVAL_ORDER, BLOCKING_ORDER", types.text());
        assertEquals("COM-2022-209", types.inheritedFrom());
        assertEquals(64, doc.sha256().length());
    }

    @Test
    void everyDurationFormTheCalculatorReadsIsAcceptedAndNothingElse() {
        for (String ok : List.of("PT24H", "P30D", "P6W", "P3M", "P5Y", "PT1H")) {
            ProfileDocument.parse(file(duration("a.b", ok)));
        }
        for (String bad : List.of("24h", "P1Y2M", "PT30M", "P", "P-3M", "P3m", "PT24H ", "P1.5D")) {
            List<String> problems = problems(file(duration("a.b", bad)));
            assertEquals(List.of("Key a.b: \"" + bad + "\" is not a valid DURATION (ISO-8601 in one unit: PT24H, P30D, P6W, P3M or P5Y)"),
                    problems, bad);
        }
    }

    @Test
    void theOtherKindsHaveTheirForms() {
        assertTrue(ValueKind.DATE_OF_YEAR.accepts("--01-31"));
        assertTrue(!ValueKind.DATE_OF_YEAR.accepts("--13-01") && !ValueKind.DATE_OF_YEAR.accepts("01-31"));
        assertTrue(ValueKind.PERCENT.accepts("6") && ValueKind.PERCENT.accepts("0.5") && ValueKind.PERCENT.accepts("100"));
        assertTrue(!ValueKind.PERCENT.accepts("101") && !ValueKind.PERCENT.accepts("6%") && !ValueKind.PERCENT.accepts("-1"));
        assertTrue(ValueKind.COUNT.accepts("1") && !ValueKind.COUNT.accepts("one"));
        assertTrue(ValueKind.FLAG.accepts("true") && !ValueKind.FLAG.accepts("yes"));
        assertTrue(ValueKind.LIST.accepts("DELISTING_ORDER") && !ValueKind.LIST.accepts("delisting order"));
        assertTrue(ValueKind.FIELDS.accepts("orderReference") && !ValueKind.FIELDS.accepts("Order reference"));
        assertTrue(ValueKind.TEMPLATE.isList() && ValueKind.FIELDS.isList() && !ValueKind.DURATION.isList());
        assertTrue(!ValueKind.TEXT.accepts("two\nlines") && !ValueKind.TEXT.accepts(""));
    }

    @Test
    void anUnknownKindAMissingArticleAndAMissingReviewStatusAreAllNamed() {
        List<String> problems = problems(file(
                "{\"key\":\"a.b\",\"kind\":\"MOOD\",\"value\":\"x\",\"article\":\"Art 1\",\"review\":\"PENDING_LEGAL_REVIEW\"},"
                        + "{\"key\":\"a.c\",\"kind\":\"DURATION\",\"value\":\"P1D\",\"review\":\"CONFIRMED\"},"
                        + "{\"key\":\"a.d\",\"kind\":\"DURATION\",\"value\":\"P1D\",\"article\":\"Art 2\"},"
                        + "{\"key\":\"a.e\",\"kind\":\"DURATION\",\"value\":\"P1D\",\"article\":\"Art 2\",\"review\":\"MAYBE\"}"));
        assertEquals(List.of(
                "Key a.b: unknown kind \"MOOD\" (known: DURATION, DATE_OF_YEAR, PERCENT, COUNT, FLAG, TEXT, LIST, FIELDS, TEMPLATE)",
                "Key a.c: the Article is missing (\"article\")",
                "Key a.d: \"review\" is missing",
                "Key a.e: unknown review \"MAYBE\" (known: PENDING_LEGAL_REVIEW, CONFIRMED)"), problems);
    }

    @Test
    void theFileAsAWholeIsChecked() {
        assertEquals(List.of("The file is empty"), problems(" "));
        assertEquals(List.of("The file must be one JSON object"), problems("[1]"));
        assertTrue(problems("{\"profile\":").get(0).startsWith("The file is not valid JSON"));
        assertEquals(List.of("The profile is missing (\"profile\")", "The title is missing (\"title\")",
                "The legal basis is missing (\"legalBasis\")", "The file must have a non-empty list \"values\""), problems("{}"));
        assertEquals(List.of("Unknown field \"colour\" (known: profile, version, title, legalBasis, values, removed)"),
                problems(file(duration("a.b", "P1D"), "\"colour\":\"red\",")));
        assertEquals(List.of("The version must be a whole number from 1"), problems(file(duration("a.b", "P1D"), "\"version\":0,")));
        assertEquals(List.of("Key a.b appears more than once"), problems(file(duration("a.b", "P1D") + "," + duration("a.b", "P2D"))));
        assertEquals(List.of("Key Removal: a key is lower-case words joined by dots and hyphens, e.g. some-order.some-period"),
                problems(file(duration("Removal", "P1D"))));
    }

    @Test
    void listsNeedItemsOfTheirFormAndScalarsAValue() {
        assertEquals(List.of("Key a.b: a LIST needs a non-empty list \"items\""),
                problems(file("{\"key\":\"a.b\",\"kind\":\"LIST\",\"items\":[],\"article\":\"A\",\"review\":\"CONFIRMED\"}")));
        assertEquals(List.of("Key a.b: item \"x y\" is not a valid FIELDS item (field names in camelCase, e.g. orderReference)"),
                problems(file("{\"key\":\"a.b\",\"kind\":\"FIELDS\",\"items\":[\"x y\"],\"article\":\"A\",\"review\":\"CONFIRMED\"}")));
        assertEquals(List.of("Key a.b: the value is missing (give it as a string)"),
                problems(file("{\"key\":\"a.b\",\"kind\":\"PERCENT\",\"value\":6,\"article\":\"A\",\"review\":\"CONFIRMED\"}")));
        assertEquals(List.of("Key a.b: inheritedFrom must name another profile"),
                problems(file("{\"key\":\"a.b\",\"kind\":\"COUNT\",\"value\":\"1\",\"article\":\"A\",\"review\":\"CONFIRMED\","
                        + "\"inheritedFrom\":\"TEST-1\"}")));
    }

    private static LegalProfileVersion stored(String values) {
        return LegalProfileVersion.importedFrom(ProfileDocument.parse(file(values)), null, "admin", Instant.EPOCH);
    }

    @Test
    void aKeyOfThePreviousVersionIsNotDroppedSilently() {
        LegalProfileVersion v1 = stored(duration("a.b", "P1D") + "," + duration("a.c", "P2D"));
        ProfileDocument v2 = ProfileDocument.parse(file(duration("a.b", "P3D")));
        ProfileRejectedException refused = assertThrows(ProfileRejectedException.class, () -> v2.checkSuccessorOf(v1));
        assertEquals(List.of("Key a.c of TEST-1 version 1 is missing: list it under \"removed\" to drop it on purpose"), refused.problems());
        assertTrue(refused.getMessage().contains("a.c"), refused.getMessage());

        ProfileDocument dropping = ProfileDocument.parse(file(duration("a.b", "P3D"), "\"removed\":[\"a.c\"],"));
        LegalProfileVersion v2stored = LegalProfileVersion.importedFrom(dropping, v1, "admin", Instant.EPOCH);
        assertEquals(2, v2stored.version());
        assertEquals(List.of("a.c"), v2stored.removedKeys());
        assertEquals("P3D", v2stored.value("a.b").orElseThrow().text());
    }

    @Test
    void aStatedVersionMustBeTheNextAndARemovedKeyMustHaveExisted() {
        LegalProfileVersion v1 = stored(duration("a.b", "P1D"));
        ProfileDocument stale = ProfileDocument.parse(file(duration("a.b", "P1D"), "\"version\":1,\"removed\":[\"x.y\"],"));
        assertEquals(List.of("The file says version 1, but the next version of TEST-1 is 2",
                        "Key x.y is listed as removed but the previous version has no such key"),
                assertThrows(ProfileRejectedException.class, () -> stale.checkSuccessorOf(v1)).problems());
        assertEquals(List.of("Key a.b is both listed as removed and given a value"),
                problems(file(duration("a.b", "P1D"), "\"removed\":[\"a.b\"],")));
    }

    @Test
    void listsSurviveStorage() {
        LegalProfileVersion v = stored("{\"key\":\"a.b\",\"kind\":\"TEMPLATE\",\"items\":[\"orderReference\",\"issuedAt\"],"
                + "\"article\":\"Annex I\",\"review\":\"PENDING_LEGAL_REVIEW\"}");
        assertEquals(List.of("orderReference", "issuedAt"), v.value("a.b").orElseThrow().items());
        assertEquals(1, v.pendingReview());
        assertEquals(0, v.inherited());
        assertEquals("[\"x\",\"y \\\"z\\\"\"]", ProfileEntry.toJson(List.of("x", "y \"z\"")));
        assertEquals(List.of("x", "y \"z\""), ProfileEntry.fromJson(ProfileEntry.toJson(List.of("x", "y \"z\""))));
    }
}
