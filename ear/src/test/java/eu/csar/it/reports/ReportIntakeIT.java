package eu.csar.it.reports;

import eu.csar.it.support.Api;
import eu.csar.it.support.Db;
import eu.csar.it.support.Deployments;
import eu.csar.it.support.Tokens;
import eu.csar.it.support.Tokens.Provider;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.ECGenParameterSpec;
import java.util.Base64;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Report intake (Art 12-13) on the real stack with real Keycloak tokens. Alpha Hosting registers an
 * EC P-256 signing key through the registry's admin API (the key pair made here), then opens a
 * report, attaches hashes, finishes it with a detached JWS made with the JDK alone over the
 * {@code signingInput} the platform shows, and retracts it; a one-call submission is signed over a
 * canonical document the test writes out itself, as a provider would; a missing, foreign or
 * tampered signature leaves the report OPEN; Beta (no key) cannot finish; Beta never sees Alpha's
 * report (404); a Coordinating Authority gets 403; bad input is a 400 problem with nothing stored;
 * the same Idempotency-Key twice gives the same answer and one row; a report keeps the legal-profile
 * version it was opened under (a version imported later that drops its type does not stop it
 * finishing, while a report opened after it is refused). Only invented text and synthetic hashes.
 */
@ExtendWith(ArquillianExtension.class)
class ReportIntakeIT {

    static final String REPORTS = "/api/v1/reports";
    static final String PDQ = "f".repeat(16) + "0".repeat(16) + "a".repeat(16) + "5".repeat(16);
    static final String MD5 = "0123456789abcdef0123456789abcdef";
    static final String SHA256 = "ab".repeat(32);

