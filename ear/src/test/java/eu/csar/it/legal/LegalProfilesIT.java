package eu.csar.it.legal;

import eu.csar.it.support.Api;
import eu.csar.it.support.Db;
import eu.csar.it.support.Deployments;
import eu.csar.it.support.Tokens;
import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The legal profiles on the real stack: both shipped profiles loaded at start-up and compared over
 * REST; a centre admin imports a new version (audited in PostgreSQL), others may not, an invalid file
 * writes nothing; and a case that pinned a version before an import keeps reading that version's
 * values, while a case opened after it gets the new one. Imports go to a profile of the test's own,
 * so the shipped profiles stay as other tests expect them.
 */
@ExtendWith(ArquillianExtension.class)
class LegalProfilesIT {

    static final String BASE = "/api/v1/legal-profiles";

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return Deployments.ear();
    }

    static String testProfile() {
        return "IT-LEGAL-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase(Locale.ROOT);
    }

    static String file(String profile, String removalPeriod, String extraValue) {
        return """
                {"profile": "%s", "title": "Integration test profile", "legalBasis": "Invented for a test",
                 "values": [
                   {"key": "removal-order.execution-period", "kind": "DURATION", "value": "%s",
                    "article": "Art 14(3)", "review": "PENDING_LEGAL_REVIEW"},
                   {"key": "orders.types", "kind": "LIST", "items": ["REMOVAL_ORDER"],
                    "article": "Art 14", "review": "CONFIRMED"}%s
                 ]}
                """.formatted(profile, removalPeriod, extraValue);
    }

    @Test
    void bothShippedProfilesAreLoadedAndComparedOverRest() {
        String reviewer = Tokens.user("reviewer");
        Api.Response list = Api.get(BASE, reviewer);
        assertEquals(200, list.status(), list.toString());
        List<String> versions = list.jsonArray().getValuesAs(JsonObject.class).stream()
                .map(v -> v.getString("profile") + " v" + v.getInt("version")).toList();
        assertTrue(versions.contains("COM-2022-209 v1") && versions.contains("COUNCIL-GA-2025 v1"), versions.toString());
        assertEquals(2L, Db.count("select count(*) from legal_profile_versions where profile_id in ('COM-2022-209', 'COUNCIL-GA-2025')"
                        + " and imported_by = 'system'"),
                "loaded once, however often the server started (an IT may import later versions as an admin: AutomaticForwardingIT)");
        assertEquals(2L, Db.count("select count(*) from audit_entries where action = 'LEGAL_PROFILE_IMPORTED' and actor = 'system'"
                + " and object_id in ('COM-2022-209 v1', 'COUNCIL-GA-2025 v1')"));

        JsonObject com = Api.get(BASE + "/COM-2022-209/versions/1", reviewer).json();
        JsonObject removal = value(com, "removal-order.execution-period");
        assertEquals("PT24H", removal.getString("value"));
        assertEquals("Art 14(3), first subparagraph", removal.getString("article"));
        assertEquals("PENDING_LEGAL_REVIEW", removal.getString("review"));

        Api.Response compared = Api.get(BASE + "/comparison/COM-2022-209/1/COUNCIL-GA-2025/1", Tokens.user("ca-nl"));
        assertEquals(200, compared.status(), compared.toString());
        JsonObject orders = row(compared.json(), "orders.types");
        assertTrue(orders.getBoolean("differs"));
        assertEquals(List.of("REMOVAL_ORDER", "BLOCKING_ORDER", "DELISTING_ORDER"),
                orders.getJsonObject("right").getJsonArray("items").getValuesAs(jakarta.json.JsonString.class).stream()
                        .map(jakarta.json.JsonString::getString).toList());
        JsonObject inherited = row(compared.json(), "removal-order.execution-period");
        assertFalse(inherited.getBoolean("differs"));
        assertEquals("COM-2022-209", inherited.getJsonObject("right").getString("inheritedFrom"));
        JsonObject detection = row(compared.json(), "detection-order.centre-opinion-period");
        assertTrue(!detection.containsKey("right") || detection.isNull("right"), "the Council text has no authority-issued detection orders");

        assertEquals(403, Api.get(BASE, Tokens.user("police-fr")).status(), "law enforcement has no profile pages");
        assertEquals(404, Api.get(BASE + "/NO-SUCH-PROFILE/versions/1", reviewer).status());
    }

    @Test
    void aCaseKeepsItsProfileVersionWhileCasesOpenedAfterAnImportGetTheNewOne() {
        String admin = Tokens.user("admin");
        String profile = testProfile();
        Api.Response first = Api.postJson(BASE, file(profile, "PT24H", ""), admin);
        assertEquals(201, first.status(), first.toString());

        JsonObject pinned = Api.get(BASE + "/" + profile + "/current", admin).json();
        assertEquals(1, pinned.getInt("version"), "a case opened now records version 1");

        Api.Response second = Api.postJson(BASE, file(profile, "PT12H", ""), admin);
        assertEquals(201, second.status(), second.toString());
        assertTrue(second.header("Location").orElseThrow().endsWith(BASE + "/" + profile + "/versions/2"), second.toString());

        Api.Response keptValue = Api.get(BASE + "/" + profile + "/versions/" + pinned.getInt("version")
                + "/values/removal-order.execution-period", admin);
        assertEquals("PT24H", keptValue.json().getString("value"), "the open case still reads the value it was opened under");
        JsonObject pinnedLater = Api.get(BASE + "/" + profile + "/current", admin).json();
        assertEquals(2, pinnedLater.getInt("version"), "a case opened after the import records the new version");
        assertEquals("PT12H", Api.get(BASE + "/" + profile + "/versions/2/values/removal-order.execution-period", admin)
                .json().getString("value"));

        assertEquals(1L, Db.count("select count(*) from audit_entries where action = 'LEGAL_PROFILE_IMPORTED' and actor = 'admin'"
                + " and object_id = ? and outcome = 'SUCCESS'", profile + " v2"));
        assertEquals("admin", Db.value("select imported_by from legal_profile_versions where profile_id = ? and version = 2", profile));
    }

    @Test
    void onlyACentreAdminImportsAndAnInvalidFileWritesNothing() {
        String profile = testProfile();
        String admin = Tokens.user("admin");
        assertEquals(201, Api.postJson(BASE, file(profile, "PT24H", ""), admin).status());
        long versionsBefore = Db.count("select count(*) from legal_profile_versions");

        Api.Response byAuthority = Api.postJson(BASE, file(profile, "PT1H", ""), Tokens.user("ca-nl"));
        assertEquals(403, byAuthority.status(), byAuthority.toString());

        long refusalsBefore = Db.count("select count(*) from audit_entries where action = 'LEGAL_PROFILE_IMPORTED' and outcome = 'REFUSED'");
        String invalid = """
                {"profile": "%s", "title": "Integration test profile", "legalBasis": "Invented for a test",
                 "values": [
                   {"key": "removal-order.execution-period", "kind": "DURATION", "value": "24 hours",
                    "article": "Art 14(3)", "review": "PENDING_LEGAL_REVIEW"},
                   {"key": "penalty.cap-turnover", "kind": "PERCENTAGE", "value": "6", "article": "Art 35(4)",
                    "review": "PENDING_LEGAL_REVIEW"}
                 ]}
                """.formatted(profile);
        Api.Response refused = Api.postJson(BASE, invalid, admin);
        assertEquals(400, refused.status(), refused.toString());
        assertTrue(refused.header("Content-Type").orElse("").startsWith("application/problem+json"), refused.toString());
        String detail = refused.json().getString("detail");
        assertTrue(detail.contains("Key removal-order.execution-period: \"24 hours\" is not a valid DURATION"), detail);
        assertTrue(detail.contains("Key penalty.cap-turnover: unknown kind \"PERCENTAGE\""), detail);

        Api.Response dropping = Api.postJson(BASE, """
                {"profile": "%s", "title": "Integration test profile", "legalBasis": "Invented for a test",
                 "values": [{"key": "removal-order.execution-period", "kind": "DURATION", "value": "PT24H",
                             "article": "Art 14(3)", "review": "CONFIRMED"}]}
                """.formatted(profile), admin);
        assertEquals(400, dropping.status(), dropping.toString());
        assertTrue(dropping.json().getString("detail").contains("Key orders.types of " + profile + " version 1 is missing"),
                dropping.toString());

        assertEquals(versionsBefore, Db.count("select count(*) from legal_profile_versions"), "nothing written");
        assertEquals(refusalsBefore + 2, Db.count(
                "select count(*) from audit_entries where action = 'LEGAL_PROFILE_IMPORTED' and outcome = 'REFUSED'"));
    }

    static JsonObject value(JsonObject profile, String key) {
        return profile.getJsonArray("values").getValuesAs(JsonObject.class).stream()
                .filter(v -> v.getString("key").equals(key)).findFirst().orElseThrow(() -> new AssertionError(key + " in " + profile));
    }

    static JsonObject row(JsonObject comparison, String key) {
        return comparison.getJsonArray("rows").getValuesAs(JsonObject.class).stream()
                .filter(v -> v.getString("key").equals(key)).findFirst().orElseThrow(() -> new AssertionError(key));
    }
}
