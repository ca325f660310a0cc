package eu.csar.it.reports;

import eu.csar.it.indicators.ScreenSeed;
import eu.csar.it.indicators.ScreenSteps;
import eu.csar.it.support.Api;
import eu.csar.it.support.Browser;
import eu.csar.it.support.Db;
import eu.csar.it.support.Deployments;
import eu.csar.it.support.SyntheticImages;
import eu.csar.it.support.Tokens;
import eu.csar.it.support.Tokens.Provider;
import eu.csar.reports.application.TriageLocks;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.as.arquillian.container.ManagementClient;
import org.jboss.dmr.ModelNode;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.BooleanSupplier;

import static eu.csar.it.reports.ReportIntakeIT.REPORTS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Detection jobs and triage (issue 11 §2) on the real stack: finishing a report queues its job
 * through the outbox, the consumer triages it, and PostgreSQL shows the result. A report whose PDQ
 * hash is an ACTIVE indicator is known, naming it; a report with the same MD5 as an earlier one and
 * one whose PDQ hash is 20 bits from an earlier one are seen before, naming it, and so is one with two PDQ
 * hashes whose second is within the radius of two earlier ones (naming both); content in the vault
 * (a synthetic PNG of random grey blocks, never real material) is PDQ-hashed through an audited reveal for
 * automated detection; the same job sent twice triages once (one row, one audit entry); a job for a
 * report that does not exist fails every attempt, rests on the dead-letter queue with its error,
 * shows on the operator screen, and redelivered from there once its report exists changes nothing twice;
 * an urgent report's job queued behind three times as many others as the consumer has sessions (the
 * queue paused through WildFly's management) is among the first triaged, one per session. An earlier report
 * triaged after a later one adds itself to the later one's triage; ten reports of one picture triaged side by
 * side each name every earlier one. A report both known and seen before shows so on the review desk, in
 * Chromium: the indicator with its provenance, the earlier report with its link (screenshots at 1280 and 390 px).
 */
@ExtendWith(ArquillianExtension.class)
@ExtendWith(AlphaSigningKey.class)
class ReportTriageIT {

    static final String DLQ_PAGE = "/portal/operations/triage-dead-letters.xhtml";

