package eu.csar.it.orders;

import eu.csar.it.support.Api;
import eu.csar.it.support.Db;
import eu.csar.it.support.Deployments;
import eu.csar.it.support.Inbox;
import eu.csar.it.support.Tokens;
import eu.csar.it.support.Tokens.Provider;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Detection orders (Art 7-11) on the real stack with real tokens: the Coordinating Authority of NL
 * drafts a request for Alpha (NL) naming a synthetic indicator set, consults Alpha and the EU Centre,
 * adjusts it, Alpha records its plan, the request goes to the issuing authority of NL, which issues it
 * (transmitted at once, Alpha's grant row written for the order's period); Alpha acknowledges receipt,
 * the platform clock is moved past the appeal window (final) and the start (in force: Alpha's matches
 * find the set), and the revocation ends the grant (no more matches). A grooming request cannot be
 * submitted before its DPIA and DPA opinion, and is then refused with reasons. Another Member State's
 * authority and another provider get 404, wrong roles 403, malformed input 400 with nothing written
 * (a withdrawn request then moves no more: 409), and a request under COUNCIL-GA-2025 a 400 problem
 * that names the profile.
 */
@ExtendWith(ArquillianExtension.class)
class DetectionOrderIT {

    static final String ORDERS = "/api/v1/detection-orders";
    static final String KNOWN_IMAGES = "00000000-0000-4000-8000-000000000441";
    static final String MATCH = "/api/v1/indicators/match";

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return Deployments.ear();
    }

    static String ca() {
        return Tokens.user("ca-nl");
    }

    static String judge() {
        return Tokens.user("judge-nl");
    }

    static String admin() {
        return Tokens.user("admin");
    }

    static String alpha() {
        return Tokens.provider(Provider.ALPHA);
    }

    static Api.Response post(String path, String body, String token) {
        return Api.post(path, body, token, "Content-Type", "application/json", "Idempotency-Key", UUID.randomUUID().toString());
    }

    static String text(String text) {
        return Json.createObjectBuilder().add("text", text).build().toString();
    }

    static JsonObjectBuilder request(String providerId, String type, String duration, String... sets) {
        JsonArrayBuilder ids = Json.createArrayBuilder();
        for (String s : sets) {
            ids.add(s);
        }
        return Json.createObjectBuilder().add("reference", "IT-DO-" + UUID.randomUUID().toString().substring(0, 8))
                .add("providerId", providerId).add("service", "AlphaDrive file sharing, public links (synthetic)")
                .add("type", type).add("indicatorSets", ids).add("duration", duration)
                .add("safeguards", "Human review of every hit; no content leaves the provider (synthetic)")
                .add("technologyReference", "TECH-PDQ-1 (synthetic reference)")
                .add("reasons", "Synthetic risk assessment findings for an integration test");
    }

    /** A new sub-set of known-images with {@code count} synthetic indicators; returns its id and the samples. */
    static JsonObject indicatorSet(int count) {
        String id = UUID.randomUUID().toString();
        String code = "it-detection-" + id.substring(0, 8);
        Db.execute("insert into indicator_sets (id, code, parent_id, kinds, source, created_at) values ('" + id + "', '" + code
                + "', '" + KNOWN_IMAGES + "', 'PDQ', 'THIRD_PARTY_LIST', now())");
        Api.Response r = Api.postJson("/test-support/indicators", "{\"set\":\"" + code + "\",\"count\":" + count
                + ",\"seed\":" + (System.nanoTime() % 1_000_000_007L) + ",\"clusterSize\":1}", admin());
        assertEquals(200, r.status(), r.toString());
        return Json.createObjectBuilder().add("id", id).add("samples", r.json().getJsonArray("samples")).build();
    }

    static JsonObject draft(JsonObjectBuilder body) {
        Api.Response r = post(ORDERS, body.build().toString(), ca());
        assertEquals(201, r.status(), r.toString());
        assertTrue(r.header("Location").orElseThrow().endsWith(r.json().getString("id")));
        assertTrue(r.header("ETag").isPresent());
        return r.json();
    }

    static JsonObject ok(Api.Response r, String state) {
        assertEquals(200, r.status(), r.toString());
        assertEquals(state, r.json().getString("state"), r.toString());
        return r.json();
    }

    /** Drafted, consulted (comments and opinion), adjusted and planned: ready to submit. */
    static String planned(String type, String duration, String set) {
        String id = draft(request(Provider.ALPHA.providerId.toString(), type, duration, set)).getString("id");
        ok(post(ORDERS + "/" + id + "/consultation", "{\"commentPeriod\":\"P2W\"}", ca()), "IN_CONSULTATION");
        ok(post(ORDERS + "/" + id + "/comments", text("We can run it on public links only (synthetic)"), alpha()), "IN_CONSULTATION");
        ok(post(ORDERS + "/" + id + "/centre-opinion", text("Proportionate if limited to public links (synthetic)"), admin()),
                "IN_CONSULTATION");
        ok(post(ORDERS + "/" + id + "/adjusted-draft", text("Limited to public links (synthetic)"), ca()), "ADJUSTED");
        ok(post(ORDERS + "/" + id + "/implementation-plan", text("Hash on upload, review queue (synthetic)"), alpha()), "PLAN_RECORDED");
        return id;
    }

    static Instant platformNow() {
        return Instant.parse(Api.get("/test-support/clock", admin()).json().getString("now"));
    }

    static void advance(String by) {
        Api.Response r = Api.postJson("/test-support/clock/advance", "{\"by\":\"" + by + "\"}", admin());
        assertEquals(200, r.status(), r.toString());
    }

    static int matches(String pdq) {
        Api.Response r = Api.postJson(MATCH, "{\"hashes\":[{\"kind\":\"PDQ\",\"hash\":\"" + pdq + "\"}]}", alpha());
        assertEquals(200, r.status(), r.toString());
        return r.json().getJsonArray("results").getJsonObject(0).getJsonArray("matches").size();
    }

    /** The matches of {@code pdq}, asked until there are {@code expected} or the index had 15 s to follow the inserts. */
    static int awaitMatches(String pdq, int expected) {
        long end = System.nanoTime() + Duration.ofSeconds(15).toNanos();
        int found = matches(pdq);
        while (found != expected && System.nanoTime() < end) {
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            found = matches(pdq);
        }
        return found;
    }

    static long orderRows() {
        return Db.count("select count(*) from detection_orders");
    }

    @Test
    void draftedConsultedIssuedReceivedInForceAndRevokedWithTheGrant() {
        JsonObject set = indicatorSet(3);
        String setId = set.getString("id");
        String pdq = set.getJsonArray("samples").getJsonObject(0).getString("value");
        String id = draft(request(Provider.ALPHA.providerId.toString(), "KNOWN_MATERIAL", "P12M", setId)).getString("id");
        JsonObject drafted = Api.get(ORDERS + "/" + id, ca()).json();
        assertEquals("DRAFTED", drafted.getString("state"));
        assertEquals("NL", drafted.getString("memberState"), "the Member State of the Coordinating Authority of establishment");
        assertEquals("POINT_OF_CONTACT", drafted.getString("addressedTo"), "from the registry");
        assertEquals("COM-2022-209", drafted.getString("profile"));
        assertEquals(404, Api.get(ORDERS + "/" + id, alpha()).status(), "the provider sees the draft once it is sent to it");

        JsonObject consulted = ok(post(ORDERS + "/" + id + "/consultation", "{\"commentPeriod\":\"P2W\"}", ca()), "IN_CONSULTATION");
        Instant sent = Instant.parse(consulted.getString("consultationSentAt"));
        assertEquals(Duration.ofDays(14), Duration.between(sent, Instant.parse(consulted.getString("commentsDueAt"))));
        assertEquals(Duration.ofDays(28), Duration.between(sent, Instant.parse(consulted.getString("opinionDueAt"))),
                "the profile's P4W for the EU Centre's opinion");
        assertEquals("SCHEDULED", Db.value("select state from deadlines where subject_type = 'DetectionOrder' and subject_id = ?"
                + " and kind = 'detection-order.centre-opinion'", id));
        Api.Response listed = Api.get(ORDERS + "?size=100", alpha());
        assertEquals(200, listed.status(), listed.toString());
        assertTrue(listed.body().contains(id));
        Api.Response same = Api.raw("GET", ORDERS + "/" + id, null, alpha(),
                "If-None-Match", Api.get(ORDERS + "/" + id, alpha()).header("ETag").orElseThrow());
        assertEquals(304, same.status(), same.toString());

        ok(post(ORDERS + "/" + id + "/comments", text("Public links only, please (synthetic)"), alpha()), "IN_CONSULTATION");
        ok(post(ORDERS + "/" + id + "/centre-opinion", text("Proportionate for public links (synthetic)"), admin()), "IN_CONSULTATION");
        assertEquals("CANCELLED", Db.value("select state from deadlines where subject_id = ? and kind = 'detection-order.centre-opinion'", id));
        ok(post(ORDERS + "/" + id + "/adjusted-draft", text("Limited to public links (synthetic)"), ca()), "ADJUSTED");
        ok(post(ORDERS + "/" + id + "/implementation-plan", text("Hash on upload, review queue (synthetic)"), alpha()), "PLAN_RECORDED");
        ok(post(ORDERS + "/" + id + "/submission", "", ca()), "SUBMITTED");

        Instant start = platformNow().plus(Duration.ofDays(130)).truncatedTo(ChronoUnit.SECONDS);
        JsonObject issued = ok(post(ORDERS + "/" + id + "/issue", Json.createObjectBuilder()
                .add("issuingAuthority", "Rechtbank Den Haag (demo)").add("start", start.toString())
                .add("reasons", "Significant risk remains after mitigation (synthetic)").build().toString(), judge()), "TRANSMITTED");
        Instant end = Instant.parse(issued.getString("end"));
        assertEquals(start.atZone(java.time.ZoneOffset.UTC).plusMonths(12).toInstant(), end, "the requested P12M from the start");
        assertEquals(1, issued.getJsonArray("grants").size());
        assertEquals(1, Db.count("select count(*) from indicator_grants where provider_id = ? and set_id = ?::uuid"
                + " and order_reference = ? and legal_basis = 'DETECTION_ORDER' and access = 'MATCH'"
                + " and valid_from = ?::timestamptz and valid_until = ?::timestamptz and revoked_at is null",
                Provider.ALPHA.providerId, setId, id, start.toString(), end.toString()), "the grant row for the order's period");
        assertEquals(0, matches(pdq), "the grant is not live before the order starts");

        String key = UUID.randomUUID().toString();
        Api.Response receipt = Api.post(ORDERS + "/" + id + "/receipt", "", alpha(), "Content-Type", "application/json",
                "Idempotency-Key", key);
        JsonObject received = ok(receipt, "RECEIVED");
        Instant receivedAt = Instant.parse(received.getString("receivedAt"));
        assertEquals(receivedAt.atZone(java.time.ZoneOffset.UTC).plusMonths(1).toInstant(),
                Instant.parse(received.getString("appealWindowClosesAt")), "the profile's P1M appeal window");
        Api.Response again = Api.post(ORDERS + "/" + id + "/receipt", "", alpha(), "Content-Type", "application/json",
                "Idempotency-Key", key);
        assertEquals(200, again.status(), again.toString());
        assertEquals("true", again.header("Idempotent-Replayed").orElse(""));
        assertEquals(409, post(ORDERS + "/" + id + "/receipt", "", alpha()).status(), "a second receipt is refused by the workflow");
        assertEquals(3, Db.count("select count(*) from deadlines where subject_id = ? and state = 'SCHEDULED' and kind in"
                + " ('detection-order.final', 'detection-order.start', 'detection-order.end')", id));
        assertEquals(1, Db.count("select count(*) from deadlines where subject_id = ? and kind = 'detection-order.start'"
                + " and due_at = ?::timestamptz", id, start.toString()), "the start deadline falls on the start date");

        try {
            advance("P5W");
            assertEquals("FINAL", Api.get(ORDERS + "/" + id, ca()).json().getString("state"));
            assertEquals(0, matches(pdq));
            advance("P4M");
            JsonObject inForce = Api.get(ORDERS + "/" + id, ca()).json();
            assertEquals("IN_FORCE", inForce.getString("state"), inForce.toString());
            assertEquals(1, awaitMatches(pdq, 1), "in force, the provider matches against the named set");

            JsonObject revoked = ok(post(ORDERS + "/" + id + "/revocation", text("Risk no longer significant (synthetic)"), judge()),
                    "REVOKED");
            assertNotNull(revoked.getString("endedAt"));
            assertEquals(1, Db.count("select count(*) from indicator_grants where order_reference = ? and revoked_at is not null", id));
            assertEquals(0, matches(pdq), "the revocation ends the grant");
            assertEquals("CANCELLED", Db.value("select state from deadlines where subject_id = ? and kind = 'detection-order.end'", id));
            assertEquals(13, Db.count("select count(*) from detection_order_status_changes where order_id = ?::uuid", id),
                    "draft, consultation, comments, opinion, adjustment, plan, submission, issue, transmission, receipt,"
                            + " final, start, revocation");
            assertEquals(1, Db.count("select count(*) from audit_events where action = 'DETECTION_ORDER_REVOKED' and object_id = ?", id));
        } finally {
            Api.postJson("/test-support/clock/reset", "{}", admin());
        }
    }

    @Test
    void theEuCentresInboxIsRemindedAWeekBeforeItsOpinionFallsDueAndOnlyOnce() throws InterruptedException {
        String id = draft(request(Provider.ALPHA.providerId.toString(), "KNOWN_MATERIAL", "P12M", indicatorSet(1).getString("id")))
                .getString("id");
        Inbox centre = Inbox.watch(Tokens.user("reviewer"));
        Inbox nl = Inbox.watch(ca());
        JsonObject consulted = ok(post(ORDERS + "/" + id + "/consultation", "{\"commentPeriod\":\"P2W\"}", ca()), "IN_CONSULTATION");
        Instant opinionDue = Instant.parse(consulted.getString("opinionDueAt"));
        assertEquals(1, Db.count("select count(*) from deadlines where subject_id = ? and kind = 'detection-order.centre-opinion'"
                + " and reminder_at = ?::timestamptz", id, opinionDue.minus(Duration.ofDays(7)).toString()),
                "the profile's P1W reminder before the P4W opinion period");
        try {
            advance("P20D");
            assertEquals(List.of(), centre.newItemsAbout(UUID.fromString(id)), "eight days before: no reminder yet");
            advance("P2D");
            JsonObject reminder = centre.awaitNew(UUID.fromString(id), "DEADLINE_REMINDER");
            assertEquals("EU_CENTRE", reminder.getString("recipient"));
            assertEquals(List.of("detection-order.centre-opinion"), Inbox.codes(reminder, "changes"));
            assertEquals(opinionDue.toString(), reminder.getString("dueAt"));
            assertEquals("DetectionOrder", reminder.getString("subjectType"));
            assertEquals("/portal/detection-orders/" + id, reminder.getString("link"));
            assertTrue(reminder.getString("summary").contains("the EU Centre's opinion on the draft request falls due on"),
                    reminder.toString());
            assertEquals(List.of(), nl.newItemsAbout(UUID.fromString(id)), "the Coordinating Authority is not the one reminded");
            assertEquals(List.of(), Inbox.watch(Tokens.user("ca-nl")).newItemsAbout(UUID.fromString(id)));

            // one inbox for the Centre: what the reviewer marks read, the administrator sees read by the reviewer
            assertEquals(204, Api.postJson("/api/v1/inbox/" + reminder.getString("id") + "/read", "", Tokens.user("reviewer")).status());
            JsonObject seenByAdmin = Inbox.watch(Tokens.user("admin")).item(reminder.getString("id")).orElseThrow();
            assertEquals("reviewer", seenByAdmin.getString("readBy"));

            advance("P1W");
            assertEquals(1, Db.count("select count(*) from notifications where subject_id = ?::uuid and recipient = 'EU_CENTRE'"
                    + " and kind = 'DEADLINE_REMINDER'", id), "reminded once, not again when the period runs out");
            assertEquals(1, Db.count("select count(*) from audit_events where action = 'NOTICE_DELIVERED' and outcome = 'SUCCESS'"
                    + " and object_id = ?", reminder.getString("id")));
        } finally {
            Api.postJson("/test-support/clock/reset", "{}", admin());
        }
    }

    @Test
    void aGroomingRequestNeedsItsSafeguardsBeforeSubmissionAndIsRefusedWithReasons() {
        String id = planned("GROOMING", "P12M", indicatorSet(1).getString("id"));
        Api.Response early = post(ORDERS + "/" + id + "/submission", "", ca());
        assertEquals(400, early.status(), early.toString());
        assertTrue(early.body().contains("safeguards"), early.body());
        assertEquals("PLAN_RECORDED", Api.get(ORDERS + "/" + id, ca()).json().getString("state"));
        ok(post(ORDERS + "/" + id + "/dpia", text("DPIA of the grooming classifier (synthetic)"), alpha()), "PLAN_RECORDED");
        ok(post(ORDERS + "/" + id + "/dpa-opinion", text("Autoriteit Persoonsgegevens: no objection (synthetic)"), ca()), "PLAN_RECORDED");
        ok(post(ORDERS + "/" + id + "/submission", "", ca()), "SUBMITTED");
        Api.Response noReasons = post(ORDERS + "/" + id + "/refusal", "{\"issuingAuthority\":\"Rechtbank (demo)\"}", judge());
        assertEquals(400, noReasons.status(), noReasons.toString());
        JsonObject refused = ok(post(ORDERS + "/" + id + "/refusal", Json.createObjectBuilder()
                .add("issuingAuthority", "Rechtbank Den Haag (demo)").add("reasons", "Not proportionate (synthetic)").build().toString(),
                judge()), "REFUSED");
        assertEquals("Not proportionate (synthetic)", refused.getString("decisionReasons"));
        assertEquals(0, Db.count("select count(*) from indicator_grants where order_reference = ?", id), "a refused request grants nothing");
    }

    @Test
    void anotherMemberStatesAuthorityAndAnotherProviderDoNotFindTheOrder() {
        String id = planned("KNOWN_MATERIAL", "P12M", indicatorSet(1).getString("id"));
        assertEquals(404, Api.get(ORDERS + "/" + id, Tokens.user("ca-de")).status());
        assertEquals(404, post(ORDERS + "/" + id + "/submission", "", Tokens.user("ca-de")).status());
        assertEquals(404, Api.get(ORDERS + "/" + id, Tokens.provider(Provider.BETA)).status());
        assertEquals(404, post(ORDERS + "/" + id + "/implementation-plan", text("x"), Tokens.provider(Provider.BETA)).status());
        Api.Response list = Api.get(ORDERS + "?size=100", Tokens.provider(Provider.BETA));
        assertEquals(200, list.status(), list.toString());
        assertFalse(list.body().contains(id));
        assertEquals(200, Api.get(ORDERS + "/" + id, Tokens.user("ca-nl-de")).status(), "a CA acting for NL and DE sees NL's order");
        assertEquals("PLAN_RECORDED", Api.get(ORDERS + "/" + id, ca()).json().getString("state"));
        Api.Response elsewhere = post(ORDERS, request(Provider.GAMMA.providerId.toString(), "KNOWN_MATERIAL", "P12M",
                indicatorSet(1).getString("id")).build().toString(), ca());
        assertEquals(400, elsewhere.status(), "Gamma is under IE's jurisdiction, not NL's: " + elsewhere);
    }

    @Test
    void wrongRolesAreForbidden() {
        String set = indicatorSet(1).getString("id");
        String id = planned("KNOWN_MATERIAL", "P12M", set);
        long before = orderRows();
        String body = request(Provider.ALPHA.providerId.toString(), "KNOWN_MATERIAL", "P12M", set).build().toString();
        assertEquals(403, post(ORDERS, body, alpha()).status());
        assertEquals(403, post(ORDERS, body, judge()).status());
        assertEquals(403, post(ORDERS + "/" + id + "/submission", "", judge()).status());
        assertEquals(403, post(ORDERS + "/" + id + "/issue", "{\"issuingAuthority\":\"x\",\"start\":\"2027-06-01T00:00:00Z\","
                + "\"reasons\":\"x\"}", ca()).status());
        assertEquals(403, post(ORDERS + "/" + id + "/centre-opinion", text("x"), alpha()).status());
        assertEquals(before, orderRows());
        assertEquals("PLAN_RECORDED", Api.get(ORDERS + "/" + id, ca()).json().getString("state"));
    }

    @Test
    void malformedRequestsAreRefusedWithNothingWritten() {
        String set = indicatorSet(1).getString("id");
        String alphaId = Provider.ALPHA.providerId.toString();
        long before = orderRows();
        assertEquals(400, post(ORDERS, request(alphaId, "SOMETIMES", "P12M", set).build().toString(), ca()).status());
        assertEquals(400, post(ORDERS, request(alphaId, "KNOWN_MATERIAL", "forever", set).build().toString(), ca()).status());
        assertEquals(400, post(ORDERS, request(alphaId, "KNOWN_MATERIAL", "P12M").build().toString(), ca()).status());
        assertEquals(400, post(ORDERS, request(alphaId, "KNOWN_MATERIAL", "P12M", "not-a-uuid").build().toString(), ca()).status());
        assertEquals(400, post(ORDERS, request(alphaId, "KNOWN_MATERIAL", "P12M", UUID.randomUUID().toString()).build().toString(),
                ca()).status(), "an indicator set that does not exist");
        Api.Response tooLong = post(ORDERS, request(alphaId, "GROOMING", "P13M", set).build().toString(), ca());
        assertEquals(400, tooLong.status(), "grooming runs at most P12M: " + tooLong);
        assertEquals(400, post(ORDERS, "{\"reference\":", ca()).status());
        assertEquals(before, orderRows());

        String id = draft(request(alphaId, "KNOWN_MATERIAL", "P12M", set)).getString("id");
        Api.Response badPeriod = post(ORDERS + "/" + id + "/consultation", "{\"commentPeriod\":\"two weeks\"}", ca());
        assertEquals(400, badPeriod.status(), badPeriod.toString());
        assertTrue(badPeriod.header("Content-Type").orElse("").startsWith("application/problem+json"), badPeriod.toString());
        assertEquals("DRAFTED", Api.get(ORDERS + "/" + id, ca()).json().getString("state"));
        assertEquals(0, Db.count("select count(*) from deadlines where subject_id = ?", id));

        assertEquals(400, post(ORDERS + "/" + id + "/withdrawal", "{}", ca()).status(), "a withdrawal has a reason");
        JsonObject withdrawn = ok(post(ORDERS + "/" + id + "/withdrawal", text("Risk mitigated meanwhile (synthetic)"), ca()), "WITHDRAWN");
        assertNotNull(withdrawn.getString("endedAt"));
        assertEquals(409, post(ORDERS + "/" + id + "/consultation", "{\"commentPeriod\":\"P2W\"}", ca()).status(),
                "a withdrawn request moves no more");
    }

    @Test
    void aRequestUnderTheCouncilProfileIsRefusedNamingTheProfile() {
        long before = orderRows();
        Api.Response refused = post(ORDERS, request(Provider.ALPHA.providerId.toString(), "KNOWN_MATERIAL", "P12M",
                indicatorSet(1).getString("id")).add("profile", "COUNCIL-GA-2025").build().toString(), ca());
        assertEquals(400, refused.status(), refused.toString());
        assertTrue(refused.header("Content-Type").orElse("").startsWith("application/problem+json"), refused.toString());
        assertTrue(refused.json().getString("detail").contains("COUNCIL-GA-2025"), refused.body());
        assertTrue(refused.body().contains("legalProfile"), refused.body());
        assertEquals(before, orderRows());
    }
}
