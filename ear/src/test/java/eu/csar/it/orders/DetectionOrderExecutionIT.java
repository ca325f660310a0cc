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
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

import static eu.csar.it.orders.DetectionOrderIT.ORDERS;
import static eu.csar.it.orders.DetectionOrderIT.admin;
import static eu.csar.it.orders.DetectionOrderIT.advance;
import static eu.csar.it.orders.DetectionOrderIT.alpha;
import static eu.csar.it.orders.DetectionOrderIT.ca;
import static eu.csar.it.orders.DetectionOrderIT.indicatorSet;
import static eu.csar.it.orders.DetectionOrderIT.judge;
import static eu.csar.it.orders.DetectionOrderIT.ok;
import static eu.csar.it.orders.DetectionOrderIT.planned;
import static eu.csar.it.orders.DetectionOrderIT.platformNow;
import static eu.csar.it.orders.DetectionOrderIT.post;
import static eu.csar.it.orders.DetectionOrderIT.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A detection order while it is executed (Art 8(3), Art 9(3)), on the real stack with real tokens
 * and the platform clock: an 18-month order needs a mid-term report halfway (a persistent deadline);
 * Alpha answers with Annex II (the answer downloads as the Annex II form), the order pauses and so do
 * its start, report and end deadlines (the appeal window runs on); another provider and another Member State's authority do not find it, a
 * malformed answer changes nothing; the Coordinating Authority's clarification resumes it, its dates
 * move by the pause, the deadlines follow, and the grant is renewed up to the new end; the order then
 * becomes final, comes into force, its report falls due, and Alpha's report puts it back in force.
 * The issuing authority modifies an order in force at the Coordinating Authority's request: it ends
 * as MODIFIED, the replacement is transmitted with the original start, Alpha's matching moves from the
 * old set to the new one at once, and the replacement comes into force when its own appeal window closes.
 */
