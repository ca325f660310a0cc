package eu.csar.it.orders;

import eu.csar.it.support.Api;
import eu.csar.it.support.Db;
import eu.csar.it.support.Deployments;
import eu.csar.it.support.Tokens;
import eu.csar.it.support.Tokens.Provider;
import eu.csar.it.support.UrlListEntries;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Blocking orders (Art 16-18) and delisting orders (Council general approach 2025) on the real stack
 * with real tokens. The URL-list entries they name are made the way the EU Centre makes them: the
 * Coordinating Authority of NL submits URLs to the {@code url-list} set and a reviewer verifies them
 * (active). The issuing authority of NL issues a blocking order to Zeta Net (NL, internet access);
 * Zeta acknowledges, reports execution and asks for a mistaken block to be reassessed, which the
 * authority answers by lifting the entry; the authority records a user's request and the periodic
 * reassessment, and revokes; Alpha never sees Zeta's order (404); wrong roles get 403; malformed
 * orders are 400 with no row written. A delisting order is refused under COM-2022-209 with a problem
 * naming the profile, and runs receipt -> execution under COUNCIL-GA-2025 to Zeta's search engine.
 */
@ExtendWith(ArquillianExtension.class)
class BlockingOrderIT {

    static final String BLOCKING = "/api/v1/blocking-orders";
    static final String DELISTING = "/api/v1/delisting-orders";

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return Deployments.ear();
    }

    static String judge() {
        return Tokens.user("judge-nl");
    }

    static String zeta() {
        return Tokens.provider(Provider.ZETA);
    }

    static Api.Response post(String path, String body, String token) {
        return Api.post(path, body, token, "Content-Type", "application/json", "Idempotency-Key", UUID.randomUUID().toString());
    }

    /** {@code n} active entries of the URL list: submitted by the CA of NL, verified by a reviewer. */
    static List<String> urlListEntries(int n) {
        return UrlListEntries.active(n);
    }

    static String orderJson(String providerId, List<String> entries, String period, String notice, String profile) {
        JsonArrayBuilder list = Json.createArrayBuilder();
        entries.forEach(list::add);
        var o = Json.createObjectBuilder().add("reference", "IT-BO-" + UUID.randomUUID().toString().substring(0, 8))
                .add("issuingAuthority", "Rechtbank Den Haag (demo)").add("providerId", providerId).add("entries", list)
                .add("reasons", "Synthetic statement of reasons for an integration test");
        if (period != null) {
            o.add("periodOfApplication", period);
        }
        if (notice != null) {
            o.add("userNotice", notice);
        }
        if (profile != null) {
            o.add("profile", profile);
        }
        return o.build().toString();
    }

    static JsonObject issueBlocking(List<String> entries) {
        Api.Response r = post(BLOCKING, orderJson(Provider.ZETA.providerId.toString(), entries, "P2Y",
                "This page is blocked by order of a Dutch court (synthetic)", null), judge());
        assertEquals(201, r.status(), r.toString());
        assertTrue(r.header("Location").orElseThrow().endsWith(r.json().getString("id")));
        assertTrue(r.header("ETag").isPresent());
        return r.json();
    }

    static long orderRows() {
        return Db.count("select count(*) from url_list_orders");
    }

    static Instant plusYears(String instant, int years) {
        return Instant.parse(instant).atOffset(ZoneOffset.UTC).plusYears(years).toInstant();
    }

    @Test
    void aBlockingOrderIsReceivedExecutedReassessedOnRequestAndRevoked() {
        List<String> entries = urlListEntries(2);
        JsonObject order = issueBlocking(entries);
        String id = order.getString("id");
        assertEquals("TRANSMITTED", order.getString("state"));
        assertEquals("BLOCKING", order.getString("type"));
        assertEquals("COM-2022-209", order.getString("profile"));
        assertEquals(plusYears(order.getString("issuedAt"), 2), Instant.parse(order.getString("endsAt")));
        assertEquals(plusYears(order.getString("issuedAt"), 1), Instant.parse(order.getString("reassessmentDueAt")),
                "the profile's reassessment interval");
        assertEquals(entries.get(0), order.getJsonArray("entries").getJsonObject(0).getString("entryId"));
        assertTrue(order.getJsonArray("entries").getJsonObject(0).getString("url").startsWith("https://blocked-"));
        assertEquals(1, Db.count("select count(*) from deadlines where subject_type = 'BlockingOrder' and subject_id = ?"
                + " and kind = 'blocking-order.expiry' and state = 'SCHEDULED'", id));
        assertEquals(1, Db.count("select count(*) from deadlines where subject_type = 'BlockingOrder' and subject_id = ?"
                + " and kind = 'blocking-order.reassessment' and state = 'SCHEDULED'", id));
        assertEquals(2, Db.count("select count(*) from url_list_order_entries where order_id = ?::uuid", id));

        // the provider pulls its orders, with ETags
        Api.Response list = Api.get(BLOCKING + "?size=100", zeta());
        assertEquals(200, list.status(), list.toString());
        assertTrue(list.body().contains(id));
        String etag = Api.get(BLOCKING + "/" + id, zeta()).header("ETag").orElseThrow();
        assertEquals(304, Api.raw("GET", BLOCKING + "/" + id, null, zeta(), "If-None-Match", etag).status());

        String key = UUID.randomUUID().toString();
        Api.Response receipt = Api.post(BLOCKING + "/" + id + "/receipt", "", zeta(), "Content-Type", "application/json",
                "Idempotency-Key", key);
        assertEquals(200, receipt.status(), receipt.toString());
        assertEquals("RECEIVED", receipt.json().getString("state"));
        Api.Response replay = Api.post(BLOCKING + "/" + id + "/receipt", "", zeta(), "Content-Type", "application/json",
                "Idempotency-Key", key);
        assertEquals(200, replay.status(), replay.toString());
        assertEquals("true", replay.header("Idempotent-Replayed").orElse(""));
        assertEquals(409, post(BLOCKING + "/" + id + "/receipt", "", zeta()).status(), "a second receipt is refused");

        Api.Response executed = post(BLOCKING + "/" + id + "/execution", "{}", zeta());
        assertEquals(200, executed.status(), executed.toString());
        assertEquals("EXECUTED", executed.json().getString("state"));
        assertEquals("EXECUTED", Db.value("select state from url_list_orders where id = ?::uuid", id));

        // Zeta asks for a mistaken block to be reassessed; the authority lifts the entry
        Api.Response asked = post(BLOCKING + "/" + id + "/reassessment-requests",
                "{\"entryId\":\"" + entries.get(1) + "\",\"reason\":\"A school's page, blocked by mistake (synthetic)\"}", zeta());
        assertEquals(200, asked.status(), asked.toString());
        JsonObject request = asked.json().getJsonArray("reassessmentRequests").getJsonObject(0);
        assertEquals("PROVIDER", request.getString("requestedBy"));
        Api.Response answered = post(BLOCKING + "/" + id + "/reassessment-requests/" + request.getString("id") + "/answer",
                "{\"outcome\":\"LIFTED\",\"answer\":\"Checked: not on the list's grounds (synthetic)\"}", judge());
        assertEquals(200, answered.status(), answered.toString());
        assertEquals("LIFTED", Db.value("select outcome from url_list_order_reassessment_requests where id = ?::uuid",
                request.getString("id")));
        assertNotNull(Db.value("select lifted_at from url_list_order_entries where order_id = ?::uuid and indicator_id = ?::uuid",
                id, entries.get(1)));
        assertEquals(409, post(BLOCKING + "/" + id + "/reassessment-requests/" + request.getString("id") + "/answer",
                "{\"outcome\":\"UPHELD\",\"answer\":\"again\"}", judge()).status(), "a request is answered once");

        // a user's request, recorded by the issuing authority; the periodic reassessment
        Api.Response user = post(BLOCKING + "/" + id + "/reassessment-requests",
                "{\"entryId\":\"" + entries.get(0) + "\",\"reason\":\"A user's complaint (synthetic)\"}", judge());
        assertEquals(200, user.status(), user.toString());
        assertEquals(1, Db.count("select count(*) from url_list_order_reassessment_requests where order_id = ?::uuid"
                + " and requested_by = 'USER' and recorded_by = 'judge-nl' and outcome is null", id));
        Api.Response reassessed = post(BLOCKING + "/" + id + "/reassessment", "{\"text\":\"Grounds still hold (synthetic)\"}", judge());
        assertEquals(200, reassessed.status(), reassessed.toString());
        assertNotNull(Db.value("select last_reassessed_at from url_list_orders where id = ?::uuid", id));
        assertEquals(1, Db.count("select count(*) from deadlines where subject_id = ? and kind = 'blocking-order.reassessment'"
                + " and state = 'CANCELLED'", id), "the first reassessment deadline made way for the next");
        assertEquals(1, Db.count("select count(*) from deadlines where subject_id = ? and kind = 'blocking-order.reassessment'"
                + " and state = 'SCHEDULED'", id));

        // the Coordinating Authority of NL reads it; that of DE does not find it
        assertEquals(200, Api.get(BLOCKING + "/" + id, Tokens.user("ca-nl")).status());
        assertEquals(404, Api.get(BLOCKING + "/" + id, Tokens.user("ca-de")).status());

        Api.Response revoked = post(BLOCKING + "/" + id + "/revocation", "{\"text\":\"No longer needed (synthetic)\"}", judge());
        assertEquals(200, revoked.status(), revoked.toString());
        assertEquals("REVOKED", Db.value("select state from url_list_orders where id = ?::uuid", id));
        assertEquals(0, Db.count("select count(*) from deadlines where subject_id = ? and state = 'SCHEDULED'", id),
                "no clock runs for a revoked order");
        assertEquals(9, Db.count("select count(*) from url_list_order_status_changes where order_id = ?::uuid", id),
                "issue, transmit, receipt, execution, request, answer, request, reassessment, revocation");
        assertEquals(1, Db.count("select count(*) from audit_events where action = 'BLOCKING_ORDER_REASSESSMENT_ANSWERED'"
                + " and object_id = ? and outcome = 'SUCCESS'", id));
        assertEquals(1, Db.count("select count(*) from audit_events where action = 'BLOCKING_ORDER_REASSESSMENT_ANSWERED'"
                + " and object_id = ? and outcome = 'REFUSED'", id), "the second answer, refused, is on the trail too");
    }

    @Test
    void aBlockingOrderExpiresAtTheEndOfItsPeriodOfApplication() {
        List<String> entries = urlListEntries(1);
        Api.Response issued = post(BLOCKING, orderJson(Provider.ZETA.providerId.toString(), entries, "P1M",
                "This page is blocked by order of a Dutch court (synthetic)", null), judge());
        assertEquals(201, issued.status(), issued.toString());
        String id = issued.json().getString("id");
        assertTrue(!issued.json().containsKey("reassessmentDueAt") || issued.json().isNull("reassessmentDueAt"),
                "no reassessment falls due after the end of a one-month order");
        String admin = Tokens.user("admin");
        try {
            Api.Response advanced = Api.postJson("/test-support/clock/advance", "{\"by\":\"P1M\"}", admin);
            assertEquals(200, advanced.status(), advanced.toString());
            assertEquals("EXPIRED", Db.value("select state from url_list_orders where id = ?::uuid", id));
            assertNotNull(Db.value("select expired_at from url_list_orders where id = ?::uuid", id));
            assertEquals(1, Db.count("select count(*) from url_list_order_status_changes where order_id = ?::uuid"
                    + " and event = 'EXPIRE' and legal_basis = 'Art 16(6)'", id));
            assertEquals(409, post(BLOCKING + "/" + id + "/receipt", "", zeta()).status(), "an expired order is not received");
        } finally {
            assertEquals(200, Api.post("/test-support/clock/reset", "", admin).status());
        }
    }

    @Test
    void anotherProviderDoesNotFindTheOrderAndCannotActOnIt() {
        List<String> entries = urlListEntries(1);
        String id = issueBlocking(entries).getString("id");
        String alpha = Tokens.provider(Provider.ALPHA);
        assertEquals(404, Api.get(BLOCKING + "/" + id, alpha).status());
        assertEquals(404, post(BLOCKING + "/" + id + "/receipt", "", alpha).status());
        assertEquals(404, post(BLOCKING + "/" + id + "/reassessment-requests",
                "{\"entryId\":\"" + entries.get(0) + "\",\"reason\":\"x\"}", alpha).status());
        Api.Response list = Api.get(BLOCKING + "?size=100", alpha);
        assertEquals(200, list.status(), list.toString());
        assertFalse(list.body().contains(id));
        assertEquals(404, Api.get(DELISTING + "/" + id, zeta()).status(), "a blocking order is no delisting order");
        assertEquals("TRANSMITTED", Db.value("select state from url_list_orders where id = ?::uuid", id));
    }

    @Test
    void wrongRolesAreForbidden() {
        List<String> entries = urlListEntries(1);
        String id = issueBlocking(entries).getString("id");
        long before = orderRows();
        String zetaId = Provider.ZETA.providerId.toString();
        assertEquals(403, post(BLOCKING, orderJson(zetaId, entries, "P1Y", "notice", null), Tokens.user("ca-nl")).status());
        assertEquals(403, post(BLOCKING, orderJson(zetaId, entries, "P1Y", "notice", null), zeta()).status());
        assertEquals(403, post(BLOCKING + "/" + id + "/receipt", "", judge()).status());
        assertEquals(403, post(BLOCKING + "/" + id + "/reassessment", "{\"text\":\"x\"}", zeta()).status());
        assertEquals(403, post(BLOCKING + "/" + id + "/revocation", "{\"text\":\"x\"}", zeta()).status());
        assertEquals(before, orderRows());
        assertEquals("TRANSMITTED", Db.value("select state from url_list_orders where id = ?::uuid", id));
    }

    @Test
    void malformedOrdersAreRefusedWithNothingWritten() {
        List<String> entries = urlListEntries(1);
        String zetaId = Provider.ZETA.providerId.toString();
        long before = orderRows();
        Api.Response none = post(BLOCKING, orderJson(zetaId, List.of(), "P1Y", "notice", null), judge());
        assertEquals(400, none.status(), none.toString());
        assertTrue(none.header("Content-Type").orElse("").startsWith("application/problem+json"), none.toString());
        assertEquals(400, post(BLOCKING, orderJson(zetaId, List.of("not-a-uuid"), "P1Y", "notice", null), judge()).status());
        Api.Response unknown = post(BLOCKING, orderJson(zetaId, List.of(UUID.randomUUID().toString()), "P1Y", "notice", null), judge());
        assertEquals(400, unknown.status(), "only entries of the URL list: " + unknown);
        assertTrue(unknown.body().contains("entries[0]"), unknown.toString());
        Api.Response tooLong = post(BLOCKING, orderJson(zetaId, entries, "P6Y", "notice", null), judge());
        assertEquals(400, tooLong.status(), "longer than the profile's 5 years: " + tooLong);
        assertTrue(tooLong.body().contains("periodOfApplication"), tooLong.toString());
        assertEquals(400, post(BLOCKING, orderJson(zetaId, entries, "two years", "notice", null), judge()).status());
        assertEquals(400, post(BLOCKING, orderJson(zetaId, entries, "P1Y", null, null), judge()).status(), "no user notice");
        Api.Response hosting = post(BLOCKING, orderJson(Provider.ALPHA.providerId.toString(), entries, "P1Y", "notice", null), judge());
        assertEquals(400, hosting.status(), "Alpha offers no internet access service: " + hosting);
        assertEquals(400, post(BLOCKING, "{\"reference\":", judge()).status());
        assertEquals(before, orderRows());

        String id = issueBlocking(entries).getString("id");
        assertEquals(400, post(BLOCKING + "/" + id + "/reassessment-requests", "{\"entryId\":\"x\",\"reason\":\"r\"}", zeta()).status());
        assertEquals(400, post(BLOCKING + "/" + id + "/reassessment-requests/" + UUID.randomUUID() + "/answer",
                "{\"outcome\":\"MAYBE\",\"answer\":\"a\"}", judge()).status());
        assertEquals(0, Db.count("select count(*) from url_list_order_reassessment_requests where order_id = ?::uuid", id));
    }

    @Test
    void delistingOrdersExistUnderTheCouncilProfileOnly() {
        List<String> entries = urlListEntries(1);
        String zetaId = Provider.ZETA.providerId.toString();
        long before = orderRows();
        Api.Response refused = post(DELISTING, orderJson(zetaId, entries, null, null, null), judge());
        assertEquals(400, refused.status(), refused.toString());
        assertTrue(refused.body().contains("COM-2022-209") && refused.body().contains("delisting order"), refused.toString());
        assertEquals(before, orderRows());

        Api.Response issued = post(DELISTING, orderJson(zetaId, entries, null, null, "COUNCIL-GA-2025"), judge());
        assertEquals(201, issued.status(), issued.toString());
        String id = issued.json().getString("id");
        assertEquals("DELISTING", issued.json().getString("type"));
        assertEquals("COUNCIL-GA-2025", issued.json().getString("profile"));
        assertFalse(issued.json().containsKey("endsAt") && !issued.json().isNull("endsAt"), "no period of application");
        assertEquals(404, Api.get(DELISTING + "/" + id, Tokens.provider(Provider.ALPHA)).status());
        assertEquals(404, Api.get(BLOCKING + "/" + id, zeta()).status(), "a delisting order is no blocking order");
        assertEquals(400, post(DELISTING, orderJson(zetaId, entries, "P1Y", null, "COUNCIL-GA-2025"), judge()).status(),
                "a delisting order has no period of application");

        assertEquals("RECEIVED", post(DELISTING + "/" + id + "/receipt", "", zeta()).json().getString("state"));
        Api.Response executed = post(DELISTING + "/" + id + "/execution", "{}", zeta());
        assertEquals(200, executed.status(), executed.toString());
        assertEquals("EXECUTED", Db.value("select state from url_list_orders where id = ?::uuid and order_type = 'DELISTING'", id));
        assertEquals(404, post(BLOCKING + "/" + id + "/reassessment-requests",
                "{\"entryId\":\"" + entries.get(0) + "\",\"reason\":\"x\"}", zeta()).status(), "delisting orders are not reassessed");
        assertEquals(4, Db.count("select count(*) from url_list_order_status_changes where order_id = ?::uuid", id));
        assertEquals(1, Db.count("select count(*) from audit_events where action = 'DELISTING_ORDER_EXECUTED' and object_id = ?", id));
    }
}
