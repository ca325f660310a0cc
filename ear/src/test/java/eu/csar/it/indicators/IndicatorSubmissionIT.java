package eu.csar.it.indicators;

import eu.csar.it.support.Api;
import eu.csar.it.support.Db;
import eu.csar.it.support.Deployments;
import eu.csar.it.support.Fixtures;
import eu.csar.it.support.Tokens;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

/**
 * Indicator submissions over REST (issue 9, core): a Coordinating Authority submits with an
 * Idempotency-Key (a retry answers the same and stores nothing twice), low-quality PDQ hashes are
 * refused line by line with the reason, a hash already in the set is linked rather than copied, a
 * reviewer's four-eyes verification makes new indicators ACTIVE and writes the change feed, the
 * submitter never verifies, another Member State sees nothing (404) and a provider may not submit
 * (403). Only synthetic hashes and example.invalid URLs.
 */
@ExtendWith(ArquillianExtension.class)
class IndicatorSubmissionIT {

    static final String SUBMISSIONS = "/api/v1/indicator-submissions";
    static final String KEY = "Idempotency-Key";
    static final SecureRandom RANDOM = new SecureRandom();

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return Deployments.ear();
    }

    static String hex(int bytes) {
        byte[] b = new byte[bytes];
        RANDOM.nextBytes(b);
        return HexFormat.of().formatHex(b);
    }

    static String body(String decisionReference, String text) {
        return Json.createObjectBuilder().add("setCode", "known-images").add("authority", "Politie Nederland")
                .add("decisionReference", decisionReference).add("decisionDate", "2026-11-30")
                .add("process", "csar-hash").add("processVersion", "1").add("keepPathAsLabel", true)
                .add("text", text).build().toString();
    }

    static Api.Response submit(String body, String key, String token) {
        return Api.post(SUBMISSIONS, body, token, "Content-Type", "application/json", "Accept", "application/json", KEY, key);
    }

    static Api.Response verify(String submissionId, String json, String token) {
        return Api.post(SUBMISSIONS + "/" + submissionId + "/verification", json, token, "Content-Type", "application/json",
                "Accept", "application/json", KEY, UUID.randomUUID().toString());
    }

    static JsonObject line(JsonObject submission, int n) {
        return submission.getJsonArray("lines").getJsonObject(n - 1);
    }

    @Test
    void aRetriedSubmissionIsStoredOnceWithEachLinesOutcome() {
        String pdq = hex(32);
        String md5 = hex(16);
        String reference = Fixtures.unique("NL-IDEM");
        String text = pdq + ",90," + md5 + ",/cases/7/a.jpg\n" + hex(32) + ",45,/cases/7/b.jpg\nPDQ," + pdq + ",95\n"
                + "URL,https://example.invalid/x\n";
        String key = UUID.randomUUID().toString();
        long mark = Fixtures.auditMark();

        Api.Response first = submit(body(reference, text), key, Tokens.user("ca-nl"));
        Api.Response again = submit(body(reference, text), key, Tokens.user("ca-nl"));

        assertEquals(201, first.status(), first.toString());
        assertEquals(201, again.status(), again.toString());
        assertEquals(first.json(), again.json());
        JsonObject s = first.json();
        assertEquals(Api.BASE_URL + SUBMISSIONS + "/" + s.getString("id"), first.header("Location").orElseThrow());
        assertEquals("SUBMITTED", s.getString("state"));
        assertEquals(List.of("ACCEPTED", "ACCEPTED", "REFUSED", "REFUSED", "REFUSED"),
                s.getJsonArray("lines").getValuesAs(JsonObject.class).stream().map(l -> l.getString("outcome")).toList());
        assertEquals("PDQ quality 45 is below 50", line(s, 3).getString("reason"));
        assertEquals("duplicate of line 1", line(s, 4).getString("reason"));
        assertEquals("kind URL is not held by this set", line(s, 5).getString("reason"));
        assertEquals("MD5", line(s, 2).getString("kind"));
        assertEquals(1, line(s, 2).getInt("sourceLine"));
        assertEquals(1, Db.count("select count(*) from indicator_submissions where decision_reference = ?", reference));
        assertEquals(5, Db.count("select count(*) from indicator_submission_lines where submission_id = ?::uuid", s.getString("id")));
        assertEquals("SUBMITTED", Db.value("select state from indicators where kind = 'PDQ' and value = ?", pdq));
        assertEquals("/cases/7/a.jpg", Db.value("select p.label from indicator_provenance p join indicators i on i.id = p.indicator_id "
                + "where i.value = ?", md5));
        assertEquals(1, Db.count("select count(*) from audit_entries where seq > ? and action = 'INDICATOR_SUBMISSION_SENT' "
                + "and object_id = ? and actor = 'ca-nl'", mark, s.getString("id")));
    }

    @Test
    void aVerifiedSubmissionMatchesAndADuplicateIsLinkedNotCopied() {
        String kept = hex(32);
        String rejected = hex(32);
        Api.Response sent = submit(body(Fixtures.unique("NL-VERIFY"), "PDQ," + kept + ",80\nPDQ," + rejected + ",80\n"),
                UUID.randomUUID().toString(), Tokens.user("ca-nl"));
        assertEquals(201, sent.status(), sent.toString());
        String id = sent.json().getString("id");
        long changesBefore = Db.count("select count(*) from indicator_changes");

        // the submitter may not verify (role), and another Member State does not even see it
        assertEquals(403, verify(id, "{}", Tokens.user("ca-nl")).status());
        assertEquals(404, Api.get(SUBMISSIONS + "/" + id, Tokens.user("ca-de")).status());
        String indicatorId = line(sent.json(), 1).getString("indicatorId");
        assertEquals(404, Api.get("/api/v1/indicators/" + indicatorId, Tokens.user("ca-de")).status());

        Api.Response verified = verify(id, "{\"rejectedLines\":[2],\"note\":\"checked\"}", Tokens.user("reviewer"));
        assertEquals(200, verified.status(), verified.toString());
        assertEquals("PARTLY_VERIFIED", verified.json().getString("state"));
        assertEquals("reviewer", Db.value("select verified_by from indicator_submissions where id = ?::uuid", id));
        Map<String, Object> active = Db.rows("select id, state, review_due_at from indicators where value = ?", kept).get(0);
        assertEquals("ACTIVE", active.get("state"));
        assertNotNull(active.get("review_due_at"), "the necessity review is scheduled (Art 46)");
        assertEquals(List.of("SUBMIT", "VERIFY", "ACTIVATE"), Db.rows("select event from indicator_status_changes "
                + "where indicator_id = ? order by occurred_at, event desc", active.get("id")).stream().map(r -> r.get("event")).toList());
        assertEquals(1, Db.count("select count(*) from indicator_changes where indicator_id = ? and change = 'ADD'", active.get("id")));
        assertEquals(changesBefore + 1, Db.count("select count(*) from indicator_changes"), "the rejected line never matched");
        assertEquals("RETIRED", Db.value("select state from indicators where value = ?", rejected));
        assertEquals("rejected at verification", Db.value("select retired_reason from indicators where value = ?", rejected));

        // the owning CA and the centre read the indicator; its provenance shows the verified link
        JsonObject indicator = Api.get("/api/v1/indicators/" + indicatorId, Tokens.user("ca-nl")).json();
        assertEquals("ACTIVE", indicator.getString("state"));
        assertEquals(true, indicator.getJsonArray("provenance").getJsonObject(0).getBoolean("verified"));

        // the same hash again, from another Member State: linked to the one indicator, never copied
        Api.Response dup = submit(body(Fixtures.unique("DE-DUP"), "PDQ," + kept + ",85"), UUID.randomUUID().toString(),
                Tokens.user("ca-de"));
        assertEquals(201, dup.status(), dup.toString());
        assertEquals("LINKED", line(dup.json(), 1).getString("outcome"));
        assertEquals(indicatorId, line(dup.json(), 1).getString("indicatorId"));
        assertEquals(1, Db.count("select count(*) from indicators where value = ?", kept));
        assertEquals(2, Db.count("select count(*) from indicator_provenance where indicator_id = ?::uuid", indicatorId));
        assertEquals(200, Api.get("/api/v1/indicators/" + indicatorId, Tokens.user("ca-de")).status());
    }

    @Test
    void aReviewerNeverVerifiesTheirOwnSubmission() {
        UUID id = UUID.randomUUID();
        Db.execute("insert into indicator_submissions (id, version, set_id, source, process, process_version, submitted_by, "
                + "submitted_at, state) values ('" + id + "', 0, '00000000-0000-4000-8000-000000000441', 'CENTRE_REVIEW', "
                + "'csar-hash', '1', 'reviewer', now(), 'SUBMITTED')");
        long mark = Fixtures.auditMark();

        Api.Response r = verify(id.toString(), "{}", Tokens.user("reviewer"));

        assertEquals(409, r.status(), r.toString());
        assertEquals("SUBMITTED", Db.value("select state from indicator_submissions where id = ?", id));
        assertNull(Db.value("select verified_by from indicator_submissions where id = ?", id));
        assertEquals(1, Db.count("select count(*) from audit_entries where seq > ? and action = 'INDICATOR_SUBMISSION_VERIFIED' "
                + "and object_id = ? and outcome = 'REFUSED'", mark, id.toString()));
    }

    @Test
    void aMalformedBodyIsA400AndAProviderMayNotSubmit() {
        long before = Db.count("select count(*) from indicator_submissions");
        Api.Response both = submit("{\"setCode\":\"known-images\",\"text\":\"x\",\"lines\":[\"y\"]}", UUID.randomUUID().toString(),
                Tokens.user("ca-nl"));
        assertEquals(400, both.status(), both.toString());
        assertEquals(400, submit("{not json", UUID.randomUUID().toString(), Tokens.user("ca-nl")).status());
        Api.Response noDecision = submit(Json.createObjectBuilder().add("setCode", "known-images")
                .add("lines", Json.createArrayBuilder().add("MD5," + hex(16))).build().toString(),
                UUID.randomUUID().toString(), Tokens.user("ca-nl"));
        assertEquals(400, noDecision.status(), noDecision.toString());
        JsonArray violations = noDecision.json().getJsonArray("violations");
        assertNotNull(violations, noDecision.toString());
        assertEquals(before, Db.count("select count(*) from indicator_submissions"), "nothing stored");

        Api.Response provider = submit(body(Fixtures.unique("P"), "MD5," + hex(16)), UUID.randomUUID().toString(),
                Tokens.provider(Tokens.Provider.ALPHA));
        assertEquals(403, provider.status(), provider.toString());
        assertEquals(before, Db.count("select count(*) from indicator_submissions"));
    }
}
