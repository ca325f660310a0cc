package eu.csar.it.reports;

import eu.csar.it.indicators.ScreenSteps;
import eu.csar.it.support.Api;
import eu.csar.it.support.Browser;
import eu.csar.it.support.Db;
import eu.csar.it.support.Deployments;
import eu.csar.it.support.Tokens;
import eu.csar.it.support.Tokens.Provider;
import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.as.arquillian.container.ManagementClient;
import org.jboss.dmr.ModelNode;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import static eu.csar.it.reports.ReportTriageIT.await;
import static eu.csar.it.reports.ReportTriageIT.digest;
import static eu.csar.it.reports.ReportTriageIT.random;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Forwarding beyond the push (issue 11 §4) on the real stack. The pull API: with France's police
 * configured to pull ({@code csar.forwarding.endpoint.FR=pull}, set through WildFly's management),
 * its deliveries get no job and wait; police-fr fetches them urgent first, page by page (cursor), each
 * with the document a push sends, acknowledges them (twice: the same answer), and the report that
 * also went to Germany by push becomes FORWARDED once both are DELIVERED. Germany's delivery and
 * another recipient's are 404 for police-fr and Europol, a provider is 403, a bad cursor, limit or id
 * a 400 problem; every fetch and acknowledgement is audited. The operator screen: a delivery refused
 * by its endpoint (a path of the demo receiver that answers 404) is FAILED at once with its attempt
 * log; after the endpoint is fixed an administrator delivers it again from the page in Chromium and it
 * arrives once; an auditor may only look (screenshots at 1280 and 390 px, English and Dutch). A DEAD delivery's job
 * rests on the dead-letter queue until it is delivered again, which takes the job off in the same transaction; the
 * screen says whether it is there. A delivery to a pulling recipient that nobody fetched for longer than the alarm
 * (the platform clock moved a day on) is listed as waiting too long, a newer one not; once its recipient pushes again
 * an administrator delivers it again from the screen and it arrives once.
 */
@ExtendWith(ArquillianExtension.class)
@ExtendWith(AlphaSigningKey.class)
class ReportDeliveriesIT {

    static final String PAGE = "/portal/operations/report-deliveries.xhtml";
    static final String DELIVERIES = "/api/v1/deliveries";

    @ArquillianResource
    ManagementClient management;

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return Deployments.ear();
    }

    @Test
    void aPullingRecipientFetchesItsDeliveriesUrgentFirstAndTheLastAcknowledgementForwardsTheReport() throws Exception {
        UUID both = ReportTriageIT.submit(List.of(digest("MD5", random(16))), false);
        UUID urgent = ReportTriageIT.submit(List.of(digest("SHA256", random(32))), true);
        endpoint("FR", "pull");
        try {
            ReportForwardingIT.decideForward(both, "[\"FR\",\"DE\"]", false);
            ReportForwardingIT.decideForward(urgent, "[\"FR\"]", false);
            UUID frBoth = delivery(both, "FR");
            UUID de = delivery(both, "DE");
            UUID frUrgent = delivery(urgent, "FR");
            await(() -> "DELIVERED".equals(Db.value("select state from report_deliveries where id = ?", de)), "Germany's push delivery");
            assertEquals(0, Db.count("select count(*) from outbox_messages where properties like ? or properties like ?",
                    "%deliveryId=" + frBoth + "%", "%deliveryId=" + frUrgent + "%"), "a pulling recipient's delivery gets no job");
            Thread.sleep(2000);
            assertEquals("PENDING", Db.value("select state from report_deliveries where id = ?", frBoth), "it waits");
            assertEquals("FORWARD_DECIDED", Db.value("select state from reports where id = ?", both));
            assertTrue(ReportForwardingIT.received(both).stream().noneMatch(d -> d.getString("recipient").equals("FR")), "not pushed");

            // Fetch one at a time: the urgent report's delivery first, then the older one by the cursor.
            String police = Tokens.user("police-fr");
            List<JsonObject> fetched = new java.util.ArrayList<>();
            String cursor = null;
            do {
                Api.Response page = Api.get(DELIVERIES + "?limit=1" + (cursor == null ? "" : "&cursor="
                        + URLEncoder.encode(cursor, StandardCharsets.UTF_8)), police);
                assertEquals(200, page.status(), page.toString());
                assertTrue(page.json().getJsonArray("deliveries").size() <= 1);
                page.json().getJsonArray("deliveries").getValuesAs(JsonObject.class).forEach(fetched::add);
                cursor = page.json().containsKey("next") ? page.json().getString("next") : null;
            } while (cursor != null);
            List<String> ids = fetched.stream().map(d -> d.getString("deliveryId")).toList();
            assertTrue(ids.contains(frUrgent.toString()) && ids.contains(frBoth.toString()), ids.toString());
            assertTrue(ids.indexOf(frUrgent.toString()) < ids.indexOf(frBoth.toString()), "urgent first: " + ids);
            assertFalse(ids.contains(de.toString()), "Germany's delivery is not France's");
            JsonObject item = fetched.get(ids.indexOf(frBoth.toString()));
            JsonObject document = item.getJsonObject("document");
            assertEquals(frBoth.toString(), document.getString("deliveryId"), "the Delivery-Id a push sends, in the document");
            assertEquals("FR", document.getString("recipient"));
            assertEquals(both.toString(), document.getJsonObject("report").getString("id"));
            assertFalse(document.getString("signature").isBlank());
            assertTrue(document.getJsonArray("vaultReferences").isEmpty(), "hashes only");
            assertFalse(item.getString("waitingSince").isBlank());
            assertTrue(ReportIntakeIT.audited("REPORT_DELIVERY_PULLED", both.toString(), "SUCCESS") >= 1, "the fetch audited");

            // Nobody else's: Europol and providers see or acknowledge none of it; bad input is a problem.
            Api.Response europol = Api.get(DELIVERIES, Tokens.user("europol"));
            assertEquals(200, europol.status(), europol.toString());
            assertFalse(europol.body().contains(frBoth.toString()) || europol.body().contains(frUrgent.toString()));
            assertEquals(403, Api.get(DELIVERIES, Tokens.provider(Provider.ALPHA)).status());
            ReportIntakeIT.assertProblem(Api.get(DELIVERIES + "?cursor=not-ours", police), 400, "cursor");
            ReportIntakeIT.assertProblem(Api.get(DELIVERIES + "?limit=0", police), 400, "limit");
            ReportIntakeIT.assertProblem(Api.get(DELIVERIES + "?limit=many", police), 400, "limit");
            ReportIntakeIT.assertProblem(Api.postJson(ack("no-uuid"), "{}", police), 400, "id");
            assertEquals(404, Api.postJson(ack(de), "{}", police).status(), "Germany's delivery does not exist for France's police");
            assertEquals(404, Api.postJson(ack(frBoth), "{}", Tokens.user("europol")).status(), "nor France's for Europol");
            assertEquals(404, Api.postJson(ack(UUID.randomUUID()), "{}", police).status());
            assertEquals(403, Api.postJson(ack(frBoth), "{}", Tokens.provider(Provider.ALPHA)).status());
            assertEquals("PENDING", Db.value("select state from report_deliveries where id = ?", frBoth));

            // Acknowledged: DELIVERED, the report FORWARDED as after a push; again: the same answer, nothing new.
            Api.Response acked = Api.post(ack(frBoth), "", police);
            assertEquals(200, acked.status(), acked.toString());
            assertEquals("DELIVERED", acked.json().getString("state"));
            assertFalse(acked.json().getBoolean("acknowledgedBefore"));
            assertEquals("FORWARDED", Db.value("select state from reports where id = ?", both), "the last delivery: FORWARDED at once");
            Api.Response again = Api.postJson(ack(frBoth), "{}", police);
            assertEquals(200, again.status(), again.toString());
            assertTrue(again.json().getBoolean("acknowledgedBefore"));
            assertEquals(acked.json().getString("deliveredAt"), again.json().getString("deliveredAt"));
            assertEquals(1, Db.count("select count(*) from report_delivery_attempts where delivery_id = ? and outcome = 'DELIVERED'"
                    + " and http_status is null", frBoth), "one row of the delivery log, without an HTTP status");
            assertEquals(1, Db.count("select count(*) from report_status_changes where report_id = ? and event = 'FORWARD'", both));
            assertEquals(1, ReportIntakeIT.audited("REPORT_FORWARDED", both.toString(), "SUCCESS"));
            assertEquals(2, ReportIntakeIT.audited("REPORT_DELIVERY_ACKNOWLEDGED", both.toString(), "SUCCESS"));
            assertTrue(Db.count("select count(*) from audit_events where action = 'REPORT_DELIVERY_ACKNOWLEDGED' and outcome = 'NOT_FOUND'"
                    + " and purpose like ?", "%" + de + "%") >= 1, "the refused acknowledgement audited");
            assertEquals("FORWARDED", ReportIntakeIT.read(both.toString(), Tokens.provider(Provider.ALPHA))
                    .getJsonObject("feedback").getString("status"));

            assertEquals(200, Api.postJson(ack(frUrgent), "{}", police).status());
            ReportForwardingIT.awaitForwarded(urgent);
            Api.Response after = Api.get(DELIVERIES + "?limit=100", police);
            assertFalse(after.body().contains(frBoth.toString()) || after.body().contains(frUrgent.toString()), "no longer waiting");
        } finally {
            endpoint("FR", null);
        }
    }

    @Test
    void aRefusedDeliveryIsFailedAndDeliveredAgainFromTheOperatorScreenArrivesOnce() throws Exception {
        UUID report = ReportTriageIT.submit(List.of(digest("MD5", random(16))), true);
        UUID lu;
        // a path of the demo receiver that does not exist: it answers 404, a refusal for good
        endpoint("LU", ReportForwardingIT.RECEIVER + "/nowhere/LU");
        try {
            ReportForwardingIT.decideForward(report, "[\"LU\"]", false);
            lu = delivery(report, "LU");
            await(() -> "FAILED".equals(Db.value("select state from report_deliveries where id = ?", lu)), "the refusal");
        } finally {
            endpoint("LU", null); // the operator fixes the endpoint: the demo receiver's default again
        }
        assertEquals(1, Db.count("select count(*) from report_delivery_attempts where delivery_id = ? and outcome = 'FAILED'"
                + " and http_status = 404", lu));
        assertEquals("FORWARD_DECIDED", Db.value("select state from reports where id = ?", report));

        try (Browser browser = Browser.start()) {
            WebDriver driver = browser.loginAs("admin", PAGE).open(PAGE).driver();
            browser.waitUp().until(d -> !rows(d, report).isEmpty());
            WebElement row = rows(driver, report).get(0);
            assertTrue(row.getText().contains("LU") && row.getText().contains(lu.toString()), row.getText());
            assertEquals("FAILED", row.findElement(By.className("csar-delivery-state")).getAttribute("data-state"));
            String log = row.findElement(By.className("csar-delivery-log")).getText();
            assertTrue(log.contains("HTTP 404") && log.contains("refused by the recipient"), log);
            ScreenSteps.screenshots(browser, "portal-report-deliveries-en");

            driver.findElement(By.id("session:lang-nl")).click();
            browser.waitUp().until(d -> "nl".equals(d.findElement(By.tagName("html")).getAttribute("lang")));
            browser.waitUp().until(d -> !rows(d, report).isEmpty());
            assertTrue(rows(driver, report).get(0).getText().contains("Mislukt"), rows(driver, report).get(0).getText());
            ScreenSteps.screenshots(browser, "portal-report-deliveries-nl");

            rows(driver, report).get(0).findElement(By.cssSelector("button[id$=':redeliver']")).click();
            browser.waitUp().until(d -> d.findElement(By.id("messages")).getText().contains(report.toString()));
            browser.settle();
            assertTrue(rows(driver, report).isEmpty(), "no longer failed");
        }
        arrivedOnce(report, lu, 2, "the refused attempt and the one after the redelivery");
        assertEquals(1, ReportIntakeIT.audited("REPORT_DELIVERY_REDELIVERED", report.toString(), "SUCCESS"));
        assertEquals(1, Db.count("select count(*) from audit_entries where action = 'REPORT_DELIVERY_REDELIVERED' and actor = 'admin'"
                + " and object_id = ?", report.toString()));

        try (Browser browser = Browser.start()) {
            browser.loginAs("auditor", PAGE).open(PAGE);
            browser.waitUp().until(d -> !d.findElements(By.id("deliveries:table")).isEmpty());
            assertFalse(browser.driver().findElements(By.id("deliveries-read-only")).isEmpty(), "told it is read-only");
            assertTrue(browser.driver().findElements(By.cssSelector("button[id$=':redeliver']")).isEmpty(), "read-only for auditors");
        }
    }

    /**
     * A DEAD delivery's job rests on the dead-letter queue; delivering it again from the screen takes it off in the
     * same transaction. Twenty attempts on the shipped schedule take 14 minutes, so for this test the queue's
     * redelivery delay is 100 ms (set through WildFly's management, as the endpoints are, and put back after);
     * the endpoint is a closed port, as a recipient that is down.
     */
    @Test
    void aDeadDeliveryDeliveredAgainLeavesTheDeadLetterQueueAndArrivesOnce() throws Exception {
        UUID report = ReportTriageIT.submit(List.of(digest("MD5", random(16))), false);
        UUID other = ReportTriageIT.submit(List.of(digest("MD5", random(16))), false);
        UUID at;
        UUID cz;
        endpoint("AT", "http://127.0.0.1:1/deliveries/AT");
        endpoint("CZ", "http://127.0.0.1:1/deliveries/CZ");
        deliveryQueueDelays(100, 100);
        try {
            ReportForwardingIT.decideForward(report, "[\"AT\"]", false);
            ReportForwardingIT.decideForward(other, "[\"CZ\"]", false);
            at = delivery(report, "AT");
            cz = delivery(other, "CZ");
            await(() -> "DEAD".equals(Db.value("select state from report_deliveries where id = ?", at)), "twenty failed attempts");
            await(() -> deadLetters(at) == 1, "the job moved to the dead-letter queue after the last attempt");
            await(() -> "DEAD".equals(Db.value("select state from report_deliveries where id = ?", cz)), "twenty failed attempts");
            await(() -> deadLetters(cz) == 1, "the other job moved to the dead-letter queue");
        } finally {
            deliveryQueueDelays(1000, 60000); // the shipped schedule (configure-91-report-forwarding.cli)
            endpoint("AT", null); // the operator fixes the endpoint: the demo receiver's default again
            endpoint("CZ", null);
        }
        assertEquals(20, Db.count("select attempts from report_deliveries where id = ?", at));
        assertEquals(1, ReportIntakeIT.audited("REPORT_DELIVERY_DEAD", report.toString(), "SUCCESS"));
        assertEquals(1, deadLetters(at), "still there while nobody has dealt with it");
        removeDeadLetters(cz); // an operator removed the other job in the console: its delivery is DEAD without a job

        try (Browser browser = Browser.start()) {
            WebDriver driver = browser.loginAs("admin", PAGE).open(PAGE).driver();
            browser.waitUp().until(d -> !rows(d, report).isEmpty());
            assertEquals("DEAD", rows(driver, report).get(0).findElement(By.className("csar-delivery-state")).getAttribute("data-state"));
            WebElement dead = rows(driver, report).get(0).findElement(By.className("csar-delivery-dead-letter"));
            assertEquals("YES", dead.getAttribute("data-dead-letter"), "its job is on the dead-letter queue");
            assertEquals("yes", dead.getText());
            assertEquals("NO", rows(driver, other).get(0).findElement(By.className("csar-delivery-dead-letter"))
                    .getAttribute("data-dead-letter"), "the other's job is not");
            rows(driver, report).get(0).findElement(By.cssSelector("button[id$=':redeliver']")).click();
            browser.waitUp().until(d -> d.findElement(By.id("messages")).getText().contains(report.toString()));
            browser.settle();
            rows(driver, other).get(0).findElement(By.cssSelector("button[id$=':redeliver']")).click();
            browser.waitUp().until(d -> d.findElement(By.id("messages")).getText().contains(other.toString()));
        }
        arrivedOnce(other, cz, 21, "twenty failed attempts and the one after the redelivery");
        assertEquals(1, Db.count("select count(*) from audit_entries where action = 'REPORT_DELIVERY_REDELIVERED' and actor = 'admin'"
                + " and object_id = ? and purpose like ? and purpose not like ?", other.toString(), "%was DEAD after 20 attempts%",
                "%dead-letter queue%"), "no job taken off: it was not there");
        arrivedOnce(report, at, 21, "twenty failed attempts and the one after the redelivery");
        assertEquals(0, deadLetters(at), "taken off the dead-letter queue with the redelivery");
        assertEquals(1, Db.count("select count(*) from report_delivery_attempts where delivery_id = ? and outcome = 'DELIVERED'", at));
        assertEquals(1, Db.count("select count(*) from audit_entries where action = 'REPORT_DELIVERY_REDELIVERED' and actor = 'admin'"
                + " and object_id = ? and purpose like ?", report.toString(), "%was DEAD after 20 attempts, its old job taken off the dead-letter queue%"));
        Thread.sleep(2000);
        assertEquals(1, ReportForwardingIT.received(report).size(), "no old job came back to deliver it again");
        assertEquals(0, deadLetters(at));
    }

    /**
     * A delivery to a recipient that pulls (Belgium's police here) that nobody fetched for longer than
     * {@code csar.forwarding.waiting-alarm-after} (a day by default: the platform clock moves 25 hours on) is
     * listed as waiting too long, a newer one is not; while the recipient pulls there is nothing to deliver
     * again; once it pushes, an auditor sees the row without the action and an administrator delivers it
     * again, which the demo receiver gets once.
     */
    @Test
    void aDeliveryNobodyFetchesIsListedAsWaitingTooLongAndDeliveredAgainOnceItsRecipientPushes() throws Exception {
        UUID old = ReportTriageIT.submit(List.of(digest("MD5", random(16))), false);
        UUID newer = ReportTriageIT.submit(List.of(digest("MD5", random(16))), false);
        UUID oldBe;
        try {
            endpoint("BE", "pull");
            try {
                ReportForwardingIT.decideForward(old, "[\"BE\"]", false);
                oldBe = delivery(old, "BE");
                assertEquals(200, Api.postJson("/test-support/clock/advance", "{\"by\":\"PT25H\"}", Tokens.user("admin")).status());
                ReportForwardingIT.decideForward(newer, "[\"BE\"]", false);
                delivery(newer, "BE");

                // Nobody has to open the screen: the alarm reaches the operators' inbox (the sweep looks every 20 s).
                await(() -> Db.count(OPERATORS_NOTICE, oldBe) == 1, "the operators' notice of BE's delivery waiting");
                Map<String, Object> notice = Db.rows("select id, changes, due_at, subject_label, source_message_id from notifications"
                        + " where recipient = 'EU_CENTRE_OPERATIONS' and kind = 'DELIVERIES_WAITING' and subject_id = ?", oldBe).get(0);
                assertEquals("1,BE,NORMAL", notice.get("changes"), "one non-urgent delivery to BE");
                assertEquals("BE", notice.get("subject_label"));
                assertEquals(Db.value("select created_at from report_deliveries where id = ?", oldBe), notice.get("due_at"),
                        "since the delivery was made");
                assertTrue(notice.get("source_message_id").toString().startsWith("deliveries-waiting:BE:NORMAL:"), notice.toString());
                assertEquals(1, Db.count("select count(*) from audit_entries where action = 'NOTICE_DELIVERED' and actor = 'system'"
                        + " and object_id = ?", notice.get("id").toString()));
                JsonObject item = inboxItem(Tokens.user("admin"), oldBe, "en").orElseThrow();
                assertEquals("/portal/operations/report-deliveries.xhtml", item.getString("link"));
                assertTrue(item.getString("summary").startsWith("BE: One non-urgent delivery of forwarded reports to this recipient not fetched"),
                        item.toString());
                assertTrue(inboxItem(Tokens.user("admin"), oldBe, "nl").orElseThrow().getString("summary")
                        .startsWith("BE: Eén niet-spoedeisende aflevering van doorgestuurde meldingen aan deze ontvanger"));
                assertTrue(inboxItem(Tokens.user("reviewer"), oldBe, "en").isEmpty(), "an operators' alarm, not the reviewers'");
                assertEquals(0, Db.count(OPERATORS_NOTICE, newer), "the newer delivery raises nothing yet");

                try (Browser browser = Browser.start()) {
                    WebDriver driver = browser.loginAs("admin", PAGE).open(PAGE).driver();
                    browser.waitUp().until(d -> !waitingRows(d, old).isEmpty());
                    WebElement row = waitingRows(driver, old).get(0);
                    assertTrue(row.getText().contains("BE") && row.getText().contains(oldBe.toString()), row.getText());
                    assertTrue(row.findElement(By.className("csar-waiting-for")).getText().startsWith("25 h"), row.getText());
                    assertEquals("PULL", row.findElement(By.className("csar-waiting-mode")).getAttribute("data-mode"));
                    assertTrue(row.getText().contains("Waits for the recipient's fetch"), row.getText());
                    assertTrue(row.findElements(By.cssSelector("button[id$=':redeliver-waiting']")).isEmpty(),
                            "nothing to deliver again while the recipient pulls");
                    assertTrue(waitingRows(driver, newer).isEmpty(), "a delivery waiting an instant is no alarm");
                    ScreenSteps.screenshots(browser, "portal-report-deliveries-waiting-en");

                    driver.findElement(By.id("session:lang-nl")).click();
                    browser.waitUp().until(d -> "nl".equals(d.findElement(By.tagName("html")).getAttribute("lang")));
                    browser.waitUp().until(d -> !waitingRows(d, old).isEmpty());
                    assertTrue(waitingRows(driver, old).get(0).getText().contains("haalt op"), waitingRows(driver, old).get(0).getText());
                    assertTrue(driver.findElement(By.id("waiting-title")).getText().contains("te lang"));
                    ScreenSteps.screenshots(browser, "portal-report-deliveries-waiting-nl");

                    browser.open("/portal/inbox.xhtml");
                    WebElement alarm = browser.waitUp().until(d -> d.findElement(By.xpath(
                            "//tr[.//a[contains(@href, '/portal/operations/report-deliveries.xhtml')]]")));
                    assertTrue(alarm.getText().contains("BE") && alarm.getText().contains("aan deze ontvanger"), alarm.getText());
                    ScreenSteps.screenshots(browser, "portal-inbox-deliveries-waiting-nl");
                }
                assertEquals(1, Db.count(OPERATORS_NOTICE, oldBe), "one notice a day, however often the sweep looks");
            } finally {
                endpoint("BE", null); // Belgium's police receive deliveries again (the demo receiver)
            }

            try (Browser browser = Browser.start()) {
                browser.loginAs("auditor", PAGE).open(PAGE);
                browser.waitUp().until(d -> !waitingRows(d, old).isEmpty());
                WebElement row = waitingRows(browser.driver(), old).get(0);
                assertEquals("PUSH", row.findElement(By.className("csar-waiting-mode")).getAttribute("data-mode"));
                assertTrue(row.findElements(By.cssSelector("button[id$=':redeliver-waiting']")).isEmpty(), "read-only for auditors");
            }
            try (Browser browser = Browser.start()) {
                WebDriver driver = browser.loginAs("admin", PAGE).open(PAGE).driver();
                browser.waitUp().until(d -> !waitingRows(d, old).isEmpty());
                waitingRows(driver, old).get(0).findElement(By.cssSelector("button[id$=':redeliver-waiting']")).click();
                browser.waitUp().until(d -> d.findElement(By.id("messages")).getText().contains(old.toString()));
                browser.settle();
                assertTrue(waitingRows(driver, old).isEmpty(), "no longer waiting");
            }
            arrivedOnce(old, oldBe, 1, "the one attempt after the redelivery");
            assertEquals(1, Db.count("select count(*) from audit_entries where action = 'REPORT_DELIVERY_REDELIVERED' and actor = 'admin'"
                    + " and object_id = ? and purpose like ?", old.toString(), "%was PENDING after 0 attempts%"));
            assertEquals("PENDING", Db.value("select state from report_deliveries where report_id = ?", newer), "the newer one still waits");
        } finally {
            Api.post("/test-support/clock/reset", "", Tokens.user("admin")); // pass or fail, the next test runs at the real time
        }
    }

    // --- helpers --------------------------------------------------------------------------------------

    private static final String OPERATORS_NOTICE = "select count(*) from notifications where recipient = 'EU_CENTRE_OPERATIONS'"
            + " and kind = 'DELIVERIES_WAITING' and subject_type = 'ReportDeliveries' and subject_id = ?";

    /** The inbox item about delivery {@code delivery} as {@code token}'s caller reads it in {@code language}, if listed. */
    static Optional<JsonObject> inboxItem(String token, UUID delivery, String language) {
        Api.Response inbox = Api.raw("GET", "/api/v1/inbox", null, token, "Accept-Language", language);
        assertEquals(200, inbox.status(), inbox.toString());
        return inbox.jsonArray().getValuesAs(JsonObject.class).stream()
                .filter(o -> o.getString("subjectId").equals(delivery.toString())).findFirst();
    }

    static List<WebElement> waitingRows(WebDriver driver, UUID report) {
        return driver.findElements(By.xpath("//tr[.//span[@class='csar-waiting-report' and normalize-space(text())='" + report + "']]"));
    }

    /** Removes the jobs of {@code delivery} from {@code DLQ.ReportDeliveryQueue}, as an operator may in the console. */
    void removeDeadLetters(UUID delivery) throws Exception {
        ModelNode remove = new ModelNode();
        remove.get("operation").set("remove-messages");
        remove.get("address").setEmptyList().add("subsystem", "messaging-activemq").add("server", "default")
                .add("jms-queue", "DLQ.ReportDeliveryQueue");
        remove.get("filter").set("deliveryId = '" + delivery + "'");
        ModelNode result = management.getControllerClient().execute(remove);
        assertEquals("success", result.get("outcome").asString(), "remove the dead letters: " + result);
    }

    /** Once {@code report} is FORWARDED: the demo receiver has {@code delivery} once, by its id, DELIVERED after {@code attempts}. */
    static void arrivedOnce(UUID report, UUID delivery, int attempts, String why) throws Exception {
        ReportForwardingIT.awaitForwarded(report);
        List<JsonObject> received = ReportForwardingIT.received(report);
        assertEquals(1, received.size(), "exactly once: " + received);
        assertEquals(delivery.toString(), received.get(0).getString("deliveryId"), "the same delivery id");
        Map<String, Object> row = Db.rows("select state, attempts from report_deliveries where id = ?", delivery).get(0);
        assertEquals("DELIVERED", row.get("state"));
        assertEquals(attempts, ((Number) row.get("attempts")).intValue(), why);
    }

    static String ack(Object delivery) {
        return DELIVERIES + "/" + delivery + "/acknowledgement";
    }

    static UUID delivery(UUID report, String recipient) {
        return (UUID) Db.value("select id from report_deliveries where report_id = ? and recipient = ?", report, recipient);
    }

    static List<WebElement> rows(WebDriver driver, UUID report) {
        return driver.findElements(By.xpath("//tr[.//span[@class='csar-delivery-report' and normalize-space(text())='" + report + "']]"));
    }

    /** How many jobs of {@code delivery} rest on {@code DLQ.ReportDeliveryQueue}, counted by the broker (a JMS selector). */
    long deadLetters(UUID delivery) {
        ModelNode count = new ModelNode();
        count.get("operation").set("count-messages");
        count.get("address").setEmptyList().add("subsystem", "messaging-activemq").add("server", "default")
                .add("jms-queue", "DLQ.ReportDeliveryQueue");
        count.get("filter").set("deliveryId = '" + delivery + "'");
        ModelNode result;
        try {
            result = management.getControllerClient().execute(count);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        assertEquals("success", result.get("outcome").asString(), "count the dead letters: " + result);
        return result.get("result").asLong();
    }

    /** Sets the redelivery delay of {@code ReportDeliveryQueue} (ms) and its maximum, through the server's management. */
    void deliveryQueueDelays(long delay, long max) throws Exception {
        ModelNode read = deliveryQueueSetting("read-attribute", "redelivery-delay");
        ModelNode current = management.getControllerClient().execute(read);
        assertEquals("success", current.get("outcome").asString(), current.toString());
        // the maximum never below the delay: the delay first when it shrinks, the maximum first when it grows
        boolean shrinking = delay < current.get("result").asLong();
        for (String name : shrinking ? List.of("redelivery-delay", "max-redelivery-delay") : List.of("max-redelivery-delay", "redelivery-delay")) {
            ModelNode write = deliveryQueueSetting("write-attribute", name);
            write.get("value").set(name.equals("redelivery-delay") ? delay : max);
            ModelNode result = management.getControllerClient().execute(write);
            assertEquals("success", result.get("outcome").asString(), "set " + name + ": " + result);
        }
    }

    private static ModelNode deliveryQueueSetting(String operation, String name) {
        ModelNode op = new ModelNode();
        op.get("operation").set(operation);
        op.get("address").setEmptyList().add("subsystem", "messaging-activemq").add("server", "default")
                .add("address-setting", "jms.queue.ReportDeliveryQueue");
        op.get("name").set(name);
        return op;
    }

    /** Sets ({@code value}) or removes (null) the server's {@code csar.forwarding.endpoint.<recipient>} through its management. */
    void endpoint(String recipient, String value) throws Exception {
        String name = "csar.forwarding.endpoint." + recipient;
        ModelNode remove = new ModelNode();
        remove.get("operation").set("remove");
        remove.get("address").setEmptyList().add("system-property", name);
        management.getControllerClient().execute(remove); // absent: nothing to remove
        if (value != null) {
            ModelNode add = new ModelNode();
            add.get("operation").set("add");
            add.get("address").setEmptyList().add("system-property", name);
            add.get("value").set(value);
            ModelNode result = management.getControllerClient().execute(add);
            assertEquals("success", result.get("outcome").asString(), "set " + name + ": " + result);
        }
    }
}
