package eu.csar.it.retention;

import eu.csar.it.support.Api;
import eu.csar.it.support.AuditSeals;
import eu.csar.it.support.Db;
import eu.csar.it.support.Deployments;
import eu.csar.it.support.Fixtures;
import eu.csar.it.support.SyntheticImages;
import eu.csar.it.support.Tokens;
import eu.csar.it.support.Tokens.Provider;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.Duration;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Retention on the real stack with the controllable platform clock (Art 22, 46, 51). Two reports of a
 * provider, each with personal data and an evidence vault item; an authority extends the second one near
 * the end of its period. The clock is moved past the periods the current profile gives (read over REST,
 * no version assumed) and the sweep runs: the first report's personal data are gone in PostgreSQL, its
 * vault item has no wrapped key any more and a reveal answers 409 (crypto-shredding), one audit entry
 * per batch with the rule, count and id range and none of the data; the extended report is kept until
 * its extension ends by itself, then taken too. Past the actors' period an idle actor's name is erased
 * and the audit chain still verifies; an indicator whose necessity review nobody confirmed is retired
 * by the rule. Wrong roles 403, another Member State's report 404, too long an extension 400.
 * One test method: the clock only moves forward, so the steps share one timeline; it is put back at the
 * end. The sweeps run over the whole database at a time years ahead (every report, vault item and
 * indicator of the classes before it is past its period then), so this class runs after all others
 * ({@code junit-platform.properties} orders classes by {@code @Order}; the others keep their order).
 */
@ExtendWith(ArquillianExtension.class)
@Order(Integer.MAX_VALUE) // last: it moves the clock years ahead, and its sweeps take every earlier class's data too
class RetentionIT {