    static KeyPair alphaKey;
    static KeyPair strangerKey;

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return Deployments.ear();
    }

    @BeforeAll
    static void registerAlphasSigningKey() throws Exception {
        alphaKey = p256();
        strangerKey = p256();
        setSigningKey(Provider.ALPHA.providerId, pem(alphaKey.getPublic()));
    }

    @AfterAll
    static void removeAlphasSigningKey() {
        setSigningKey(Provider.ALPHA.providerId, null);
    }

    // --- the lifecycle --------------------------------------------------------------------------------

    @Test
    void openAttachFinishAndRetractWithRowsHistoryAndAudit() throws Exception {
        String tag = tag();
        String alpha = Tokens.provider(Provider.ALPHA);

        Api.Response opened = post(REPORTS, content(tag, "KNOWN").build().toString(), alpha);
        assertEquals(201, opened.status(), opened.toString());
        String id = opened.json().getString("id");
        assertTrue(opened.header("Location").orElseThrow().endsWith(REPORTS + "/" + id), opened.headers().toString());
        assertEquals("OPEN", opened.json().getString("state"));
        assertEquals(Provider.ALPHA.providerId.toString(), opened.json().getString("providerId"));
        assertEquals("OPEN", Db.value("select state from reports where id = ?", UUID.fromString(id)));
        assertEquals(Provider.ALPHA.providerId, Db.value("select provider_id from reports where id = ?", UUID.fromString(id)));
        assertEquals(true, Db.value("select reported_to_third_country from reports where id = ?", UUID.fromString(id)));
        assertEquals("NCMEC-IT-" + tag, Db.value("select third_country_reference from reports where id = ?", UUID.fromString(id)));

        Api.Response attached = post(REPORTS + "/" + id + "/evidence", items(), alpha);
        assertEquals(200, attached.status(), attached.toString());
        assertEquals(3, attached.json().getJsonArray("evidence").size());
        assertEquals(3, Db.count("select count(*) from report_evidence where report_id = ? and vault_item_id is null",
                UUID.fromString(id)));
        assertEquals(PDQ, Db.value("select hash_value from report_evidence where report_id = ? and position = 1", UUID.fromString(id)));

        String signingInput = read(id, alpha).getString("signingInput");
        assertTrue(signingInput.startsWith("{\"contentReference\":\"it-upload-" + tag + "\",\"csarReport\":1,\"evidence\":[{\"kind\":\"PDQ\""),
                signingInput);

        Api.Response missing = post(REPORTS + "/" + id + "/finish", "{}", alpha);
        assertSignatureRefused(missing, "MISSING");
        Api.Response foreign = post(REPORTS + "/" + id + "/finish", finish(sign(strangerKey.getPrivate(), signingInput)), alpha);
        assertSignatureRefused(foreign, "DOES_NOT_VERIFY");
        String tampered = signingInput.replace("\"urgent\":false", "\"urgent\":true");
        assertSignatureRefused(post(REPORTS + "/" + id + "/finish", finish(sign(alphaKey.getPrivate(), tampered)), alpha),
                "DOES_NOT_VERIFY");
        assertSignatureRefused(post(REPORTS + "/" + id + "/finish", finish("not.a.jws"), alpha), "MALFORMED");
        assertEquals("OPEN", Db.value("select state from reports where id = ?", UUID.fromString(id)), "nothing finished");
        assertEquals(null, Db.value("select signature from reports where id = ?", UUID.fromString(id)));

        String jws = sign(alphaKey.getPrivate(), signingInput);
        Api.Response finished = post(REPORTS + "/" + id + "/finish", finish(jws), alpha);
        assertEquals(200, finished.status(), finished.toString());
        assertEquals("FINISHED", finished.json().getString("state"));
        assertEquals("ES256", finished.json().getString("signatureAlgorithm"));
        var row = Db.rows("select state, signature, signature_algorithm, signed_document_sha256 from reports where id = ?",
                UUID.fromString(id)).get(0);
        assertEquals("FINISHED", row.get("state"));
        assertEquals(jws, row.get("signature"));
        assertEquals(sha256(signingInput), row.get("signed_document_sha256"));

        Api.Response late = post(REPORTS + "/" + id + "/evidence", items(), alpha);
        assertEquals(409, late.status(), late.toString());
        assertEquals(3, Db.count("select count(*) from report_evidence where report_id = ?", UUID.fromString(id)));

        Api.Response retracted = post(REPORTS + "/" + id + "/retract", "{\"reason\":\"sent by mistake (test)\"}", alpha);
        assertEquals(200, retracted.status(), retracted.toString());
        assertEquals("RETRACTED", retracted.json().getString("state"));
        assertEquals(3, Db.count("select count(*) from report_status_changes where report_id = ?", UUID.fromString(id)));
        assertEquals("sent by mistake (test)", Db.value("select reason from report_status_changes where report_id = ? and event = 'RETRACT'",
                UUID.fromString(id)));
        assertEquals(409, post(REPORTS + "/" + id + "/retract", "{}", alpha).status(), "nothing leaves RETRACTED");

        for (String action : new String[]{"REPORT_OPENED", "REPORT_EVIDENCE_ATTACHED", "REPORT_FINISHED", "REPORT_RETRACTED", "REPORT_READ"}) {
            assertTrue(audited(action, id, "SUCCESS") >= 1, action);
        }
        assertEquals(4, audited("REPORT_FINISHED", id, "REFUSED"), "each refused signature is on the trail");
    }

    // --- one call -------------------------------------------------------------------------------------

    @Test
    void aReportOfHashesOnlyIsSubmittedInOneCallSignedOverTheDocumentTheProviderWrote() throws Exception {
        UUID id = UUID.randomUUID();
        String body = oneCall(id, alphaKey);
        String key = UUID.randomUUID().toString();
        String alpha = Tokens.provider(Provider.ALPHA);
        Api.Response r = Api.post(REPORTS + "/complete", body, alpha, "Content-Type", "application/json", "Idempotency-Key", key);
        assertEquals(201, r.status(), r.toString());
        assertEquals(id.toString(), r.json().getString("id"));
        assertEquals("FINISHED", r.json().getString("state"));
        assertEquals(oneCallDocument(id), r.json().getString("signingInput"), "the provider's document is the platform's");
        assertEquals("FINISHED", Db.value("select state from reports where id = ?", id));
        assertEquals(2, Db.count("select count(*) from report_evidence where report_id = ?", id));
        assertEquals(List.of("OPEN", "FINISHED"), Db.rows("select to_state from report_status_changes where report_id = ? order by occurred_at, "
                + "to_state desc", id).stream().map(row -> (String) row.get("to_state")).toList(), "the history of the one call");
        assertEquals(1, Db.count("select count(*) from outbox_messages where properties like ?", "%" + id + "%"),
                "its detection job, in the same commit");
        assertEquals(1, audited("REPORT_SUBMITTED", id.toString(), "SUCCESS"));

        Api.Response replay = Api.post(REPORTS + "/complete", body, alpha, "Content-Type", "application/json", "Idempotency-Key", key);
        assertEquals(201, replay.status(), replay.toString());
        assertEquals(r.body(), replay.body(), "a retry gets the first answer");
        assertEquals(r.header("Location"), replay.header("Location"));
        assertEquals(r.header("ETag"), replay.header("ETag"));
        assertEquals("true", replay.header("Idempotent-Replayed").orElse(""));
        assertEquals(1, audited("REPORT_SUBMITTED", id.toString(), "SUCCESS"), "the retry wrote nothing");

        Api.Response again = post(REPORTS + "/complete", body, alpha);
        assertEquals(409, again.status(), "the id is taken: " + again);
    }

    /** The key is read at every report: once the registry holds a new one, a report signed with the old one is refused. */
    @Test
    void aReplacedKeyHoldsForTheNextReport() throws Exception {
        String alpha = Tokens.provider(Provider.ALPHA);
        KeyPair replacement = p256();
        setSigningKey(Provider.ALPHA.providerId, pem(replacement.getPublic()));
        try {
            UUID old = UUID.randomUUID();
            assertSignatureRefused(post(REPORTS + "/complete", oneCall(old, alphaKey), alpha), "DOES_NOT_VERIFY");
            assertEquals(0, Db.count("select count(*) from reports where id = ?", old));
            UUID fresh = UUID.randomUUID();
            Api.Response accepted = post(REPORTS + "/complete", oneCall(fresh, replacement), alpha);
            assertEquals(201, accepted.status(), accepted.toString());
        } finally {
            setSigningKey(Provider.ALPHA.providerId, pem(alphaKey.getPublic()));
        }
        UUID again = UUID.randomUUID();
        assertEquals(201, post(REPORTS + "/complete", oneCall(again, alphaKey), alpha).status(), "the first key again");
    }

    /** The canonical document of {@link #oneCall}'s report. */
    static String oneCallDocument(UUID id) {
        return "{\"csarReport\":1,\"evidence\":[{\"kind\":\"MD5\",\"position\":1,\"value\":\"" + MD5 + "\"},"
                + "{\"kind\":\"SHA256\",\"position\":2,\"value\":\"" + SHA256 + "\"}],\"id\":\"" + id + "\","
                + "\"legalBasis\":\"Art 12(1) COM(2022) 209\",\"provider\":\"" + Provider.ALPHA.providerId + "\","
                + "\"removedOrDisabled\":false,\"reportedToThirdCountry\":false,\"timestamp\":\"2026-12-03T10:00:00Z\","
                + "\"type\":\"NEW\",\"urgent\":true,\"userIdentifiers\":[]}";
    }

    /** A one-call body of Alpha's: an urgent NEW report with an MD5 and a SHA-256, signed with {@code key}. */
    static String oneCall(UUID id, KeyPair key) throws Exception {
        return Json.createObjectBuilder().add("id", id.toString()).add("type", "NEW").add("timestamp", "2026-12-03T10:00:00Z")
                .add("reportedToThirdCountry", false).add("removedOrDisabled", false).add("urgent", true)
                .add("legalBasis", "Art 12(1) COM(2022) 209")
                .add("items", Json.createArrayBuilder()
                        .add(Json.createObjectBuilder().add("kind", "MD5").add("value", MD5.toUpperCase()))
                        .add(Json.createObjectBuilder().add("kind", "SHA256").add("value", SHA256)))
                .add("signature", sign(key.getPrivate(), oneCallDocument(id))).build().toString();
    }

    @Test
    void aProviderWithoutARegisteredKeyCannotFinishAndNothingIsStored() throws Exception {
        UUID id = UUID.randomUUID();
        String body = Json.createObjectBuilder().add("id", id.toString()).add("type", "NEW").add("timestamp", "2026-12-03T10:00:00Z")
                .add("reportedToThirdCountry", false).add("removedOrDisabled", false).add("urgent", false)
                .add("legalBasis", "Art 12(1)")
                .add("items", Json.createArrayBuilder().add(Json.createObjectBuilder().add("kind", "MD5").add("value", MD5)))
                .add("signature", sign(strangerKey.getPrivate(), "{}")).build().toString();
        assertSignatureRefused(post(REPORTS + "/complete", body, Tokens.provider(Provider.BETA)), "NO_KEY_REGISTERED");
        assertEquals(0, Db.count("select count(*) from reports where id = ?", id));
    }

    // --- the legal profile a report is opened under ----------------------------------------------------

    /**
     * A report is judged by the version of COM-2022-209 it was opened under: a grooming report opened
     * before a centre admin imports a version without GROOMING still finishes; one opened after is a 400
     * naming {@code type}; both rows carry the version they pinned. The shipped values are published again
     * in {@code finally}, so later tests (and reports) run under them.
     */
    @Test
    void aReportKeepsTheProfileVersionItWasOpenedUnder() throws Exception {
        String alpha = Tokens.provider(Provider.ALPHA);
        Api.Response early = post(REPORTS, content(tag(), "GROOMING").build().toString(), alpha);
        assertEquals(201, early.status(), early.toString());
        String earlyId = early.json().getString("id");
        int before = early.json().getJsonObject("legalProfile").getInt("version");
        assertEquals("COM-2022-209", early.json().getJsonObject("legalProfile").getString("id"));
        assertEquals(List.of("COM-2022-209", before), pinned(earlyId));
        assertEquals(200, post(REPORTS + "/" + earlyId + "/evidence", items(), alpha).status());

        int withoutGrooming = AutomaticForwardingIT.importComProfile("no grooming reports (ReportIntakeIT)", "report.abuse-types",
                value -> Json.createObjectBuilder(value).add("items", Json.createArrayBuilder().add("KNOWN_MATERIAL")
                        .add("NEW_MATERIAL")).build());
        try {
            assertTrue(withoutGrooming > before, withoutGrooming + " after " + before);
            String lateTag = tag();
            Api.Response late = post(REPORTS, content(lateTag, "GROOMING").build().toString(), alpha);
            assertProblem(late, 400, "type");
            assertTrue(late.toString().contains("COM-2022-209 v" + withoutGrooming + " provides no reports of type GROOMING"),
                    late.toString());
            assertEquals(0, Db.count("select count(*) from reports where content_reference = ?", "it-upload-" + lateTag));
            UUID oneCall = UUID.randomUUID();
            Api.Response lateInOneCall = post(REPORTS + "/complete", Json.createObjectBuilder(content(lateTag, "GROOMING").build())
                    .add("id", oneCall.toString()).add("items", Json.createArrayBuilder().add(Json.createObjectBuilder()
                            .add("kind", "MD5").add("value", MD5))).add("signature", sign(alphaKey.getPrivate(), "{}")).build()
                    .toString(), alpha);
            assertProblem(lateInOneCall, 400, "type");
            assertTrue(lateInOneCall.toString().contains("COM-2022-209 v" + withoutGrooming + " provides no reports of type GROOMING"),
                    lateInOneCall.toString());
            assertEquals(0, Db.count("select count(*) from reports where id = ?", oneCall));

            Api.Response known = post(REPORTS, content(tag(), "KNOWN").build().toString(), alpha);
            assertEquals(201, known.status(), known.toString());
            assertEquals(withoutGrooming, known.json().getJsonObject("legalProfile").getInt("version"));
            assertEquals(List.of("COM-2022-209", withoutGrooming), pinned(known.json().getString("id")));

            Api.Response finished = post(REPORTS + "/" + earlyId + "/finish",
                    finish(sign(alphaKey.getPrivate(), read(earlyId, alpha).getString("signingInput"))), alpha);
            assertEquals(200, finished.status(), "judged by the version it was opened under: " + finished);
            assertEquals("FINISHED", Db.value("select state from reports where id = ?", UUID.fromString(earlyId)));
            assertEquals(before, finished.json().getJsonObject("legalProfile").getInt("version"));
            assertEquals(List.of("COM-2022-209", before), pinned(earlyId), "the pin never moves");
        } finally {
            AutomaticForwardingIT.importComProfile("the shipped values again (ReportIntakeIT)", "report.abuse-types", value -> value);
        }
    }

    /** The profile id and version stored on the report's row. */
    static List<Object> pinned(String id) {
        var row = Db.rows("select profile_id, profile_version from reports where id = ?", UUID.fromString(id)).get(0);
        return List.of(row.get("profile_id"), ((Number) row.get("profile_version")).intValue());
    }

    // --- idempotency ----------------------------------------------------------------------------------

    @Test
    void theSameKeyTwiceGivesTheFirstAnswerAndOneRow() {
        String tag = tag();
        String key = UUID.randomUUID().toString();
        String body = content(tag, "GROOMING").build().toString();
        String alpha = Tokens.provider(Provider.ALPHA);
        Api.Response first = Api.post(REPORTS, body, alpha, "Content-Type", "application/json", "Idempotency-Key", key);
        Api.Response second = Api.post(REPORTS, body, alpha, "Content-Type", "application/json", "Idempotency-Key", key);
        assertEquals(201, first.status(), first.toString());
        assertEquals(201, second.status(), second.toString());
        assertEquals(first.body(), second.body());
        assertEquals(first.header("Location"), second.header("Location"));
        assertEquals("true", second.header("Idempotent-Replayed").orElse(""));
        assertEquals(1, Db.count("select count(*) from reports where content_reference = ?", "it-upload-" + tag));
        String id = first.json().getString("id");
        Api.Response attach1 = Api.post(REPORTS + "/" + id + "/evidence", items(), alpha, "Content-Type", "application/json",
                "Idempotency-Key", key + "-e");
        Api.Response attach2 = Api.post(REPORTS + "/" + id + "/evidence", items(), alpha, "Content-Type", "application/json",
                "Idempotency-Key", key + "-e");
        assertEquals(attach1.body(), attach2.body());
        assertEquals(3, Db.count("select count(*) from report_evidence where report_id = ?", UUID.fromString(id)),
                "the retry attached nothing");
    }

    // --- tenancy, roles, bad input --------------------------------------------------------------------

    @Test
    void anotherProvidersReportDoesNotExistForIt() {
        Api.Response opened = post(REPORTS, content(tag(), "KNOWN").build().toString(), Tokens.provider(Provider.ALPHA));
        String id = opened.json().getString("id");
        String beta = Tokens.provider(Provider.BETA);
        Api.Response read = Api.get(REPORTS + "/" + id, beta);
        assertEquals(404, read.status(), read.toString());
        assertEquals("urn:eu:csar:problem:not-found", read.json().getString("type"));
        assertEquals(404, post(REPORTS + "/" + id + "/evidence", items(), beta).status());
        assertEquals(404, post(REPORTS + "/" + id + "/retract", "{}", beta).status());
        assertEquals(404, post(REPORTS + "/" + id + "/finish", finish("a..b"), beta).status());
        assertEquals(404, Api.get(REPORTS + "/" + UUID.randomUUID(), beta).status(), "the same as one that does not exist");
        assertEquals("OPEN", Db.value("select state from reports where id = ?", UUID.fromString(id)));
        assertEquals(0, Db.count("select count(*) from report_evidence where report_id = ?", UUID.fromString(id)));
        assertEquals(1, audited("REPORT_READ", id, "NOT_FOUND"));
    }

    @Test
    void onlyProvidersReport() {
        String ca = Tokens.user("ca-nl");
        Api.Response r = post(REPORTS, content(tag(), "KNOWN").build().toString(), ca);
        assertEquals(403, r.status(), r.toString());
        assertEquals("urn:eu:csar:problem:forbidden", r.json().getString("type"));
        assertEquals(403, Api.get(REPORTS + "/" + UUID.randomUUID(), Tokens.user("reviewer")).status());
        assertEquals(401, Api.get(REPORTS + "/" + UUID.randomUUID(), null).status());
    }

    @Test
    void badInputIsA400ProblemNamingTheFieldAndNothingIsStored() {
        String tag = tag();
        String alpha = Tokens.provider(Provider.ALPHA);
        Api.Response unknownType = post(REPORTS, content(tag, "BOGUS").build().toString(), alpha);
        assertProblem(unknownType, 400, "type");
        Api.Response noLegalBasis = post(REPORTS, content(tag, "NEW").add("legalBasis", " ").build().toString(), alpha);
        assertProblem(noLegalBasis, 400, "legalBasis");
        Api.Response badAddress = post(REPORTS, content(tag, "NEW").add("location",
                Json.createObjectBuilder().add("ipAddress", "example.org").add("port", 70000)).build().toString(), alpha);
        assertProblem(badAddress, 400, "location.ipAddress");
        Api.Response wrongType = post(REPORTS, content(tag, "NEW").add("urgent", "very").build().toString(), alpha);
        assertEquals(400, wrongType.status(), wrongType.toString());
        assertEquals(0, Db.count("select count(*) from reports where content_reference = ?", "it-upload-" + tag));

        String id = post(REPORTS, content(tag, "NEW").build().toString(), alpha).json().getString("id");
        Api.Response lowQuality = post(REPORTS + "/" + id + "/evidence", "{\"items\":[{\"kind\":\"PDQ\",\"value\":\"" + PDQ
                + "\",\"quality\":10}]}", alpha);
        assertProblem(lowQuality, 400, "items[0]");
        assertProblem(post(REPORTS + "/" + id + "/evidence", "{\"items\":[{\"kind\":\"MD5\",\"value\":\"xyz\"}]}", alpha), 400, "items[0]");
        assertProblem(post(REPORTS + "/" + id + "/evidence", "{\"items\":[]}", alpha), 400, "items");
        assertProblem(Api.get(REPORTS + "/not-a-uuid", alpha), 400, "id");
        assertEquals(0, Db.count("select count(*) from report_evidence where report_id = ?", UUID.fromString(id)));
    }

    // --- the provider's list --------------------------------------------------------------------------

    @Test
    void aProviderListsItsOwnReportsNewestFirstPagedAndFilteredByState() {
        String alpha = Tokens.provider(Provider.ALPHA);
        String[] ids = new String[3];
        for (int i = 0; i < ids.length; i++) {
            ids[i] = post(REPORTS, content(tag(), "NEW").build().toString(), alpha).json().getString("id");
        }
        assertEquals(200, post(REPORTS + "/" + ids[1] + "/retract", "{}", alpha).status());
        String window = "from=" + openedAt(ids[0]) + "&to=" + Instant.parse(openedAt(ids[2])).plusNanos(1000);

        JsonObject first = list("?size=2&" + window, alpha);
        assertEquals(3, first.getInt("total"));
        assertEquals(List.of(ids[2], ids[1]), idsOf(first), "newest first");
        assertEquals("RETRACTED", first.getJsonArray("items").getJsonObject(1).getString("state"));
        assertEquals(List.of(ids[0]), idsOf(list("?size=2&page=1&" + window, alpha)));
        assertEquals(List.of(ids[1]), idsOf(list("?state=RETRACTED&" + window, alpha)));
        assertEquals(List.of(ids[2], ids[0]), idsOf(list("?state=OPEN&state=FINISHED&" + window, alpha)));

        JsonObject betas = list("?size=100&" + window, Tokens.provider(Provider.BETA));
        assertTrue(idsOf(betas).stream().noneMatch(List.of(ids)::contains),
                "Beta's list holds none of Alpha's reports");
        assertTrue(Db.count("select count(*) from audit_events where action = 'REPORT_LIST_READ' and outcome = 'SUCCESS'") >= 5);

        assertProblem(Api.get(REPORTS + "?state=LOST", alpha), 400, "state");
        assertProblem(Api.get(REPORTS + "?size=101", alpha), 400, "size");
        assertProblem(Api.get(REPORTS + "?from=yesterday", alpha), 400, "from");
        assertEquals(401, Api.get(REPORTS, null).status());
        Api.Response ca = Api.get(REPORTS, Tokens.user("ca-nl"));
        assertEquals(403, ca.status(), ca.toString());

        Api.Response soap = ReportSoapIT.call(Provider.ALPHA, "ListReports", "<r:state>OPEN</r:state><r:from>" + openedAt(ids[0])
                + "</r:from><r:to>" + Instant.parse(openedAt(ids[2])).plusNanos(1000) + "</r:to>");
        assertEquals(200, soap.status(), soap.toString());
        assertTrue(soap.body().contains(ids[0]) && soap.body().contains(ids[2]) && !soap.body().contains(ids[1]), soap.body());
        assertTrue(soap.body().contains("total>2</"), soap.body());
    }

    // --- helpers --------------------------------------------------------------------------------------

    static JsonObject list(String query, String token) {
        Api.Response r = Api.get(REPORTS + query, token);
        assertEquals(200, r.status(), r.toString());
        return r.json();
    }

    static List<String> idsOf(JsonObject page) {
        return page.getJsonArray("items").stream().map(v -> v.asJsonObject().getString("id")).toList();
    }

    /** When the platform opened the report, as an ISO 8601 UTC instant to the microsecond. */
    static String openedAt(String id) {
        return (String) Db.value("select to_char(opened_at at time zone 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.US\"Z\"') from reports"
                + " where id = ?", UUID.fromString(id));
    }

    static String tag() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    static JsonObjectBuilder content(String tag, String type) {
        return Json.createObjectBuilder().add("type", type).add("timestamp", "2026-12-03T09:30:00Z")
                .add("contentReference", "it-upload-" + tag).add("otherData", "Invented integration-test report; no material.")
                .add("location", Json.createObjectBuilder().add("ipAddress", "192.0.2.44").add("port", 51234)
                        .add("observedAt", "2026-12-03T09:29:00Z").add("country", "NL"))
                .add("userIdentifiers", Json.createArrayBuilder().add("it-user-" + tag))
                .add("reportedToThirdCountry", true).add("thirdCountryReference", "NCMEC-IT-" + tag)
                .add("removedOrDisabled", true).add("urgent", false).add("legalBasis", "Art 12(1) COM(2022) 209");
    }

    static String items() {
        return Json.createObjectBuilder().add("items", Json.createArrayBuilder()
                .add(Json.createObjectBuilder().add("kind", "PDQ").add("value", PDQ).add("quality", 90))
                .add(Json.createObjectBuilder().add("kind", "MD5").add("value", MD5))
                .add(Json.createObjectBuilder().add("kind", "SHA256").add("value", SHA256))).build().toString();
    }

    static String finish(String jws) {
        return Json.createObjectBuilder().add("signature", jws).build().toString();
    }

    static JsonObject read(String id, String token) {
        Api.Response r = Api.get(REPORTS + "/" + id, token);
        assertEquals(200, r.status(), r.toString());
        return r.json();
    }

    static Api.Response post(String path, String body, String token) {
        return Api.post(path, body, token, "Content-Type", "application/json", "Idempotency-Key", UUID.randomUUID().toString());
    }

    static void assertSignatureRefused(Api.Response r, String reason) {
        assertProblem(r, 400, "signature");
        String message = r.json().getJsonArray("violations").getJsonObject(0).getString("message");
        assertTrue(message.startsWith(reason + ": "), message);
    }

    static void assertProblem(Api.Response r, int status, String field) {
        assertEquals(status, r.status(), r.toString());
        assertEquals("application/problem+json", r.header("Content-Type").orElse("").split(";")[0], r.toString());
        JsonObject problem = r.json();
        assertEquals(status, problem.getInt("status"));
        assertFalse(problem.getString("type").isBlank());
        assertTrue(problem.getJsonArray("violations").stream().map(JsonValue::asJsonObject)
                .anyMatch(v -> field.equals(v.getString("field"))), r.toString());
    }

    /** Audit events about one report (its id is new, so no mark is needed). */
    static long audited(String action, String objectId, String outcome) {
        return Db.count("select count(*) from audit_events where action = ? and object_type = 'Report' and object_id = ? and outcome = ?",
                action, objectId, outcome);
    }

    static KeyPair p256() throws Exception {
        KeyPairGenerator g = KeyPairGenerator.getInstance("EC");
        g.initialize(new ECGenParameterSpec("secp256r1"));
        return g.generateKeyPair();
    }

    static String pem(PublicKey key) {
        return "-----BEGIN PUBLIC KEY-----\n" + Base64.getMimeEncoder(64, new byte[]{'\n'}).encodeToString(key.getEncoded())
                + "\n-----END PUBLIC KEY-----\n";
    }

    /** The detached compact JWS (RFC 7515 appendix F) of {@code document}, ES256, with the JDK alone. */
    static String sign(PrivateKey key, String document) throws Exception {
        Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
        String header = b64.encodeToString("{\"alg\":\"ES256\"}".getBytes(StandardCharsets.UTF_8));
        String payload = b64.encodeToString(document.getBytes(StandardCharsets.UTF_8));
        Signature ecdsa = Signature.getInstance("SHA256withECDSAinP1363Format");
        ecdsa.initSign(key);
        ecdsa.update((header + "." + payload).getBytes(StandardCharsets.US_ASCII));
        return header + ".." + b64.encodeToString(ecdsa.sign());
    }

    static String sha256(String text) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    }

    /** A new EC P-256 key pair whose public key is registered as Alpha's signing key (for a class's {@code @BeforeAll}). */
    static KeyPair freshAlphaKey() throws Exception {
        KeyPair key = p256();
        setSigningKey(Provider.ALPHA.providerId, pem(key.getPublic()));
        return key;
    }

    /** Sets (or with null removes) a provider's signing key through the registry's admin API, as the EU Centre would. */
    static void setSigningKey(UUID providerId, String pem) {
        String admin = Tokens.user("admin");
        for (int attempt = 0; attempt < 3; attempt++) {
            JsonObject p = Api.get("/api/v1/providers/" + providerId, admin).json();
            JsonObjectBuilder amended = Json.createObjectBuilder().add("legalName", p.get("legalName"))
                    .add("serviceTypes", p.get("serviceTypes")).add("services", p.get("services"))
                    .add("contactPoint", p.get("contactPoint")).add("version", p.getJsonNumber("version").longValue());
            if (p.containsKey("mainEstablishment") && !p.isNull("mainEstablishment")) {
                amended.add("mainEstablishment", p.get("mainEstablishment"));
            }
            if (p.containsKey("legalRepresentative") && !p.isNull("legalRepresentative")) {
                amended.add("legalRepresentative", p.get("legalRepresentative"));
            }
            if (pem != null) {
                amended.add("signingPublicKey", pem);
            }
            Api.Response r = Api.putJson("/api/v1/providers/" + providerId, amended.build().toString(), admin);
            if (r.status() == 200) {
                return;
            }
            assertEquals(409, r.status(), "the registry refused the key: " + r);
        }
        throw new AssertionError("the provider kept changing: no key registered");
    }
}
