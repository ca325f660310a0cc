package eu.csar.it.reports;

import eu.csar.it.indicators.ScreenSeed;
import eu.csar.it.indicators.ScreenSteps;
import eu.csar.it.support.Api;
import eu.csar.it.support.Browser;
import eu.csar.it.support.Db;
import eu.csar.it.support.Deployments;
import eu.csar.it.support.Tokens;
import eu.csar.it.support.Tokens.Provider;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.UnaryOperator;

import static eu.csar.it.reports.ReportTriageIT.await;
import static eu.csar.it.reports.ReportTriageIT.awaitTriage;
import static eu.csar.it.reports.ReportTriageIT.digest;
import static eu.csar.it.reports.ReportTriageIT.pdq;
import static eu.csar.it.reports.ReportTriageIT.random;
import static eu.csar.it.reports.ReportTriageIT.submit;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Automatic forwarding of known material (issue 11 §6, Art 48(3)) on the real stack, rows asserted in
 * PostgreSQL. With the shipped profile (the switch off) a report whose every hash is an ACTIVE indicator
 * of verified provenance waits for the review desk. A centre admin imports a version of COM-2022-209 with
 * {@code report.automatic-forwarding-of-known-material} true (the way an operator switches it on); then
 * such a report (urgent) is forwarded by triage itself: FORWARD_DECIDED by {@code system}, automatic,
 * naming both indicators, one audit entry, its delivery to Europol alone (no location data) queued at
 * priority 9, received once by the demo receiver, FORWARDED; the same job again forwards nothing twice;
 * the review page shows the decision as automatic (English and Dutch). A report with one unknown hash,
 * and one whose second hash is an ACTIVE indicator whose provenance nobody verified, stay FINISHED for
 * the desk. Finally a version with the switch off again is imported (in {@code finally}: no test after
 * this one runs with it on), and a fully known report waits for the desk once more.
 */
@ExtendWith(ArquillianExtension.class)
@ExtendWith(AlphaSigningKey.class)
class AutomaticForwardingIT {

