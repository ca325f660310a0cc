package eu.csar.it.orders;

import eu.csar.it.support.Api;
import eu.csar.it.support.Db;
import eu.csar.it.support.Deployments;
import eu.csar.it.support.Inbox;
import eu.csar.it.support.Tokens;
import eu.csar.it.support.Tokens.Provider;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Removal orders (Art 14-15) on the real stack with real tokens: the issuing authority of NL issues
 * to Alpha Hosting (NL), Alpha acknowledges (the 24-hour clock starts), answers with Annex V (the clock
 * stops), the authority clarifies (it runs again in full), Alpha reports execution (Annex VI, time to
 * removal shown); Beta never sees Alpha's order (404); wrong roles get 403; a malformed order is a
 * 400 with no row written; an order left unacknowledged past the profile's period is escalated when
 * the platform clock is moved; non-disclosure is extended once and a second extension refused; an item
 * found still online after execution gets Alpha repeat notices every profile interval until it is gone.
 */
@ExtendWith(ArquillianExtension.class)
class RemovalOrderIT {

    static final String ORDERS = "/api/v1/removal-orders";

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return Deployments.ear();
    }

    static String judge() {
        return Tokens.user("judge-nl");
    }

    static String admin() {
        return Tokens.user("admin");
    }

    static String orderJson(String providerId, boolean nonDisclosure) {
        return Json.createObjectBuilder().add("reference", "IT-RO-" + UUID.randomUUID().toString().substring(0, 8))
                .add("issuingAuthority", "Rechtbank Den Haag (demo)").add("providerId", providerId)
                .add("items", Json.createArrayBuilder()
                        .add(Json.createObjectBuilder().add("kind", "URL").add("locator", "https://alphadrive.example/f/" + UUID.randomUUID()))
                        .add(Json.createObjectBuilder().add("kind", "CONTENT_REFERENCE").add("locator", "file-id 4711 (synthetic)")))
                .add("reasons", "Synthetic statement of reasons for an integration test")
                .add("nonDisclosure", nonDisclosure).build().toString();
    }

    static Api.Response post(String path, String body, String token) {
        return Api.post(path, body, token, "Content-Type", "application/json", "Idempotency-Key", UUID.randomUUID().toString());
    }

    static JsonObject issue(boolean nonDisclosure) {
        Api.Response r = post(ORDERS, orderJson(Provider.ALPHA.providerId.toString(), nonDisclosure), judge());
        assertEquals(201, r.status(), r.toString());
        assertTrue(r.header("Location").orElseThrow().endsWith(r.json().getString("id")));
        assertTrue(r.header("ETag").isPresent());
        return r.json();
    }

    /** JSON-B leaves null fields out. */
    static boolean absent(JsonObject o, String field) {
        return !o.containsKey(field) || o.isNull(field);
    }

    static long orderRows() {
        return Db.count("select count(*) from removal_orders");
    }

    @Test
    void issuedAcknowledgedPausedClarifiedAndExecutedWithTheClocksAndHistory() {
        JsonObject order = issue(false);
        String id = order.getString("id");
        assertEquals("TRANSMITTED", order.getString("state"));
        assertEquals("POINT_OF_CONTACT", order.getString("addressedTo"));
        assertEquals("COM-2022-209", order.getString("profile"));
        assertEquals(Duration.ofHours(12), Duration.between(Instant.parse(order.getString("transmittedAt")),
                Instant.parse(order.getString("acknowledgementDueAt"))), "the profile's acknowledgement period");
        assertEquals(1, Db.count("select count(*) from deadlines where subject_type = 'RemovalOrder' and subject_id = ?"
                + " and kind = 'removal-order.acknowledgement' and state = 'SCHEDULED'", id));

        // the provider pulls its orders
        Api.Response list = Api.get(ORDERS + "?size=100", Tokens.provider(Provider.ALPHA));
        assertEquals(200, list.status(), list.toString());
        assertTrue(list.body().contains(id));
        Api.Response same = Api.raw("GET", ORDERS + "/" + id, null, Tokens.provider(Provider.ALPHA),
                "If-None-Match", Api.get(ORDERS + "/" + id, Tokens.provider(Provider.ALPHA)).header("ETag").orElseThrow());
        assertEquals(304, same.status(), same.toString());

        String key = UUID.randomUUID().toString();
        Api.Response receipt = Api.post(ORDERS + "/" + id + "/receipt", "", Tokens.provider(Provider.ALPHA),
                "Content-Type", "application/json", "Idempotency-Key", key);
        assertEquals(200, receipt.status(), receipt.toString());
        JsonObject received = receipt.json();
        assertEquals("RECEIVED", received.getString("state"));
        assertEquals(Duration.ofHours(24), Duration.between(Instant.parse(received.getString("receivedAt")),
                Instant.parse(received.getString("executionDueAt"))), "24 hours from receipt (Art 14(3))");
        Api.Response again = Api.post(ORDERS + "/" + id + "/receipt", "", Tokens.provider(Provider.ALPHA),
                "Content-Type", "application/json", "Idempotency-Key", key);
        assertEquals(200, again.status(), again.toString());
        assertEquals("true", again.header("Idempotent-Replayed").orElse(""));
        assertEquals(409, post(ORDERS + "/" + id + "/receipt", "", Tokens.provider(Provider.ALPHA)).status(),
                "a second acknowledgement with a new key is refused by the workflow");

        Api.Response paused = post(ORDERS + "/" + id + "/cannot-execute",
                "{\"reason\":\"CLARIFICATION_REQUESTED\",\"explanation\":\"Which copy of item 2 is meant? (synthetic)\"}",
                Tokens.provider(Provider.ALPHA));
        assertEquals(200, paused.status(), paused.toString());
        assertEquals("PAUSED", paused.json().getString("state"));
        assertTrue(absent(paused.json(), "executionDueAt"), "no due time while the clock stands");
        assertEquals("PAUSED", Db.value("select state from deadlines where subject_id = ? and kind = 'removal-order.execution'", id));

        Api.Response clarified = post(ORDERS + "/" + id + "/clarification", "{\"text\":\"The copy in folder B (synthetic)\"}", judge());
        assertEquals(200, clarified.status(), clarified.toString());
        assertEquals("RECEIVED", clarified.json().getString("state"));
        assertEquals(Duration.ofHours(24), Duration.between(Instant.parse(clarified.json().getString("restartedAt")),
                Instant.parse(clarified.json().getString("executionDueAt"))), "the full period again after the clarification");

        Api.Response executed = post(ORDERS + "/" + id + "/execution", "{\"measureTaken\":\"REMOVED\"}", Tokens.provider(Provider.ALPHA));
        assertEquals(200, executed.status(), executed.toString());
        JsonObject done = executed.json();
        assertEquals("EXECUTED", done.getString("state"));
        assertFalse(absent(done, "timeToRemoval"));
        assertEquals("CANCELLED", Db.value("select state from deadlines where subject_id = ? and kind = 'removal-order.execution'", id));
        assertEquals(6, Db.count("select count(*) from removal_order_status_changes where order_id = ?::uuid", id),
                "issue, transmit, acknowledge, cannot execute, clarify, execute");
        assertEquals(1, Db.count("select count(*) from audit_events where action = 'REMOVAL_ORDER_EXECUTED' and object_id = ?", id));

        // the Coordinating Authority of NL reads it; that of DE does not find it
        assertEquals(200, Api.get(ORDERS + "/" + id, Tokens.user("ca-nl")).status());
        assertEquals(404, Api.get(ORDERS + "/" + id, Tokens.user("ca-de")).status());
    }

    @Test
    void anotherProviderDoesNotFindTheOrderAndCannotActOnIt() {
        String id = issue(false).getString("id");
        String beta = Tokens.provider(Provider.BETA);
        assertEquals(404, Api.get(ORDERS + "/" + id, beta).status());
        assertEquals(404, post(ORDERS + "/" + id + "/receipt", "", beta).status());
        Api.Response list = Api.get(ORDERS + "?size=100", beta);
        assertEquals(200, list.status(), list.toString());
        assertFalse(list.body().contains(id));
        assertEquals("TRANSMITTED", Api.get(ORDERS + "/" + id, judge()).json().getString("state"));
    }

    @Test
    void wrongRolesAreForbidden() {
        String id = issue(false).getString("id");
        long before = orderRows();
        assertEquals(403, post(ORDERS, orderJson(Provider.ALPHA.providerId.toString(), false), Tokens.user("ca-nl")).status());
        assertEquals(403, post(ORDERS, orderJson(Provider.ALPHA.providerId.toString(), false), Tokens.provider(Provider.ALPHA)).status());
        assertEquals(403, post(ORDERS + "/" + id + "/receipt", "", judge()).status());
        assertEquals(403, post(ORDERS + "/" + id + "/clarification", "{\"text\":\"x\"}", Tokens.provider(Provider.ALPHA)).status());
        assertEquals(before, orderRows());
    }

    @Test
    void malformedOrdersAreRefusedWithNothingWritten() {
        long before = orderRows();
        String alpha = Provider.ALPHA.providerId.toString();
        Api.Response noItems = post(ORDERS, orderJson(alpha, false).replaceAll("\"items\":\\[.*?\\]\\]?", "\"items\":[]"), judge());
        assertEquals(400, noItems.status(), noItems.toString());
        assertTrue(noItems.header("Content-Type").orElse("").startsWith("application/problem+json"), noItems.toString());
        Api.Response badKind = post(ORDERS, orderJson(alpha, false).replace("\"CONTENT_REFERENCE\"", "\"PICTURE\""), judge());
        assertEquals(400, badKind.status(), badKind.toString());
        Api.Response badId = post(ORDERS, orderJson("not-a-uuid", false), judge());
        assertEquals(400, badId.status(), badId.toString());
        assertEquals(400, post(ORDERS, "{\"reference\":", judge()).status());
        Api.Response elsewhere = post(ORDERS, orderJson(Provider.GAMMA.providerId.toString(), false), judge());
        assertEquals(400, elsewhere.status(), "Gamma is under IE's jurisdiction, not NL's: " + elsewhere);
        assertEquals(before, orderRows());

        String id = issue(false).getString("id");
        Api.Response badReason = post(ORDERS + "/" + id + "/cannot-execute", "{\"reason\":\"BORED\",\"explanation\":\"x\"}",
                Tokens.provider(Provider.ALPHA));
        assertEquals(400, badReason.status(), badReason.toString());
        assertEquals("TRANSMITTED", Api.get(ORDERS + "/" + id, judge()).json().getString("state"));
    }

    @Test
    void anUnacknowledgedOrderIsEscalatedWhenItsPeriodRunsOut() {
        JsonObject issued = issue(false);
        String id = issued.getString("id");
        Inbox nl = Inbox.watch(Tokens.user("ca-nl"));
        Api.Response advanced = Api.postJson("/test-support/clock/advance", "{\"by\":\"PT13H\"}", admin());
        assertEquals(200, advanced.status(), advanced.toString());
        JsonObject order = Api.get(ORDERS + "/" + id, judge()).json();
        assertEquals("ESCALATED", order.getString("state"), order.toString());
        assertFalse(absent(order, "escalatedAt"));
        assertEquals(1, Db.count("select count(*) from removal_order_status_changes where order_id = ?::uuid and event = 'ESCALATE'", id),
                "one history row (actor: whoever ran the sweep, here the admin's clock move)");
        assertEquals("ESCALATED", Api.get(ORDERS + "/" + id, Tokens.user("ca-nl")).json().getString("state"));
        List<JsonObject> told = nl.newItemsAbout(UUID.fromString(id));
        assertEquals(1, told.size(), "the Coordinating Authority's inbox is told once: " + told);
        assertEquals("REMOVAL_ORDER_ESCALATED", told.get(0).getString("kind"));
        assertEquals(Instant.parse(issued.getString("acknowledgementDueAt")).truncatedTo(java.time.temporal.ChronoUnit.SECONDS),
                Instant.parse(told.get(0).getString("dueAt")).truncatedTo(java.time.temporal.ChronoUnit.SECONDS));
        assertEquals("/portal/removal-orders/" + id, told.get(0).getString("link"));
        assertEquals(issued.getString("reference"), told.get(0).getString("subjectLabel"));
        // the provider may still acknowledge; the execution clock starts then
        Api.Response late = post(ORDERS + "/" + id + "/receipt", "", Tokens.provider(Provider.ALPHA));
        assertEquals(200, late.status(), late.toString());
        assertEquals("RECEIVED", late.json().getString("state"));
        providerIsRemindedBeforeTheExecutionPeriodEnds(id, late.json());
    }

    /**
     * The profile's reminder before the 24 hours end (6 hours in the shipped profiles; the test reads the
     * due time, not the period) reaches the provider's own inbox, in its words, linking its orders page;
     * another provider's inbox does not list it.
     */
    private static void providerIsRemindedBeforeTheExecutionPeriodEnds(String id, JsonObject received) {
        Inbox alphasOwn = Inbox.watch(Tokens.provider(Provider.ALPHA));
        Inbox betasOwn = Inbox.watch(Tokens.provider(Provider.BETA));
        Instant due = Instant.parse(received.getString("executionDueAt"));
        long hours = Duration.between(Instant.parse(Api.get("/test-support/clock", admin()).json().getString("now")), due).toHours();
        try {
            assertEquals(200, Api.postJson("/test-support/clock/advance", "{\"by\":\"PT" + (hours - 1) + "H\"}", admin()).status());
            JsonObject reminder = alphasOwn.awaitNew(UUID.fromString(id), "DEADLINE_REMINDER");
            assertEquals("PROVIDER:" + Provider.ALPHA.providerId, reminder.getString("recipient"), reminder.toString());
            assertTrue(reminder.getString("summary").contains("Annex VI"), reminder.toString());
            assertEquals("/portal/orders/provider-orders.xhtml", reminder.getString("link"), reminder.toString());
            assertTrue(betasOwn.newItemsAbout(UUID.fromString(id)).isEmpty(), "not in another provider's inbox");
            assertEquals("RECEIVED", Api.get(ORDERS + "/" + id, judge()).json().getString("state"), "not overdue yet");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        } finally {
            Api.post("/test-support/clock/reset", "", admin());
        }
    }

    @Test
    void nonDisclosureRunsSixWeeksAndIsExtendedOnceOnly() {
        JsonObject order = issue(true);
        String id = order.getString("id");
        assertEquals(Duration.ofDays(42), Duration.between(Instant.parse(order.getString("issuedAt")),
                Instant.parse(order.getString("nonDisclosureUntil"))));
        Api.Response extended = post(ORDERS + "/" + id + "/non-disclosure-extension", "{\"text\":\"investigation (synthetic)\"}", judge());
        assertEquals(200, extended.status(), extended.toString());
        assertEquals(Duration.ofDays(84), Duration.between(Instant.parse(order.getString("issuedAt")),
                Instant.parse(extended.json().getString("nonDisclosureUntil"))));
        Api.Response second = post(ORDERS + "/" + id + "/non-disclosure-extension", "{\"text\":\"again\"}", judge());
        assertEquals(409, second.status(), second.toString());
        assertEquals(1, Db.count("select count(*) from deadlines where subject_id = ? and kind = 'removal-order.non-disclosure'"
                + " and extensions = 1", id));
    }

    /** Issue 10 §3: a reviewer finds an item still online after execution; notices every interval until it is gone. */
    @Test
    void anItemStillOnlineAfterExecutionGetsTheProviderRepeatNoticesUntilItIsGone() {
        String id = issue(false).getString("id");
        String orders = ORDERS + "/" + id;
        String check = "{\"item\":0,\"stillOnline\":true}";
        Api.Response early = post(orders + "/online-checks", check, Tokens.user("reviewer"));
        assertEquals(409, early.status(), "nothing to check before execution or the period's end: " + early);
        assertEquals(200, post(orders + "/receipt", "", Tokens.provider(Provider.ALPHA)).status());
        JsonObject executed = post(orders + "/execution", "{\"measureTaken\":\"REMOVED\"}", Tokens.provider(Provider.ALPHA)).json();
        String timeToRemoval = executed.getString("timeToRemoval");

        assertEquals(403, post(orders + "/online-checks", check, Tokens.provider(Provider.ALPHA)).status(),
                "the provider does not record checks");
        assertEquals(400, post(orders + "/online-checks", "{\"item\":5,\"stillOnline\":true}", Tokens.user("reviewer")).status(),
                "an item the order does not name");
        assertEquals(0, Db.count("select count(*) from removal_order_online_checks where order_id = ?::uuid", id));

        Api.Response found = post(orders + "/online-checks", check, Tokens.user("reviewer"));
        assertEquals(200, found.status(), found.toString());
        assertEquals(1, found.json().getInt("repeatNotices"), "the first notice goes at once");
        assertEquals(1, Db.count("select count(*) from removal_order_online_checks where order_id = ?::uuid and still_online", id));
        assertEquals(1, Db.count("select count(*) from deadlines where subject_id = ? and kind = 'removal-order.repeat-notice'"
                + " and state = 'SCHEDULED'", id));

        try {
            assertEquals(200, Api.postJson("/test-support/clock/advance", "{\"by\":\"PT25H\"}", admin()).status());
            JsonObject seen = Api.get(orders, Tokens.provider(Provider.ALPHA)).json();
            assertEquals(2, seen.getInt("repeatNotices"), "the next notice a profile interval later: " + seen);
            assertEquals(2, seen.getJsonArray("history").stream().map(JsonObject.class::cast)
                    .filter(h -> "REPEAT_NOTICE".equals(h.getString("event"))).count(), "each notice is a step the provider reads");
            assertEquals(timeToRemoval, seen.getString("timeToRemoval"), "the time to removal stays receipt to execution");
            assertEquals("EXECUTED", seen.getString("state"));
            assertEquals(2, Db.count("select count(*) from audit_events where action = 'REMOVAL_ORDER_REPEAT_NOTICE_SENT'"
                    + " and object_id = ?", id), "two notices audited");

            Api.Response gone = post(orders + "/online-checks", "{\"item\":0,\"stillOnline\":false}", judge());
            assertEquals(200, gone.status(), gone.toString());
            assertEquals(0, Db.count("select count(*) from deadlines where subject_id = ? and kind = 'removal-order.repeat-notice'"
                    + " and state = 'SCHEDULED'", id), "no more notices once it is gone");
            assertEquals(200, Api.postJson("/test-support/clock/advance", "{\"by\":\"PT25H\"}", admin()).status());
            assertEquals(2, Api.get(orders, judge()).json().getInt("repeatNotices"));
        } finally {
            Api.post("/test-support/clock/reset", "", admin());
        }
    }
}