    static final String RETENTION = "/api/v1/retention";
    static final String CLOCK = "/test-support/clock";

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return Deployments.ear();
    }

    static String admin() {
        return Tokens.user("admin");
    }

    static Api.Response post(String path, String body, String token) {
        return Api.post(path, body, token, "Content-Type", "application/json", "Idempotency-Key", UUID.randomUUID().toString());
    }

    static Instant serverNow() {
        return Instant.parse(Api.get(CLOCK, admin()).json().getString("now"));
    }

    /** Moves the platform clock forward to (just after) {@code target}. */
    static void advanceTo(Instant target) {
        Duration by = Duration.between(serverNow(), target);
        if (by.isNegative() || by.isZero()) {
            return;
        }
        long seconds = by.toSeconds() + 1;
        Api.Response r = post(CLOCK + "/advance", Json.createObjectBuilder().add("by", "PT" + seconds + "S").build().toString(), admin());
        assertEquals(200, r.status(), r.toString());
    }

    /** {@code at} plus an ISO period as the profiles write it (hours exactly, the rest on the UTC calendar). */
    static Instant plus(Instant at, String iso) {
        if (iso.startsWith("PT")) {
            return at.plus(Duration.parse(iso));
        }
        return at.atZone(ZoneOffset.UTC).plus(Period.parse(iso)).toInstant();
    }

    static Map<String, String> periods() {
        Api.Response r = Api.get(RETENTION + "/rules", admin());
        assertEquals(200, r.status(), r.toString());
        Map<String, String> periods = new java.util.HashMap<>();
        for (JsonValue v : r.jsonArray()) {
            JsonObject rule = v.asJsonObject();
            assertFalse(rule.getString("article").isBlank(), rule.toString());
            periods.put(rule.getString("category"), rule.getString("period"));
        }
        return periods;
    }

    static String openReport(String tag) {
        String body = Json.createObjectBuilder().add("type", "KNOWN").add("timestamp", "2026-12-03T09:30:00Z")
                .add("contentReference", "it-retention-" + tag).add("otherData", "Invented retention test report " + tag)
                .add("location", Json.createObjectBuilder().add("ipAddress", "192.0.2.77").add("port", 40001)
                        .add("observedAt", "2026-12-03T09:29:00Z").add("country", "NL"))
                .add("userIdentifiers", Json.createArrayBuilder().add("it-retention-user-" + tag))
                .add("reportedToThirdCountry", false).add("removedOrDisabled", true).add("urgent", false)
                .add("legalBasis", "Art 12(1) COM(2022) 209").build().toString();
        Api.Response r = post("/api/v1/reports", body, Tokens.provider(Provider.ALPHA));
        assertEquals(201, r.status(), r.toString());
        return r.json().getString("id");
    }

    static String storeItem(String reportId, int seed) {
        Api.Response r = Api.raw("POST", "/test-support/vault/items?owner=reports&reference=" + reportId, SyntheticImages.gradientPng(seed),
                admin(), "Content-Type", "image/png", "Accept", "application/json");
        assertEquals(201, r.status(), r.toString());
        return r.json().getString("id");
    }

    static Map<String, Object> report(String id) {
        return Db.rows("select ip_address, ip_port, location_country, user_identifiers, other_data, personal_data_erased_at"
                + " from reports where id = ?", UUID.fromString(id)).get(0);
    }

    static boolean keyed(String itemId) {
        return Db.count("select count(*) from vault_data_keys where item_id = ?", UUID.fromString(itemId)) == 1;
    }

    static JsonArray sweep() {
        Api.Response r = post(RETENTION + "/sweeps", "{}", admin());
        assertEquals(200, r.status(), r.toString());
        return r.jsonArray();
    }

    /**
     * The batch of {@code category} whose id range holds {@code id}, executed since {@code since} (the platform time
     * before the advance that made the row due; the minute timer or the test's own sweep took it): exactly one, audited
     * exactly once, without the data. A batch records only its first and last id, so an earlier batch's range may span
     * {@code id} without having taken it.
     */
    static void assertOneAuditedBatchHolds(Instant since, String category, String id, String... secrets) {
        List<Map<String, Object>> batches = Db.rows("select id, item_count, rule, article from retention_batches where category = ?"
                + " and first_id <= ? and last_id >= ? and executed_at >= ?", category, id, id, java.sql.Timestamp.from(since));
        assertEquals(1, batches.size(), category + " " + id + " since " + since + ": " + batches);
        String batchId = batches.get(0).get("id").toString();
        List<Map<String, Object>> entries = Db.rows("select purpose, actor, outcome from audit_entries where action = 'RETENTION_BATCH_EXECUTED'"
                + " and object_id = ?", batchId);
        assertEquals(1, entries.size(), "one audit entry per batch: " + entries);
        String purpose = (String) entries.get(0).get("purpose");
        assertTrue(purpose.contains((String) batches.get(0).get("rule")) && purpose.contains(" items; ids "), purpose);
        for (String secret : secrets) {
            assertFalse(purpose.contains(secret), "no personal data on the trail: " + purpose);
        }
    }

    @Test
    void dataPastTheirPeriodAreDeletedOrAnonymisedInAuditedBatchesUnlessAnExtensionHoldsThemUntilItEnds() throws Exception {
        try {
            walkPastThePeriods();
        } finally {
            Api.post(CLOCK + "/reset", "", admin());
        }
    }

    private void walkPastThePeriods() throws Exception {
        Map<String, String> periods = periods();
        String reportPeriod = periods.get("REPORT_PERSONAL_DATA");
        String vaultPeriod = periods.get("VAULT_ITEM");
        String actorPeriod = periods.get("AUDIT_ACTOR_NAME");
        assertNotNull(reportPeriod);

        // Roles: the report is for centre staff, the sweep for admins.
        assertEquals(403, Api.get(RETENTION + "/batches", Tokens.provider(Provider.ALPHA)).status());
        assertEquals(403, post(RETENTION + "/sweeps", "{}", Tokens.user("auditor")).status());
        assertEquals(200, Api.get(RETENTION + "/batches", Tokens.user("auditor")).status());

        String tagA = UUID.randomUUID().toString().substring(0, 8);
        String tagB = UUID.randomUUID().toString().substring(0, 8);
        String a = openReport(tagA);
        String b = openReport(tagB);
        String itemA = storeItem(a, 31);
        String itemB = storeItem(b, 32);
        String tagC = UUID.randomUUID().toString().substring(0, 8);
        String c = openReport(tagC);
        Instant start = serverNow();

        // An idle actor: ca-ie asks for a report not forwarded to Ireland (404, audited with its pseudonym).
        long mark = Fixtures.auditMark();
        assertEquals(404, post(RETENTION + "/reports/" + a + "/extensions",
                Json.createObjectBuilder().add("legalBasis", "Invented court order IE-1").add("period", "P1M").build().toString(),
                Tokens.user("ca-ie")).status());
        long caIeEntry = Db.count("select max(seq) from audit_entries where seq > ? and actor = 'ca-ie' and action = 'RETENTION_EXTENDED'"
                + " and outcome = 'NOT_FOUND'", mark);
        assertTrue(caIeEntry > mark, "the refusal is audited");
        Object caIe = Db.value("select actor_id from audit_events where event_no = ?", caIeEntry);

        // An indicator under the necessity review, due now.
        Api.Response inserted = post("/test-support/indicators", Json.createObjectBuilder().add("count", 1)
                .add("seed", System.nanoTime()).add("clusterSize", 1).build().toString(), admin());
        assertEquals(200, inserted.status(), inserted.toString());
        UUID indicator = UUID.fromString(inserted.json().getJsonArray("samples").getJsonObject(0).getString("id"));
        Db.execute("update indicators set review_due_at = timestamptz '" + start + "' where id = '" + indicator + "'");

        // Just before the end of the periods an authority extends B (a month, within the profile's maximum).
        Instant due = plus(start, reportPeriod).isAfter(plus(start, vaultPeriod)) ? plus(start, reportPeriod) : plus(start, vaultPeriod);
        advanceTo(due.minus(Duration.ofDays(1)));
        Api.Response tooLong = post(RETENTION + "/reports/" + b + "/extensions", Json.createObjectBuilder()
                .add("legalBasis", "Invented court order NL-2").add("period", "P99Y").build().toString(), admin());
        assertEquals(400, tooLong.status(), tooLong.toString());
        assertTrue(tooLong.body().contains("period"), tooLong.body());
        Api.Response extended = post(RETENTION + "/reports/" + b + "/extensions", Json.createObjectBuilder()
                .add("legalBasis", "Invented court order NL-2 (integration test)").add("period", "P30D").build().toString(), admin());
        assertEquals(201, extended.status(), extended.toString());
        Instant until = Instant.parse(extended.json().getString("until"));
        assertEquals(1L, Db.count("select count(*) from retention_extensions where subject_id = ? and legal_basis like 'Invented court order NL-2%'", b));
        assertEquals(1L, Db.count("select count(*) from audit_entries where action = 'RETENTION_EXTENDED' and object_id = ? and outcome = 'SUCCESS'"
                + " and actor = 'admin'", b));

        // The report review: a reviewer confirms C's personal data are still necessary (held one more period);
        // only reviewers confirm, providers see no review list.
        String reason = Json.createObjectBuilder().add("reason", "Invented: still needed for an open investigation").build().toString();
        assertEquals(403, post(RETENTION + "/report-reviews/" + c + "/confirmation", reason, admin()).status());
        assertEquals(403, Api.get(RETENTION + "/report-reviews", Tokens.provider(Provider.ALPHA)).status());
        Api.Response confirmed = post(RETENTION + "/report-reviews/" + c + "/confirmation", reason, Tokens.user("reviewer"));
        assertEquals(200, confirmed.status(), confirmed.toString());
        assertEquals("NECESSITY_CONFIRMED", confirmed.json().getString("kind"));
        Instant heldUntil = Instant.parse(confirmed.json().getString("until"));
        assertEquals(1L, Db.count("select count(*) from audit_entries where action = 'REPORT_PERSONAL_DATA_NECESSITY_CONFIRMED'"
                + " and object_id = ? and actor = 'reviewer'", c));

        // Past the period: A's personal data are anonymised, its vault item shredded; B is held.
        Instant beforeDue = serverNow();
        advanceTo(due.plus(Duration.ofDays(1)));
        sweep();
        Map<String, Object> rowA = report(a);
        assertNull(rowA.get("ip_address"));
        assertNull(rowA.get("ip_port"));
        assertNull(rowA.get("location_country"));
        assertNull(rowA.get("user_identifiers"));
        assertNull(rowA.get("other_data"));
        assertNotNull(rowA.get("personal_data_erased_at"));
        assertFalse(keyed(itemA), "the wrapped data key is gone");
        assertEquals(1L, Db.count("select count(*) from vault_tombstones where item_id = ? and reason like '%retention.vault-item%'",
                UUID.fromString(itemA)));
        assertEquals(409, Api.getBytes("/api/v1/vault/items/" + itemA + "?purpose=report-assessment", Tokens.user("reviewer")).status(),
                "the item can no longer be decrypted");
        assertOneAuditedBatchHolds(beforeDue, "REPORT_PERSONAL_DATA", a, "192.0.2.77", "it-retention-user-" + tagA);
        assertOneAuditedBatchHolds(beforeDue, "VAULT_ITEM", itemA);
        assertEquals("192.0.2.77", report(b).get("ip_address"), "held by the extension");
        assertTrue(keyed(itemB), "held by the extension");
        assertEquals("192.0.2.77", report(c).get("ip_address"), "held by the reviewer's confirmation");
        Api.Response review = Api.get(RETENTION + "/report-reviews", Tokens.user("reviewer"));
        assertEquals(200, review.status(), review.toString());
        assertFalse(review.body().contains(c), "a confirmed report is not due: " + review.body());

        // Re-running changes nothing (idempotent): A is not taken twice.
        Object erasedA = rowA.get("personal_data_erased_at");
        sweep();
        assertEquals(erasedA, report(a).get("personal_data_erased_at"));

        // The extension ends by itself: nothing to do but wait; then the sweep takes B.
        Instant beforeEnd = serverNow();
        advanceTo(until.plus(Duration.ofMinutes(1)));
        sweep();
        assertNull(report(b).get("ip_address"));
        assertFalse(keyed(itemB));
        assertOneAuditedBatchHolds(beforeEnd, "VAULT_ITEM", itemB);

        // Past the actors' period the idle actor's name is erased; the chain still verifies. The period runs
        // from the actor's last entry, which a class before this one may have written with the clock ahead.
        Instant caIeLast = ((java.sql.Timestamp) Db.value("select max(occurred_at) from audit_events where actor_id = ?", caIe)).toInstant();
        Instant beforeActorDue = serverNow();
        advanceTo(plus(caIeLast.isAfter(start) ? caIeLast : start, actorPeriod).plus(Duration.ofDays(1)));
        sweep();
        assertEquals(0L, Db.count("select count(*) from audit_actors where actor_id = ?", caIe), "ca-ie's name is erased");
        assertNull(Db.value("select actor from audit_entries where seq = ?", caIeEntry), "the trail shows the actor as erased");
        assertOneAuditedBatchHolds(beforeActorDue, "AUDIT_ACTOR_NAME", caIe.toString());
        long last = Db.count("select max(seq) from audit_entries where action = 'RETENTION_BATCH_EXECUTED'");
        AuditSeals.awaitSealed(last);
        JsonObject verified = Api.get("/api/v1/audit/chain-verification", Tokens.user("auditor")).json();
        assertTrue(verified.getBoolean("intact"), verified.toString());

        if (serverNow().isBefore(heldUntil)) {
            assertEquals("it-retention-user-" + tagC, report(c).get("user_identifiers"),
                    "still held by the confirmation, one period from when it was given");
        }

        // The retention report lists the batches with their rule and Article.
        Api.Response report = Api.get(RETENTION + "/batches?category=VAULT_ITEM", Tokens.user("reviewer"));
        assertEquals(200, report.status(), report.toString());
        Object batchB = Db.value("select id from retention_batches where category = 'VAULT_ITEM' and first_id <= ? and last_id >= ?", itemB, itemB);
        assertTrue(report.body().contains(batchB.toString()) && report.body().contains("retention.vault-item"), report.body());

        // The indicator nobody confirmed is retired by the rule (the indicators' minute sweep).
        long deadline = System.nanoTime() + Duration.ofSeconds(150).toNanos();
        while (!"RETIRED".equals(Db.value("select state from indicators where id = ?", indicator)) && System.nanoTime() < deadline) {
            Thread.sleep(1000);
        }
        assertEquals("RETIRED", Db.value("select state from indicators where id = ?", indicator));
        assertEquals(1L, Db.count("select count(*) from indicator_status_changes where indicator_id = ? and event = 'RETIRE'"
                + " and actor = 'system' and reason like '%retention.indicator-review%'", indicator));
        assertEquals(1L, Db.count("select count(*) from audit_entries where action = 'INDICATOR_RETIRED' and object_id = ?"
                + " and purpose like '%retention.indicator-review%'", indicator.toString()));
    }

    @Test
    void aWithdrawnVictimCaseIsAnonymisedAfterItsPeriodUnlessItsOwnAuthorityExtendedItAndOldSignInTracesGo() throws Exception {
        try {
            walkPastTheVictimPeriods();
        } finally {
            Api.post(CLOCK + "/reset", "", admin());
        }
    }

    static String openVictimCase(String contactReference) {
        Api.Response r = Api.postJson("/api/v1/victim-cases", Json.createObjectBuilder().add("contactReference", contactReference)
                .build().toString(), Tokens.user("ca-nl"));
        assertEquals(201, r.status(), r.toString());
        return r.json().getJsonObject("victimCase").getString("id");
    }

    static Map<String, Object> victimCase(String id) {
        return Db.rows("select case_number, contact_reference, code_hash, personal_data_erased_at from victim_cases where id = ?",
                UUID.fromString(id)).get(0);
    }

    static String extension(String legalBasis, String period) {
        return Json.createObjectBuilder().add("legalBasis", legalBasis).add("period", period).build().toString();
    }

    private void walkPastTheVictimPeriods() throws Exception {
        Map<String, String> periods = periods();
        String casePeriod = periods.get("VICTIM_CASE");
        String signInPeriod = periods.get("VICTIM_SIGN_IN");
        assertNotNull(casePeriod);
        assertNotNull(signInPeriod);

        // Two cases of the Netherlands; the survivors withdrew (the victim page's withdrawal, VictimPageIT, sets this
        // time; here it is written directly, at the platform's now).
        String tag = UUID.randomUUID().toString().substring(0, 8);
        String referenceA = "IT-RET-A-" + tag;
        String referenceB = "IT-RET-B-" + tag;
        String a = openVictimCase(referenceA);
        String b = openVictimCase(referenceB);
        Instant withdrawn = serverNow();
        Db.execute("update victim_cases set withdrawn_at = timestamptz '" + withdrawn + "' where id in ('" + a + "', '" + b + "')");

        // Just before the period ends the Dutch authority extends B; nobody else may.
        Instant due = plus(withdrawn, casePeriod);
        advanceTo(due.minus(Duration.ofDays(1)));
        String path = RETENTION + "/victim-cases/" + b + "/extensions";
        String basis = "Invented court order NL-V-" + tag;
        long mark = Fixtures.auditMark();
        assertEquals(404, post(path, extension(basis, "P30D"), Tokens.user("ca-de")).status(), "another Member State's case");
        assertEquals(1L, Db.count("select count(*) from audit_entries where seq > ? and action = 'RETENTION_EXTENDED' and object_id = ?"
                + " and actor = 'ca-de' and outcome = 'NOT_FOUND'", mark, b));
        assertEquals(404, post(RETENTION + "/victim-cases/" + UUID.randomUUID() + "/extensions", extension(basis, "P30D"),
                Tokens.user("ca-nl")).status(), "no such case");
        for (String role : List.of("admin", "reviewer", "police-fr")) {
            assertEquals(403, post(path, extension(basis, "P30D"), Tokens.user(role)).status(), role);
        }
        assertEquals(403, post(path, extension(basis, "P30D"), Tokens.provider(Provider.ALPHA)).status());
        Api.Response tooLong = post(path, extension(basis, "P99Y"), Tokens.user("ca-nl"));
        assertEquals(400, tooLong.status(), tooLong.toString());
        assertTrue(tooLong.body().contains("period"), tooLong.body());
        Api.Response noBasis = post(path, "{\"period\":\"P30D\"}", Tokens.user("ca-nl"));
        assertEquals(400, noBasis.status(), noBasis.toString());
        assertTrue(noBasis.body().contains("legalBasis"), noBasis.body());
        assertEquals(0L, Db.count("select count(*) from retention_extensions where subject_type = 'VictimCase' and subject_id = ?", b),
                "nothing stored for the refused requests");
        Api.Response extended = post(path, extension(basis, "P30D"), Tokens.user("ca-nl"));
        assertEquals(201, extended.status(), extended.toString());
        Instant until = Instant.parse(extended.json().getString("until"));
        assertEquals(1L, Db.count("select count(*) from retention_extensions where subject_type = 'VictimCase' and subject_id = ?"
                + " and legal_basis = ? and kind = 'EXTENSION' and requested_by = 'ca-nl'", b, basis));
        assertEquals(1L, Db.count("select count(*) from audit_entries where action = 'RETENTION_EXTENDED' and object_id = ?"
                + " and outcome = 'SUCCESS' and actor = 'ca-nl'", b));
        Api.Response listed = Api.get(path, Tokens.user("ca-nl"));
        assertEquals(200, listed.status(), listed.toString());
        assertTrue(listed.body().contains(basis), listed.body());
        assertEquals(404, Api.get(path, Tokens.user("ca-de")).status());

        // Past the period: A is anonymised (its case number stays), B is held by the extension.
        Instant beforeDue = serverNow();
        advanceTo(due.plus(Duration.ofDays(1)));
        sweep();
        Map<String, Object> caseA = victimCase(a);
        assertEquals("erased", caseA.get("contact_reference"));
        assertNull(caseA.get("code_hash"));
        assertNotNull(caseA.get("personal_data_erased_at"));
        assertNotNull(caseA.get("case_number"));
        assertOneAuditedBatchHolds(beforeDue, "VICTIM_CASE", a, referenceA);
        assertEquals(referenceB, victimCase(b).get("contact_reference"), "held by the extension");
        assertNull(victimCase(b).get("personal_data_erased_at"));

        // Sign-in traces older than their period go (the minute housekeeping of the victim page removes expired ones
        // too, at second 0 of each minute: the traces are written away from it and swept at once).
        while (java.time.LocalTime.now().getSecond() < 3 || java.time.LocalTime.now().getSecond() > 40) {
            Thread.sleep(500);
        }
        Instant old = minus(serverNow(), signInPeriod).minus(Duration.ofDays(1));
        String token = (UUID.randomUUID().toString() + UUID.randomUUID()).replace("-", "");
        String address = (UUID.randomUUID().toString() + UUID.randomUUID()).replace("-", "");
        Db.execute("insert into victim_sessions (token_hash, case_id, created_at, expires_at) values ('" + token + "', '" + b + "', timestamptz '"
                        + old + "', timestamptz '" + old + "')",
                "insert into victim_address_failures (address_hash, window_start, failures) values ('" + address + "', timestamptz '"
                        + old + "', 2)");
        JsonArray batches = sweep();
        JsonObject signIns = batches.stream().map(JsonValue::asJsonObject).filter(x -> "VICTIM_SIGN_IN".equals(x.getString("category")))
                .findFirst().orElseThrow(() -> new AssertionError("a sign-in traces batch: " + batches));
        assertTrue(signIns.getInt("count") >= 2, signIns.toString());
        assertEquals(0L, Db.count("select count(*) from victim_sessions where token_hash = ?", token));
        assertEquals(0L, Db.count("select count(*) from victim_address_failures where address_hash = ?", address));
        List<Map<String, Object>> entries = Db.rows("select purpose from audit_entries where action = 'RETENTION_BATCH_EXECUTED'"
                + " and object_id = ?", signIns.getString("id"));
        assertEquals(1, entries.size(), "one audit entry for the batch: " + entries);
        assertTrue(((String) entries.get(0).get("purpose")).contains("retention.victim-sign-in"), entries.toString());
        assertFalse(((String) entries.get(0).get("purpose")).contains(token), entries.toString());

        // The extension ends by itself; then the sweep takes B.
        Instant beforeEnd = serverNow();
        advanceTo(until.plus(Duration.ofMinutes(1)));
        sweep();
        assertEquals("erased", victimCase(b).get("contact_reference"));
        assertOneAuditedBatchHolds(beforeEnd, "VICTIM_CASE", b, referenceB);
        Api.Response again = post(path, extension(basis, "P30D"), Tokens.user("ca-nl"));
        assertEquals(409, again.status(), "nothing left to extend: " + again);
    }

    /** {@code at} minus an ISO period as the profiles write it. */
    static Instant minus(Instant at, String iso) {
        if (iso.startsWith("PT")) {
            return at.minus(Duration.parse(iso));
        }
        return at.atZone(ZoneOffset.UTC).minus(Period.parse(iso)).toInstant();
    }
}