    static final String KEY = "report.automatic-forwarding-of-known-material";
    static final Path SHIPPED = Path.of(System.getProperty("user.dir"))
            .resolve("../persistence/src/main/resources/legal-profiles/COM-2022-209.v1.json").normalize();

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return Deployments.ear();
    }

    @Test
    void withTheSwitchOnReportsOfVerifiedKnownMaterialOnlyAreForwardedWithoutAReviewer() throws Exception {
        ScreenSeed seed = ScreenSeed.write();
        String unverifiedValue = random(32);
        UUID unverified = seed.writeUnverified(unverifiedValue);
        Thread.sleep(6000); // the match index follows the change feed within its five-second safety poll

        UUID off = submit(List.of(pdq(seed.activeValue), pdq(seed.neighbourValue)), false);
        staysForTheDesk(off, "the shipped profile has the switch off");

        int on = importComProfile(true);
        try {
            UUID known = submit(List.of(pdq(seed.activeValue), pdq(seed.neighbourValue)), true);
            UUID extra = submit(List.of(pdq(seed.activeValue), digest("MD5", random(16))), false);
            UUID notVerified = submit(List.of(pdq(seed.activeValue), pdq(unverifiedValue)), false);

            ReportForwardingIT.awaitForwarded(known);
            Map<String, Object> decision = Db.rows("select decision, decided_by, decision_automatic, decision_indicators,"
                    + " jurisdiction_member_states, jurisdiction_europol, decision_profile, decision_profile_version, claimed_by"
                    + " from reports where id = ?", known).get(0);
            assertEquals("FORWARD", decision.get("decision"));
            assertEquals("system", decision.get("decided_by"));
            assertEquals(true, decision.get("decision_automatic"));
            String indicators = (String) decision.get("decision_indicators");
            assertTrue(indicators.contains(seed.active.toString()) && indicators.contains(seed.neighbour.toString()), indicators);
            assertEquals("", decision.get("jurisdiction_member_states"), "no location data: unclear");
            assertEquals(true, decision.get("jurisdiction_europol"), "Europol alone when unclear");
            assertEquals("COM-2022-209", decision.get("decision_profile"));
            assertEquals(on, ((Number) decision.get("decision_profile_version")).intValue(), "the version that switched it on");
            assertNull(decision.get("claimed_by"), "no reviewer ever held it");

            List<Map<String, Object>> moves = Db.rows("select event, from_state, to_state, actor, reason from report_status_changes"
                    + " where report_id = ? and event in ('DECIDE_FORWARD_AUTOMATICALLY', 'FORWARD') order by occurred_at", known);
            assertEquals(2, moves.size(), moves.toString());
            assertEquals("DECIDE_FORWARD_AUTOMATICALLY", moves.get(0).get("event"));
            assertEquals("FINISHED", moves.get(0).get("from_state"));
            assertEquals("FORWARD_DECIDED", moves.get(0).get("to_state"));
            assertEquals("system", moves.get(0).get("actor"));
            String reason = (String) moves.get(0).get("reason");
            assertTrue(reason.startsWith("all evidence matched verified indicators") && reason.contains(seed.active.toString()), reason);
            assertEquals("FORWARDED", moves.get(1).get("to_state"));
            assertEquals(0, Db.count("select count(*) from report_status_changes where report_id = ? and event in ('CLAIM', 'DECIDE_FORWARD')",
                    known));

            assertEquals(1, Db.count("select count(*) from audit_entries where action = 'REPORT_FORWARD_DECIDED_AUTOMATICALLY'"
                    + " and object_id = ? and outcome = 'SUCCESS' and actor = 'system' and purpose like ? and purpose like ?",
                    known.toString(), "%automatic%", "%" + seed.neighbour + "%"), "one audit entry saying it was automatic");
            assertEquals(0, ReportIntakeIT.audited("REPORT_FORWARD_DECIDED", known.toString(), "SUCCESS"));
            assertEquals(List.of(Map.of("recipient", "EUROPOL", "state", "DELIVERED")),
                    Db.rows("select recipient, state from report_deliveries where report_id = ?", known));
            assertEquals(1, Db.count("select count(*) from outbox_messages o join report_deliveries d on o.properties like '%deliveryId='"
                    + " || d.id || '%' where o.destination = 'java:/jms/queue/ReportDeliveryQueue' and o.properties like '%jmsPriority=9%'"
                    + " and d.report_id = ?", known), "urgent still first: its delivery queued at priority 9");
            List<JsonObject> received = ReportForwardingIT.received(known);
            assertEquals(1, received.size(), received.toString());
            assertEquals("EUROPOL", received.get(0).getString("recipient"));
            JsonObject feedback = ReportIntakeIT.read(known.toString(), Tokens.provider(Provider.ALPHA)).getJsonObject("feedback");
            assertEquals("FORWARDED", feedback.getString("status"), "the provider's feedback as for a reviewer's forward");
            assertTrue(feedback.containsKey("mayInformUserFrom") && !feedback.isNull("mayInformUserFrom"));

            staysForTheDesk(extra, "one hash matched nothing");
            staysForTheDesk(notVerified, "indicator " + unverified + " is ACTIVE but nobody verified its provenance");
            assertEquals(1, Db.count("select count(*) from report_triage_hits where report_id = ? and position = 2 and hit = 'KNOWN'"
                    + " and indicator_id = ?", notVerified, unverified), "triage matched the unverified indicator, and still it waits");

            // the same triage job again (a relay that sent twice, a broker that redelivered): nothing twice
            UUID again = ReportTriageIT.queueJob(known);
            await(() -> Db.count("select count(*) from outbox_messages where id = ? and sent_at is not null", again) == 1, "the job sent");
            Thread.sleep(3000);
            assertEquals(1, Db.count("select count(*) from report_status_changes where report_id = ? and event = 'DECIDE_FORWARD_AUTOMATICALLY'",
                    known));
            assertEquals(1, Db.count("select count(*) from report_deliveries where report_id = ?", known));
            assertEquals(1, ReportIntakeIT.audited("REPORT_FORWARD_DECIDED_AUTOMATICALLY", known.toString(), "SUCCESS"));
            assertEquals(1, ReportForwardingIT.received(known).size());

            reviewPageShowsTheAutomaticDecision(known, seed);
        } finally {
            importComProfile(false);
        }
        UUID offAgain = submit(List.of(pdq(seed.activeValue), pdq(seed.neighbourValue)), false);
        staysForTheDesk(offAgain, "switched off again");
    }

    /** Triage ran (in the same transaction as any automatic decision) and the report waits, unclaimed and undecided. */
    static void staysForTheDesk(UUID report, String why) throws InterruptedException {
        awaitTriage(report);
        Map<String, Object> row = Db.rows("select state, decision, decision_automatic from reports where id = ?", report).get(0);
        assertEquals("FINISHED", row.get("state"), why);
        assertNull(row.get("decision"), why);
        assertEquals(false, row.get("decision_automatic"), why);
        assertEquals(0, Db.count("select count(*) from report_deliveries where report_id = ?", report), why);
        assertEquals(0, ReportIntakeIT.audited("REPORT_FORWARD_DECIDED_AUTOMATICALLY", report.toString(), "SUCCESS"), why);
    }

    /**
     * Imports the next version of COM-2022-209 as a centre admin: the shipped file's values with the switch
     * {@code on} or off, as an operator would; returns the new version's number.
     */
    static int importComProfile(boolean on) throws Exception {
        int version = importComProfile("automatic forwarding " + (on ? "on" : "off") + " (AutomaticForwardingIT)", KEY,
                value -> Json.createObjectBuilder(value).add("value", String.valueOf(on)).build());
        assertEquals(String.valueOf(on), Db.value("select v.value_text from legal_profile_values v join legal_profile_versions p"
                + " on p.id = v.version_id where p.profile_id = 'COM-2022-209' and p.version = ? and v.value_key = ?", version, KEY));
        return version;
    }

    /**
     * Imports the next version of COM-2022-209 as a centre admin (through the API, as an operator would):
     * the shipped file's values with the value of {@code key} replaced by {@code edit}'s; returns the new
     * version's number. With an {@code edit} that changes nothing it publishes the shipped values again.
     */
    static int importComProfile(String title, String key, UnaryOperator<JsonObject> edit) throws Exception {
        JsonObject shipped;
        try (JsonReader reader = Json.createReader(Files.newBufferedReader(SHIPPED))) {
            shipped = reader.readObject();
        }
        JsonArrayBuilder values = Json.createArrayBuilder();
        boolean found = false;
        for (JsonObject value : shipped.getJsonArray("values").getValuesAs(JsonObject.class)) {
            boolean edited = key.equals(value.getString("key"));
            found |= edited;
            values.add(edited ? edit.apply(value) : value);
        }
        assertTrue(found, "the shipped profile has " + key);
        String file = Json.createObjectBuilder(shipped).remove("version").add("title", "COM-2022-209, " + title)
                .add("values", values).build().toString();
        Api.Response imported = Api.postJson("/api/v1/legal-profiles", file, Tokens.user("admin"));
        assertEquals(201, imported.status(), imported.toString());
        String location = imported.header("Location").orElseThrow();
        return Integer.parseInt(location.substring(location.lastIndexOf('/') + 1));
    }

    /** The review page, in Chromium, says the decision was automatic and names the indicators, in English and Dutch. */
    static void reviewPageShowsTheAutomaticDecision(UUID report, ScreenSeed seed) {
        try (Browser browser = Browser.start()) {
            WebDriver d = browser.loginAs("reviewer", ReviewDeskPortalIT.DESK).driver();
            browser.open("/portal/reports/review.xhtml?id=" + report);
            ReviewDeskPortalIT.awaitState(browser, "FORWARDED");
            String text = d.findElement(By.id("decision-automatic")).getText();
            assertTrue(text.contains("Automatic: all evidence matched verified indicators") && text.contains(seed.active.toString())
                    && text.contains(seed.neighbour.toString()), text);
            assertTrue(d.findElement(By.id("decision")).getText().contains("system"), d.findElement(By.id("decision")).getText());
            assertTrue(d.findElements(By.id("claim:claim")).isEmpty(), "nothing to claim: decided");
            browser.screenshot("review-desk-automatic-1280");
            d.findElement(By.id("session:lang-nl")).click();
            browser.waitUp().until(x -> "nl".equals(x.findElement(By.tagName("html")).getAttribute("lang")));
            ScreenSteps.await(browser, "desk-automatic-nl", x -> x.findElement(By.id("decision-automatic")).getText()
                    .contains("Automatisch: al het bewijs kwam overeen met geverifieerde indicatoren"));
        }
    }
}