    @ArquillianResource
    ManagementClient management;

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return Deployments.ear();
    }

    @Test
    void knownMaterialAndRepeatsAreMarkedAndARepeatedJobTriagesOnce() throws Exception {
        ScreenSeed seed = ScreenSeed.write();
        Thread.sleep(6000); // the match index follows the change feed within its five-second safety poll

        String md5 = random(16);
        String otherPdq = random(32);
        UUID first = submit(List.of(pdq(seed.activeValue), digest("MD5", md5), digest("SHA256", random(32))), false);
        awaitTriage(first);
        Map<String, Object> triage = triageOf(first);
        assertEquals(true, triage.get("known"), "its PDQ hash is an ACTIVE indicator");
        assertEquals(false, triage.get("seen_before"));
        assertEquals(60, ((Number) triage.get("score")).intValue());
        assertEquals(1, Db.count("select count(*) from report_triage_hits where report_id = ? and hit = 'KNOWN' and indicator_id = ?"
                + " and position = 1 and distance = 0", first, seed.active));
        assertEquals(1, Db.count("select count(*) from report_pdq_hashes where report_id = ? and hash_source = 'PROVIDED'", first));

        UUID second = submit(List.of(pdq(otherPdq), digest("MD5", md5)), true);
        awaitTriage(second);
        triage = triageOf(second);
        assertEquals(false, triage.get("known"));
        assertEquals(true, triage.get("seen_before"), "the same MD5 as the first report");
        assertEquals(true, triage.get("urgent"));
        assertEquals(25 + 15, ((Number) triage.get("score")).intValue());
        assertEquals(first, Db.value("select earlier_report_id from report_triage_hits where report_id = ? and hit = 'SEEN_BEFORE'"
                + " and hash_kind = 'MD5'", second));
        assertEquals(1, Db.count("select count(*) from outbox_messages where destination = 'java:/jms/queue/ReportTriageQueue'"
                + " and properties like ? and properties like ?", "%reportId=" + second + "%", "%jmsPriority=9%"),
                "the urgent report's job, queued in the commit that finished it, at priority 9");

        UUID third = submit(List.of(pdq(flip(otherPdq, 20))), false);
        awaitTriage(third);
        triage = triageOf(third);
        assertEquals(true, triage.get("seen_before"), "a PDQ hash 20 bits from the second report's");
        assertEquals(List.of(Map.of("earlier_report_id", second, "distance", 20)),
                Db.rows("select earlier_report_id, distance from report_triage_hits where report_id = ? and hit = 'SEEN_BEFORE'", third));
        assertEquals(0, Db.count("select count(*) from report_triage_hits where report_id = ? and earlier_report_id = ?", second, third),
                "a report is never seen before by an earlier one");
        // Two PDQ hashes in one report (two probes in the one statement): the second is 22 bits from the
        // second report's, so 2 from the third's (the same nibbles flipped); the first matches nothing.
        UUID fourth = submit(List.of(pdq(random(32)), pdq(flip(otherPdq, 22))), false);
        awaitTriage(fourth);
        assertEquals(List.of(Map.of("position", 2, "earlier_report_id", third, "distance", 2),
                        Map.of("position", 2, "earlier_report_id", second, "distance", 22)),
                Db.rows("select position, earlier_report_id, distance from report_triage_hits where report_id = ? and hit = 'SEEN_BEFORE'"
                        + " order by distance", fourth), "with two PDQ hashes, the one within the radius finds both earlier reports");

        // The same job twice (a relay that sent twice, a broker that redelivered): one row, one audit entry.
        String jobs = "select count(*) from outbox_messages where sent_at is null and properties like ?";
        UUID again = queueJob(second);
        UUID andAgain = queueJob(second);
        await(() -> Db.count(jobs, "%" + second + "%") == 0, "both jobs sent");
        Thread.sleep(3000);
        assertEquals(0, Db.count("select count(*) from report_triage_failures where message_id in (?, ?)", again.toString(),
                andAgain.toString()), "found done, not refused by the key");
        assertEquals(1, Db.count("select count(*) from report_triage where report_id = ?", second));
        assertEquals(1, ReportIntakeIT.audited("REPORT_TRIAGED", second.toString(), "SUCCESS"));
        assertEquals(1, Db.count("select count(*) from report_triage_hits where report_id = ?", second));

        // A report that is both: its PDQ hash the ACTIVE indicator, its MD5 the first report's. The review desk shows it.
        UUID both = submit(List.of(pdq(seed.activeValue), digest("MD5", md5)), true);
        awaitTriage(both);
        assertEquals(true, triageOf(both).get("known"));
        assertEquals(true, triageOf(both).get("seen_before"));
        reviewDeskShowsTheTriage(both, first, seed);
    }

    /**
     * The review desk (issue 11 §3) in Chromium: the queue marks {@code report} known and seen before;
     * its page shows the matched indicator with its provenance (the Dutch authority's decision) and the
     * earlier report with a link to its page; reading the provenance is an audited indicator read; the
     * provider learns none of it.
     */
    static void reviewDeskShowsTheTriage(UUID report, UUID earlier, ScreenSeed seed) {
        try (Browser browser = Browser.start()) {
            WebDriver d = browser.loginAs("reviewer", ReviewDeskPortalIT.DESK).driver();
            String row = "tr.csar-report-" + report;
            ScreenSteps.await(browser, "desk-triage-queue", x -> !x.findElements(By.cssSelector(row)).isEmpty());
            assertTrue(d.findElement(By.cssSelector(row + " .csar-known")).getText().contains("Known"));
            assertTrue(d.findElement(By.cssSelector(row + " .csar-seen-before")).getText().contains("Seen before"));

            browser.open("/portal/reports/review.xhtml?id=" + report);
            ScreenSteps.await(browser, "desk-triage-panel", x -> !x.findElements(By.id("triage-known")).isEmpty());
            assertEquals("true", d.findElement(By.id("triage-known")).getAttribute("data-known"));
            assertEquals("true", d.findElement(By.id("triage-seen-before")).getAttribute("data-seen-before"));
            WebElement known = d.findElement(By.cssSelector(".csar-triage-item-1 li.csar-indicator-" + seed.active));
            String text = known.getText();
            assertTrue(text.contains("Known material") && text.contains(seed.active.toString()) && text.contains("Active"), text);
            assertTrue(text.contains("Rechtbank Den Haag") && text.contains(seed.decisionReference) && text.contains("2026-11-20")
                    && text.contains("csar-hasher"), "the provenance: " + text);
            assertTrue(d.findElement(By.cssSelector(".csar-triage-item-1 .csar-triage-provided")).getText().contains(seed.activeValue));
            WebElement link = d.findElement(By.cssSelector(".csar-triage-item-2 a.csar-earlier-" + earlier));
            assertTrue(link.getAttribute("href").endsWith("/portal/reports/review/" + earlier), "the permalink: "
                    + link.getAttribute("href"));
            WebElement before = d.findElement(By.cssSelector(".csar-triage-item-2 li.csar-triage-earlier"));
            assertTrue(before.getText().contains("Seen before") && before.getText().contains("distance 0"), before.getText());
            assertEquals("FINISHED", before.findElement(By.cssSelector("[data-state]")).getAttribute("data-state"), "its state");
            assertEquals(1, Db.count("select count(*) from audit_entries where action = 'INDICATOR_READ' and object_id = ? and actor = 'reviewer'"
                    + " and outcome = 'SUCCESS' and purpose like ?", seed.active.toString(), "%report " + report + "%"),
                    "the provenance read is an indicator read, audited as the indicators context audits every read");
            for (int width : new int[] {1280, 390}) { // the panel, not the top of the page
                ScreenSteps.resize(browser, width);
                ((JavascriptExecutor) d).executeScript("document.getElementById('triage').scrollIntoView();");
                browser.screenshot("review-desk-triage-" + width);
            }
            ScreenSteps.resize(browser, 1280);

            link.click();
            ScreenSteps.await(browser, "desk-triage-earlier", x -> x.findElement(By.id("report-id")).getText().contains(earlier.toString()));
            ReviewDeskPortalIT.awaitState(browser, "FINISHED");
        }
        String provider = ReportIntakeIT.read(report.toString(), Tokens.provider(Provider.ALPHA)).toString();
        assertFalse(provider.contains(seed.decisionReference) || provider.contains(earlier.toString()) || provider.contains("triage"),
                "the provider learns nothing of the triage: " + provider);
    }

    @Test
    void contentInTheVaultIsHashedThroughAnAuditedRevealAndARepeatOfItIsSeenBefore() throws Exception {
        byte[] png = SyntheticImages.blocksPng(ThreadLocalRandom.current().nextLong());
        UUID first = withContent(png);
        awaitTriage(first);
        assertEquals(1, ((Number) triageOf(first).get("hashes_computed")).intValue());
        assertEquals(1, Db.count("select count(*) from report_pdq_hashes where report_id = ? and hash_source = 'COMPUTED'", first));
        String vaultItem = Db.value("select vault_item_id from report_evidence where report_id = ?", first).toString();
        assertEquals(1, Db.count("select count(*) from audit_events where action = 'VAULT_ITEM_REVEALED' and object_id = ?"
                + " and outcome = 'SUCCESS' and purpose = 'evidence reveal for automated detection'", vaultItem));

        UUID second = withContent(png);
        awaitTriage(second);
        assertEquals(true, triageOf(second).get("seen_before"));
        assertEquals(1, Db.count("select count(*) from report_triage_hits where report_id = ? and earlier_report_id = ?"
                + " and hash_kind = 'PDQ' and hash_source = 'COMPUTED' and distance = 0", second, first), "the same picture, hashed again");
        assertEquals(1, Db.count("select count(*) from report_triage_hits where report_id = ? and earlier_report_id = ?"
                + " and hash_kind = 'SHA256' and distance = 0", second, first), "the same bytes");
    }

    @Test
    void aPoisonJobRestsOnTheDeadLetterQueueAndIsRedeliveredFromTheOperatorScreenOnce() throws Exception {
        UUID missing = UUID.randomUUID();
        UUID message = queueJob(missing);
        await(() -> Db.count("select count(*) from report_triage_failures where message_id = ? and attempts = 5", message.toString()) == 1,
                "five failed deliveries");
        assertTrue(Db.value("select last_error from report_triage_failures where message_id = ?", message.toString()).toString()
                .contains("no report " + missing));
        assertEquals(0, Db.count("select count(*) from report_triage where report_id = ?", missing));

        try (Browser browser = Browser.start()) {
            WebDriver driver = browser.loginAs("admin", DLQ_PAGE).open(DLQ_PAGE).driver();
            browser.waitUp().until(d -> !d.findElements(By.id("dlq:table")).isEmpty());
            browser.waitUp().until(d -> {  // the move to the dead-letter queue follows the last failure
                if (rows(d, missing).isEmpty()) {
                    d.findElement(By.id("dlq:refresh")).click();
                    browser.settle();
                }
                return !rows(d, missing).isEmpty();
            });
            WebElement row = rows(driver, missing).get(0);
            assertTrue(row.getText().contains(message.toString()), row.getText());
            assertTrue(row.findElement(By.className("csar-dlq-error")).getText().contains("no report " + missing), row.getText());
            assertEquals("5", row.findElement(By.className("csar-dlq-deliveries")).getText());
            browser.screenshot("portal-triage-dead-letters");

            // The report arrives after all (its own job triages it); the redelivered job then does nothing twice.
            submitWithId(missing);
            awaitTriage(missing);
            rows(driver, missing).get(0).findElement(By.cssSelector("button[id$=':redeliver']")).click();
            browser.waitUp().until(d -> d.findElement(By.id("messages")).getText().contains(missing.toString()));
            browser.settle();
            assertTrue(rows(driver, missing).isEmpty(), "no longer on the dead-letter queue");
        }
        await(() -> ReportIntakeIT.audited("REPORT_TRIAGE_JOB_REDELIVERED", missing.toString(), "SUCCESS") == 1, "the redelivery audited");
        Thread.sleep(3000);
        assertEquals(1, Db.count("select count(*) from report_triage where report_id = ?", missing));
        assertEquals(1, ReportIntakeIT.audited("REPORT_TRIAGED", missing.toString(), "SUCCESS"));
        assertEquals(5, Db.count("select attempts from report_triage_failures where message_id = ?", message.toString()),
                "the redelivered job did not fail again");

        try (Browser browser = Browser.start()) {
            browser.loginAs("auditor", DLQ_PAGE).open(DLQ_PAGE);
            browser.waitUp().until(d -> !d.findElements(By.id("dlq:table")).isEmpty());
            assertTrue(browser.driver().findElements(By.cssSelector("button[id$=':redeliver']")).isEmpty(), "read-only for auditors");
        }
    }

    @Test
    void anUrgentReportWaitingBehindOthersIsTriagedFirst() throws Exception {
        int sessions = triageSessions(management);
        int normal = 3 * sessions;
        List<UUID> reports = new ArrayList<>();
        manage("pause");
        try {
            for (int i = 0; i < normal; i++) {
                reports.add(submit(List.of(digest("MD5", random(16))), false));
            }
            reports.add(submit(List.of(digest("MD5", random(16))), true));
            for (UUID report : reports) {
                await(() -> Db.count("select count(*) from outbox_messages where sent_at is null and properties like ?",
                        "%" + report + "%") == 0, "the job of " + report + " on the paused queue");
            }
            assertEquals(0, Db.count("select count(*) from report_triage where report_id in (?, ?)", reports.get(0), reports.get(normal)));
        } finally {
            manage("resume");
        }
        for (UUID report : reports) {
            awaitTriage(report);
        }
        List<Object> order = Db.rows("select report_id from report_triage where report_id in ("
                + String.join(", ", Collections.nCopies(reports.size(), "?")) + ") order by completed_at", reports.toArray())
                .stream().map(row -> row.get("report_id")).toList();
        // each session takes one job first, the broker hands out the urgent one before the others: it is
        // among the first `sessions` triaged, not the last of the queue's order
        UUID urgent = reports.get(normal);
        assertTrue(order.indexOf(urgent) < sessions, "urgent " + urgent + " at " + order.indexOf(urgent) + " of " + order.size()
                + " with " + sessions + " sessions");
    }

    /**
     * Out of order (as urgent-first or any reordering can do): the later report B is triaged first and finds
     * nothing; the earlier report A (its PDQ hash 6 bits from B's, the same MD5) triaged afterwards adds
     * itself to B's triage, which becomes seen before, naming A at distance 6 (PDQ) and 0 (MD5), with the
     * higher score; A names no later report. The platform clock is moved an hour ahead for B's finish only.
     */
    @Test
    void anEarlierReportTriagedAfterALaterOneIsAddedToTheLaterOnesTriage() throws Exception {
        String base = random(32);
        String md5 = random(16);
        UUID later;
        Api.Response moved = Api.postJson("/test-support/clock/advance", "{\"by\":\"PT1H\"}", Tokens.user("admin"));
        try {
            assertEquals(200, moved.status(), moved.toString());
            later = submit(List.of(pdq(flip(base, 6)), digest("MD5", md5)), false);
            awaitTriage(later);
        } finally {
            Api.Response reset = Api.postJson("/test-support/clock/reset", "{}", Tokens.user("admin"));
            assertEquals(200, reset.status(), reset.toString());
        }
        assertEquals(false, triageOf(later).get("seen_before"), "nothing earlier when it was triaged");
        assertEquals(0, ((Number) triageOf(later).get("score")).intValue());

        UUID earlier = submit(List.of(pdq(base), digest("MD5", md5)), false);
        awaitTriage(earlier);
        assertEquals(1, Db.count("select count(*) from reports a, reports b where a.id = ? and b.id = ? and a.finished_at < b.finished_at",
                earlier, later), "finished before the report already triaged");
        Map<String, Object> amended = triageOf(later);
        assertEquals(true, amended.get("seen_before"), "the earlier report, triaged after it, added itself");
        assertEquals(25, ((Number) amended.get("score")).intValue());
        assertEquals(List.of(Map.of("position", 1, "hash_kind", "PDQ", "earlier_report_id", earlier, "distance", 6),
                        Map.of("position", 2, "hash_kind", "MD5", "earlier_report_id", earlier, "distance", 0)),
                Db.rows("select position, hash_kind, earlier_report_id, distance from report_triage_hits where report_id = ?"
                        + " and hit = 'SEEN_BEFORE' order by position", later));
        assertEquals(0, Db.count("select count(*) from report_triage_hits where report_id = ? and earlier_report_id = ?", earlier, later),
                "the earlier report does not name the later one");
        assertEquals(false, triageOf(earlier).get("seen_before"));
        assertEquals(1, ReportIntakeIT.audited("REPORT_TRIAGE_AMENDED", later.toString(), "SUCCESS"));
        assertEquals(1, ReportIntakeIT.audited("REPORT_TRIAGED", later.toString(), "SUCCESS"), "still one triage");
    }

    /**
     * A report with more PDQ hashes than {@code TriageLocks.LOCKED_HASHES} takes the one global key of V62
     * (exclusively) instead of 272 band keys a hash: it is triaged like any other, finds the earlier report
     * of the same picture through its second hash, and leaves no lock behind (a one-hash report of the same
     * picture after it is triaged too and names both).
     */
    @Test
    void aReportOfManyPdqHashesTakesTheGlobalKeyAndStillFindsTheEarlierOne() throws Exception {
        String base = random(32);
        UUID earlier = submit(List.of(pdq(base)), false);
        awaitTriage(earlier);
        UUID many = submit(List.of(pdq(random(32)), pdq(flip(base, 9)), pdq(random(32))), false);
        awaitTriage(many);
        assertEquals(List.of(Map.of("position", 2, "hash_kind", "PDQ", "earlier_report_id", earlier, "distance", 9)),
                Db.rows("select position, hash_kind, earlier_report_id, distance from report_triage_hits where report_id = ?"
                        + " and hit = 'SEEN_BEFORE' order by position", many));
        assertEquals(true, triageOf(many).get("seen_before"));
        UUID after = submit(List.of(pdq(flip(base, 4))), false);
        awaitTriage(after);
        assertEquals(2, Db.count("select count(*) from report_triage_hits where report_id = ? and hit = 'SEEN_BEFORE'"
                + " and earlier_report_id in (?, ?)", after, earlier, many), "the next report names both");
    }

    /**
     * A picture reported ten times within seconds, triaged side by side in the consumer's sessions (the queue
     * paused while the ten jobs gather, then resumed): report k's PDQ hash is k bits from the first's, so j
     * and k are |j - k| apart. Afterwards each report's SEEN_BEFORE hits name exactly every report finished
     * before it (at its distance), and no other: none names a later one, whether it was found by its own
     * lookup or added by the earlier report's (every hit names an earlier report either way).
     */
    @Test
    void reportsOfTheSamePictureTriagedAtTheSameMomentAllSeeEachOther() throws Exception {
        String base = random(32);
        int n = 10;
        List<UUID> reports = new ArrayList<>();
        manage("pause");
        try {
            for (int k = 0; k < n; k++) {
                reports.add(submit(List.of(pdq(flip(base, k))), false));
            }
            for (UUID report : reports) {
                await(() -> Db.count("select count(*) from outbox_messages where sent_at is null and properties like ?",
                        "%" + report + "%") == 0, "the job of " + report + " on the paused queue");
            }
        } finally {
            manage("resume");
        }
        for (UUID report : reports) {
            awaitTriage(report);
        }
        List<Object> finished = Db.rows("select id from reports where id in (" + String.join(", ", Collections.nCopies(n, "?"))
                + ") order by finished_at, id", reports.toArray()).stream().map(row -> row.get("id")).toList();
        assertEquals(reports, finished, "finished in the order submitted");
        for (int k = 0; k < n; k++) {
            Set<Map<String, Object>> expected = new HashSet<>();
            for (int j = 0; j < k; j++) {
                expected.add(Map.of("earlier_report_id", reports.get(j), "distance", k - j));
            }
            List<Map<String, Object>> hits = Db.rows("select earlier_report_id, distance from report_triage_hits where report_id = ?"
                    + " and hit = 'SEEN_BEFORE'", reports.get(k));
            assertEquals(expected, new HashSet<>(hits), "report " + k + " names every earlier one once, and nothing later");
            assertEquals(k, hits.size(), "report " + k + ": no hit twice");
            assertEquals(k > 0, triageOf(reports.get(k)).get("seen_before"));
            assertEquals(k > 0 ? 25 : 0, ((Number) triageOf(reports.get(k)).get("score")).intValue());
        }
    }

    /**
     * The key of a digest (TriageLocks, V62's function): while another transaction holds it exclusively, as the
     * job of another report of the same digest does until it commits, the job of a report of that digest waits
     * on it, and a report submitted after it with another digest is triaged meanwhile; once it is released the
     * waiting report is triaged. (Without the key, two reports of one digest whose finish and triage overlap
     * around a commit could miss each other, docs/reports.md "Both ways, one at a time where it matters".)
     */
    @Test
    void aJobWaitsWhileAnotherHoldsTheKeyOfItsDigest() throws Exception {
        String md5 = random(16);
        long key = TriageLocks.digestKey(md5);
        try (Connection holder = Db.connect()) {
            holder.setAutoCommit(false);
            try (Statement statement = holder.createStatement()) {
                statement.execute("select pg_advisory_xact_lock('report_pdq_hashes'::regclass::oid::int, " + key + ")");
            }
            UUID waiting = submit(List.of(digest("MD5", md5)), false);
            UUID after = submit(List.of(digest("MD5", random(16))), false);
            awaitTriage(after);
            await(() -> Db.count("select count(*) from pg_locks where locktype = 'advisory' and not granted and objsubid = 2"
                    + " and classid = 'report_pdq_hashes'::regclass::oid and objid::bigint = ?", key) == 1, "a job waiting for the digest's key");
            assertEquals(0, Db.count("select count(*) from report_triage where report_id = ?", waiting), "not triaged while the key is held");
            holder.rollback();
            awaitTriage(waiting);
        }
    }

    /** The triage consumer's sessions as WildFly resolved them (jms.jar's jboss-ejb3.xml, csar.triage.sessions). */
    static int triageSessions(ManagementClient management) throws Exception {
        ModelNode op = new ModelNode();
        op.get("operation").set("read-attribute");
        op.get("address").setEmptyList().add("deployment", Deployments.EAR_NAME).add("subdeployment", "jms.jar")
                .add("subsystem", "ejb3").add("message-driven-bean", "ReportTriageConsumer");
        op.get("name").set("activation-config");
        ModelNode result = management.getControllerClient().execute(op);
        assertEquals("success", result.get("outcome").asString(), result.toString());
        // a list of (name => value) properties
        return result.get("result").asPropertyList().stream().filter(p -> p.getName().equals("maxSession"))
                .mapToInt(p -> Integer.parseInt(p.getValue().asString())).findFirst().orElseThrow();
    }

    // --- helpers --------------------------------------------------------------------------------------

    /** Pauses or resumes the triage queue through WildFly's management (the broker keeps the messages, delivers none). */
    void manage(String operation) throws Exception {
        ModelNode op = new ModelNode();
        op.get("operation").set(operation);
        op.get("address").setEmptyList().add("subsystem", "messaging-activemq").add("server", "default")
                .add("jms-queue", "ReportTriageQueue");
        ModelNode result = management.getControllerClient().execute(op);
        assertEquals("success", result.get("outcome").asString(), operation + ": " + result);
    }

    static List<WebElement> rows(WebDriver driver, UUID report) {
        return driver.findElements(By.xpath("//tr[.//span[@class='csar-dlq-report' and normalize-space(text())='" + report + "']]"));
    }

    static Map<String, Object> triageOf(UUID report) {
        return Db.rows("select known, seen_before, urgent, score, hashes_computed from report_triage where report_id = ?", report).get(0);
    }

    static void awaitTriage(UUID report) throws InterruptedException {
        await(() -> Db.count("select count(*) from report_triage where report_id = ?", report) == 1, "the triage of " + report);
    }

    static void await(BooleanSupplier condition, String what) throws InterruptedException {
        long until = System.currentTimeMillis() + 60_000;
        while (!condition.getAsBoolean()) {
            assertTrue(System.currentTimeMillis() < until, "waited a minute for " + what);
            Thread.sleep(250);
        }
    }

    /** A job for {@code report} put into the outbox as ReportIntake does; returns its message id. */
    static UUID queueJob(UUID report) {
        UUID id = UUID.randomUUID();
        Db.execute("insert into outbox_messages (id, destination, properties, created_at, next_attempt_at, attempts) values ('" + id
                + "', 'java:/jms/queue/ReportTriageQueue', 'reportId=" + report + "\njmsPriority=4\n', now(), now(), 0)");
        return id;
    }

    /** An evidence item for the request and for the signed document. */
    record Item(String kind, String value) {
    }

    static Item pdq(String hex) {
        return new Item("PDQ", hex);
    }

    static Item digest(String kind, String hex) {
        return new Item(kind, hex);
    }

    static UUID submit(List<Item> items, boolean urgent) throws Exception {
        UUID id = UUID.randomUUID();
        submit(id, items, urgent);
        return id;
    }

    static void submitWithId(UUID id) throws Exception {
        submit(id, List.of(digest("MD5", random(16))), false);
    }

    /** A one-call report of Alpha, signed over the canonical document written here (as ReportIntakeIT does). */
    static void submit(UUID id, List<Item> items, boolean urgent) throws Exception {
        StringBuilder evidence = new StringBuilder();
        JsonArrayBuilder requestItems = Json.createArrayBuilder();
        for (int i = 0; i < items.size(); i++) {
            Item item = items.get(i);
            evidence.append(i == 0 ? "" : ",").append("{\"kind\":\"").append(item.kind()).append("\",\"position\":").append(i + 1)
                    .append(item.kind().equals("PDQ") ? ",\"quality\":90" : "").append(",\"value\":\"").append(item.value()).append("\"}");
            requestItems.add(item.kind().equals("PDQ")
                    ? Json.createObjectBuilder().add("kind", "PDQ").add("value", item.value()).add("quality", 90)
                    : Json.createObjectBuilder().add("kind", item.kind()).add("value", item.value()));
        }
        String document = "{\"csarReport\":1,\"evidence\":[" + evidence + "],\"id\":\"" + id + "\","
                + "\"legalBasis\":\"Art 12(1) COM(2022) 209\",\"provider\":\"" + Provider.ALPHA.providerId + "\","
                + "\"removedOrDisabled\":false,\"reportedToThirdCountry\":false,\"timestamp\":\"2026-12-03T10:00:00Z\","
                + "\"type\":\"NEW\",\"urgent\":" + urgent + ",\"userIdentifiers\":[]}";
        String body = Json.createObjectBuilder().add("id", id.toString()).add("type", "NEW").add("timestamp", "2026-12-03T10:00:00Z")
                .add("reportedToThirdCountry", false).add("removedOrDisabled", false).add("urgent", urgent)
                .add("legalBasis", "Art 12(1) COM(2022) 209").add("items", requestItems)
                .add("signature", ReportIntakeIT.sign(AlphaSigningKey.privateKey(), document)).build().toString();
        Api.Response r = ReportIntakeIT.post(REPORTS + "/complete", body, Tokens.provider(Provider.ALPHA));
        assertEquals(201, r.status(), r.toString());
    }

    /** Opens a report of Alpha, attaches {@code png} as content, finishes it signed; returns its id. */
    static UUID withContent(byte[] png) throws Exception {
        String alpha = Tokens.provider(Provider.ALPHA);
        String id = ReportContentIT.open(alpha);
        Api.Response attached = ReportContentIT.attach(id, png, "image/png", alpha, UUID.randomUUID().toString());
        assertEquals(200, attached.status(), attached.toString());
        String signingInput = ReportIntakeIT.read(id, alpha).getString("signingInput");
        Api.Response finished = ReportIntakeIT.post(REPORTS + "/" + id + "/finish",
                ReportIntakeIT.finish(ReportIntakeIT.sign(AlphaSigningKey.privateKey(), signingInput)), alpha);
        assertEquals(200, finished.status(), finished.toString());
        assertNotNull(finished.json().getString("state"));
        return UUID.fromString(id);
    }

    static String random(int bytes) {
        byte[] b = new byte[bytes];
        ThreadLocalRandom.current().nextBytes(b);
        return HexFormat.of().formatHex(b);
    }

    /** {@code hex} with {@code bits} of its bits inverted, spread over the hash (one per nibble from the end). */
    static String flip(String hex, int bits) {
        char[] c = hex.toCharArray();
        for (int i = 0; i < bits; i++) {
            int at = c.length - 1 - 3 * i;
            c[at] = Character.forDigit(Character.digit(c[at], 16) ^ 1, 16);
        }
        return new String(c);
    }
}