@ExtendWith(ArquillianExtension.class)
// next to last (junit-platform.properties): its 18-month order moves the clock more than a year ahead,
// past every earlier indicator's necessity review, whose retention rule then retires it
@Order(Integer.MAX_VALUE - 1)
class DetectionOrderExecutionIT {

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return Deployments.ear();
    }

    static Instant at(JsonObject o, String field) {
        return Instant.parse(o.getString(field));
    }

    static String deadline(String id, String kind) {
        return (String) Db.value("select state from deadlines where subject_id = ? and kind = ?", id, kind);
    }

    static Instant due(String id, String kind) {
        return Instant.parse((String) Db.value("select to_char(due_at at time zone 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.US\"Z\"')"
                + " from deadlines where subject_id = ? and kind = ?", id, kind));
    }

    static long historyRows(String id) {
        return Db.count("select count(*) from detection_order_status_changes where order_id = ?::uuid", id);
    }

    /** Within a second: the deadline service measures the pause on its own clock, milliseconds after the order's move. */
    static void assertClose(Instant expected, Instant actual, String what) {
        assertTrue(Duration.between(expected, actual).abs().compareTo(Duration.ofSeconds(1)) <= 0,
                what + ": expected " + expected + ", was " + actual);
    }

    @Test
    void anAnnexIiAnswerPausesTheOrderTheClarificationResumesItAndTheMidTermReportFallsDueAndIsGiven()
            throws java.io.IOException, InterruptedException {
        String set = indicatorSet(1).getString("id");
        String id = planned("KNOWN_MATERIAL", "P18M", set);
        ok(post(ORDERS + "/" + id + "/submission", "", ca()), "SUBMITTED");
        Instant start = platformNow().plus(Duration.ofDays(130)).truncatedTo(ChronoUnit.SECONDS);
        ok(post(ORDERS + "/" + id + "/issue", Json.createObjectBuilder().add("issuingAuthority", "Rechtbank Den Haag (demo)")
                .add("start", start.toString()).add("reasons", "Significant risk (synthetic)").build().toString(), judge()),
                "TRANSMITTED");
        try {
            JsonObject received = ok(post(ORDERS + "/" + id + "/receipt", "", alpha()), "RECEIVED");
            Instant end = at(received, "end");
            Instant half = start.plus(Duration.between(start, end).dividedBy(2));
            assertEquals(half, at(received.getJsonObject("execution"), "midTermReportDueAt"),
                    "18 months is over the profile's 12: the report is due halfway");
            assertEquals("SCHEDULED", deadline(id, "detection-order.mid-term-report"));
            assertEquals(half, due(id, "detection-order.mid-term-report"));

            long rows = historyRows(id);
            String annexIi = Json.createObjectBuilder().add("ground", "INSUFFICIENT_INFORMATION")
                    .add("explanation", "The order does not say which links are public (synthetic)")
                    .add("clarificationRequested", "Which of AlphaDrive's link types are in scope? (synthetic)").build().toString();
            assertEquals(400, post(ORDERS + "/" + id + "/annex-ii", annexIi.replace("INSUFFICIENT_INFORMATION", "BORED"), alpha()).status());
            assertEquals(400, post(ORDERS + "/" + id + "/annex-ii", "{\"ground\":\"MANIFEST_ERRORS\",\"explanation\":\" \","
                    + "\"clarificationRequested\":\"x\"}", alpha()).status());
            assertEquals(404, post(ORDERS + "/" + id + "/annex-ii", annexIi, Tokens.provider(Provider.BETA)).status());
            assertEquals(403, post(ORDERS + "/" + id + "/annex-ii", annexIi, ca()).status());
            assertEquals(rows, historyRows(id), "refused answers write nothing");
            assertEquals("RECEIVED", Api.get(ORDERS + "/" + id, ca()).json().getString("state"));

            assertEquals(409, Api.getBytes(ORDERS + "/" + id + "/annex-ii.pdf", ca()).status(), "no answer, no Annex II form");
            JsonObject paused = ok(post(ORDERS + "/" + id + "/annex-ii", annexIi, alpha()), "PAUSED_BEFORE_FINAL");
            String form = OrderAnnexIT.pdf(ORDERS + "/" + id + "/annex-ii.pdf", ca(), paused.getString("verificationHash"));
            OrderAnnexIT.contains(form, java.util.List.of("ANNEX II", "does not contain sufficient information",
                    "The order does not say which links are public (synthetic)", "Which of AlphaDrive's link types are in scope?",
                    id));
            assertEquals(404, Api.getBytes(ORDERS + "/" + id + "/annex-ii.pdf", Tokens.provider(Provider.BETA)).status());
            JsonObject answer = paused.getJsonObject("execution");
            assertEquals("INSUFFICIENT_INFORMATION", answer.getString("annexIiGround"));
            assertEquals("Which of AlphaDrive's link types are in scope? (synthetic)", answer.getString("clarificationRequested"));
            Instant pausedAt = at(answer, "annexIiAt");
            for (String kind : new String[] {"detection-order.start", "detection-order.mid-term-report", "detection-order.end"}) {
                assertEquals("PAUSED", deadline(id, kind), kind + " waits, as the profile's annex-ii-pauses says");
            }
            assertEquals("SCHEDULED", deadline(id, "detection-order.final"), "the court's appeal window is not the provider's");
            assertEquals(1, Db.count("select count(*) from audit_events where action = 'DETECTION_ORDER_ANNEX_II_ANSWERED'"
                    + " and object_id = ? and outcome = 'SUCCESS'", id));
            assertEquals(1, Db.count("select count(*) from audit_events where action = 'DETECTION_ORDER_ANNEX_II_ANSWERED'"
                    + " and object_id = ? and outcome = 'NOT_FOUND'", id), "Beta's try is on the trail too");

            advance("P10D");
            assertEquals(404, post(ORDERS + "/" + id + "/clarification", text("x"), Tokens.user("ca-de")).status());
            assertEquals(403, post(ORDERS + "/" + id + "/clarification", text("x"), alpha()).status());
            assertEquals(400, post(ORDERS + "/" + id + "/clarification", text(" "), ca()).status());
            JsonObject resumed = ok(post(ORDERS + "/" + id + "/clarification",
                    text("Public share links and embedded previews (synthetic)"), ca()), "RECEIVED");
            Duration pause = Duration.between(pausedAt, at(resumed.getJsonObject("execution"), "clarifiedAt"));
            assertTrue(pause.compareTo(Duration.ofDays(10)) >= 0, pause.toString());
            Instant newStart = at(resumed, "start");
            Instant newEnd = at(resumed, "end");
            assertClose(start.plus(pause), newStart, "the start moves by the pause");
            assertClose(end.plus(pause), newEnd, "the end moves by the pause");
            assertClose(half.plus(pause), at(resumed.getJsonObject("execution"), "midTermReportDueAt"), "so does the report");
            for (String kind : new String[] {"detection-order.start", "detection-order.mid-term-report", "detection-order.end"}) {
                assertEquals("SCHEDULED", deadline(id, kind), kind + " runs again");
            }
            assertEquals(newStart, due(id, "detection-order.start"), "the order shows its start deadline's due time");
            assertEquals(newEnd, due(id, "detection-order.end"), "and its end deadline's");
            assertEquals(at(resumed.getJsonObject("execution"), "midTermReportDueAt"), due(id, "detection-order.mid-term-report"));
            assertEquals(1, Db.count("select count(*) from indicator_grants where order_reference = ? and revoked_at is not null", id),
                    "the grant for the old period ends");
            assertEquals(1, Db.count("select count(*) from indicator_grants where order_reference = ? and revoked_at is null"
                    + " and valid_until = ?::timestamptz", id, newEnd.toString()), "a grant up to the new end replaces it");
            assertEquals(1, resumed.getJsonArray("grants").size());

            advance("P5W");
            assertEquals("FINAL", Api.get(ORDERS + "/" + id, ca()).json().getString("state"));
            advance("P4M");
            assertEquals("IN_FORCE", Api.get(ORDERS + "/" + id, ca()).json().getString("state"));
            assertEquals(409, post(ORDERS + "/" + id + "/mid-term-report", text("early (synthetic)"), alpha()).status(),
                    "not before it is due");
            // the profile's reminder before the report falls due (two weeks in COM-2022-209) reaches the provider's inbox
            Inbox alphasOwn = Inbox.watch(alpha());
            Inbox betasOwn = Inbox.watch(Tokens.provider(Provider.BETA));
            Instant reportDue = at(Api.get(ORDERS + "/" + id, ca()).json().getJsonObject("execution"), "midTermReportDueAt");
            advance("P" + (Duration.between(platformNow(), reportDue).toDays() - 1) + "D");
            assertEquals("IN_FORCE", Api.get(ORDERS + "/" + id, ca()).json().getString("state"), "a day before it is due");
            JsonObject reminder = alphasOwn.awaitNew(java.util.UUID.fromString(id), "DEADLINE_REMINDER");
            assertEquals("PROVIDER:" + Provider.ALPHA.providerId, reminder.getString("recipient"), reminder.toString());
            assertTrue(reminder.getString("summary").contains("your mid-term report"), reminder.toString());
            assertEquals("/portal/orders/provider-orders.xhtml", reminder.getString("link"));
            assertTrue(betasOwn.newItemsAbout(java.util.UUID.fromString(id)).isEmpty(), "not in another provider's inbox");
            advance("P2D");
            JsonObject dueNow = Api.get(ORDERS + "/" + id, ca()).json();
            assertEquals("MID_TERM_REPORT_DUE", dueNow.getString("state"), dueNow.toString());
            JsonObject reported = ok(post(ORDERS + "/" + id + "/mid-term-report",
                    text("1,204 uploads checked, 3 matches, all confirmed by review (synthetic)"), alpha()), "IN_FORCE");
            assertEquals("1,204 uploads checked, 3 matches, all confirmed by review (synthetic)",
                    reported.getJsonObject("execution").getString("midTermReport"));
            assertEquals("1,204 uploads checked, 3 matches, all confirmed by review (synthetic)",
                    Db.value("select mid_term_report from detection_orders where id = ?::uuid", id));
            for (String action : new String[] {"DETECTION_ORDER_RESUMED", "DETECTION_ORDER_MID_TERM_REPORT_DUE",
                    "DETECTION_ORDER_MID_TERM_REPORTED"}) {
                assertEquals(1, Db.count("select count(*) from audit_events where action = ? and object_id = ? and outcome = 'SUCCESS'",
                        action, id), action);
            }
            assertEquals("Art 9(3)", Db.value("select legal_basis from detection_order_status_changes where order_id = ?::uuid"
                    + " and event = 'RECORD_MID_TERM_REPORT'", id));
        } finally {
            Api.postJson("/test-support/clock/reset", "{}", admin());
        }
    }

    @Test
    void aModifiedOrderIsReplacedTheGrantsMoveToItsSetsAndItComesIntoForceWhenFinal() {
        JsonObject first = indicatorSet(1);
        JsonObject second = indicatorSet(1);
        String firstPdq = first.getJsonArray("samples").getJsonObject(0).getString("value");
        String secondPdq = second.getJsonArray("samples").getJsonObject(0).getString("value");
        String id = planned("KNOWN_MATERIAL", "P12M", first.getString("id"));
        ok(post(ORDERS + "/" + id + "/submission", "", ca()), "SUBMITTED");
        Instant start = platformNow().plus(Duration.ofDays(100)).truncatedTo(ChronoUnit.SECONDS);
        ok(post(ORDERS + "/" + id + "/issue", Json.createObjectBuilder().add("issuingAuthority", "Rechtbank Den Haag (demo)")
                .add("start", start.toString()).add("reasons", "Significant risk (synthetic)").build().toString(), judge()),
                "TRANSMITTED");
        try {
            ok(post(ORDERS + "/" + id + "/receipt", "", alpha()), "RECEIVED");
            advance("P5W");
            advance("P3M");
            assertEquals("IN_FORCE", Api.get(ORDERS + "/" + id, ca()).json().getString("state"));
            assertEquals(1, DetectionOrderIT.awaitMatches(firstPdq, 1));

            long orders = Db.count("select count(*) from detection_orders");
            String modification = Json.createObjectBuilder().add("issuingAuthority", "Rechtbank Den Haag (demo)")
                    .add("indicatorSets", Json.createArrayBuilder().add(second.getString("id"))).add("duration", "P18M")
                    .add("safeguards", "Human review of every hit by two reviewers (synthetic)")
                    .add("reasons", "The mid-term assessment showed a second set is needed (synthetic)").build().toString();
            assertEquals(403, post(ORDERS + "/" + id + "/modification", modification, ca()).status());
            assertEquals(403, post(ORDERS + "/" + id + "/modification", modification, alpha()).status());
            assertEquals(400, post(ORDERS + "/" + id + "/modification", modification.replace(second.getString("id"),
                    java.util.UUID.randomUUID().toString()), judge()).status(), "an unknown set");
            assertEquals(400, post(ORDERS + "/" + id + "/modification", modification.replace("P18M", "P25M"), judge()).status(),
                    "over the type's maximum from the original start");
            assertEquals(orders, Db.count("select count(*) from detection_orders"), "refused modifications create nothing");
            assertEquals("IN_FORCE", Api.get(ORDERS + "/" + id, ca()).json().getString("state"));

            Api.Response created = post(ORDERS + "/" + id + "/modification", modification, judge());
            assertEquals(201, created.status(), created.toString());
            JsonObject replacement = created.json();
            String newId = replacement.getString("id");
            assertTrue(created.header("Location").orElseThrow().endsWith(ORDERS + "/" + newId), created.toString());
            assertEquals("TRANSMITTED", replacement.getString("state"));
            assertEquals(id, replacement.getString("replaces"));
            assertEquals(start, at(replacement, "start"), "the original start");
            assertEquals(start.atZone(java.time.ZoneOffset.UTC).plusMonths(18).toInstant(), at(replacement, "end"));
            JsonObject old = Api.get(ORDERS + "/" + id, ca()).json();
            assertEquals("MODIFIED", old.getString("state"));
            assertEquals(newId, old.getString("replacedBy"));
            assertEquals(0, Db.count("select count(*) from deadlines where subject_id = ? and state in ('SCHEDULED', 'PAUSED')", id),
                    "the modified order's clocks stop");
            assertEquals(0, DetectionOrderIT.awaitMatches(firstPdq, 0), "the first set's grant ended with the old order");
            assertEquals(1, DetectionOrderIT.awaitMatches(secondPdq, 1), "detection goes on with the new set at once");
            assertEquals(1, Db.count("select count(*) from audit_events where action = 'DETECTION_ORDER_MODIFIED' and object_id = ?"
                    + " and outcome = 'SUCCESS'", id));
            assertEquals("MODIFICATION", Db.value("select event from detection_order_status_changes where order_id = ?::uuid"
                    + " and from_state is null", newId));

            ok(post(ORDERS + "/" + newId + "/receipt", "", alpha()), "RECEIVED");
            advance("P5W");
            assertEquals("IN_FORCE", Api.get(ORDERS + "/" + newId, ca()).json().getString("state"),
                    "final with its own appeal window, and its start had passed: in force at once");
            assertEquals(409, post(ORDERS + "/" + id + "/modification", modification, judge()).status(), "modified once");
        } finally {
            Api.postJson("/test-support/clock/reset", "{}", admin());
        }
    }
}
