package eu.csar.it.reports;

import eu.csar.it.indicators.ScreenSteps;
import eu.csar.it.support.Api;
import eu.csar.it.support.Browser;
import eu.csar.it.support.Db;
import eu.csar.it.support.Deployments;
import eu.csar.it.support.ServerLog;
import eu.csar.it.support.SyntheticImages;
import eu.csar.it.support.Tokens;
import eu.csar.it.support.Tokens.Provider;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static eu.csar.it.reports.ReportIntakeIT.REPORTS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The review desk (issue 11 §3, Art 48) in a real Chromium against the real stack. Alpha finishes two
 * reports with a synthetic gradient PNG as content (never any real material). The reviewer finds the
 * urgent one in the queue, claims it, reveals its image (a grey PNG the server blurred, never cached,
 * audited with the purpose "report assessment"), shows it sharp, and decides to forward it to the
 * Member State of the location data and Europol; PostgreSQL holds the decision, the history rows and
 * the audit entries, and the reviewer's daily count goes up. The other report is found manifestly
 * unfounded under four eyes (the profile's report.manifestly-unfounded-four-eyes): a second reviewer
 * cannot touch it while the first holds it (no claim, 403 on the evidence), the first reviewer
 * cannot confirm their own finding, the second confirms it. Alpha reads FORWARDED and
 * MANIFESTLY_UNFOUNDED with the reason over the API, never the reviewer's note or name, and can no
 * longer retract. A provider's staff and a Coordinating Authority get 403 on the desk. Screenshots at
 * 1280 and 390 px.
 */
@ExtendWith(ArquillianExtension.class)
class ReviewDeskPortalIT {

    static final String DESK = "/portal/reports/desk.xhtml";
    static final String NOTE = "IT internal note: colour bars only";

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return Deployments.ear();
    }

    /** Alpha signs with the key {@link ReportContentIT} registers (and removes afterwards). */
    @BeforeAll
    static void registerAlphasKey() throws Exception {
        ReportContentIT.registerAlphasSigningKey();
    }

    @AfterAll
    static void removeAlphasKey() {
        ReportContentIT.removeAlphasSigningKey();
    }

    @Test
    void aReviewerClaimsRevealsBlurredThenSharpAndDecidesAndTheProviderIsToldTheOutcome() throws Exception {
        String alpha = Tokens.provider(Provider.ALPHA);
        String forwarded = finishedReport(alpha, true, 41);
        String unfounded = finishedReport(alpha, false, 42);
        assertEquals("RECEIVED", ReportIntakeIT.read(forwarded, alpha).getJsonObject("feedback").getString("status"));
        ServerLog.Mark log = ServerLog.mark();

        try (Browser reviewer = Browser.start(); Browser second = Browser.start()) {
            WebDriver d = reviewer.driver();
            reviewer.loginAs("reviewer", DESK);
            String row = "tr.csar-report-" + forwarded;
            ScreenSteps.await(reviewer, "desk-queue", x -> !x.findElements(By.cssSelector(row)).isEmpty());
            assertTrue(d.findElement(By.cssSelector(row)).getText().contains("Urgent"), d.findElement(By.cssSelector(row)).getText());
            assertEquals("FINISHED", d.findElement(By.cssSelector(row + " [data-state]")).getAttribute("data-state"));
            assertTrue(d.findElement(By.id("nav-review-desk")).isDisplayed(), "the reviewer's menu has the desk");
            long before = Long.parseLong(d.findElement(By.id("decisions-today")).getText().strip());
            ScreenSteps.screenshots(reviewer, "review-desk-queue");

            // the report, unclaimed: content data hidden, no reveal, and the evidence address refuses
            d.findElement(By.cssSelector(row + " a.csar-review-link")).click();
            awaitState(reviewer, "FINISHED");
            assertTrue(d.findElement(By.id("other-data")).getText().contains("Invented integration-test report"), "the Art 13 content is shown");
            assertTrue(d.findElement(By.id("provider")).getText().startsWith("Alpha Hosting"), "the provider by its legal name: "
                    + d.findElement(By.id("provider")).getText());
            assertTrue(d.findElements(By.cssSelector("button[id$=':reveal']")).isEmpty(), "no reveal before the claim");
            assertEquals(403, status(reviewer, evidence(forwarded, 4, "blurred")));

            // claim
            d.findElement(By.id("claim:claim")).click();
            awaitState(reviewer, "IN_REVIEW");
            Map<String, Object> claimed = Db.rows("select state, claimed_by from reports where id = ?", UUID.fromString(forwarded)).get(0);
            assertEquals("IN_REVIEW", claimed.get("state"));
            assertEquals("reviewer", claimed.get("claimed_by"));
            assertEquals(1, history(forwarded, "CLAIM", "reviewer"));
            assertEquals(1, audited("REPORT_CLAIMED", forwarded, "reviewer", "%FINISHED -> IN_REVIEW%"));
            // the provider's list shows the claimed report as FINISHED, and finds it under that state
            Api.Response listed = Api.get(REPORTS + "?state=FINISHED&size=100", alpha);
            assertEquals(200, listed.status(), listed.toString());
            assertTrue(listed.json().getJsonArray("items").stream().map(JsonValue::asJsonObject)
                    .anyMatch(i -> i.getString("id").equals(forwarded) && i.getString("state").equals("FINISHED")), listed.toString());

            // reveal: a grey image the server blurred, served with no-store
            assertTrue(d.findElements(By.id("evidence-image-4")).isEmpty(), "a placeholder by default");
            String vaultItem = String.valueOf(Db.value("select vault_item_id from report_evidence where report_id = ? and position = 4",
                    UUID.fromString(forwarded)));
            long vaultReveals = audited("VAULT_ITEM_REVEALED", vaultItem, "reviewer", "evidence reveal for report assessment");
            d.findElement(By.cssSelector("tr.csar-evidence-4 button[id$=':reveal']")).click();
            awaitImage(reviewer, "csar-evidence-blurred");
            assertTrue(grey(reviewer), "the blurred image is grey");
            assertEquals(1, audited("REPORT_EVIDENCE_VIEWED", forwarded, "reviewer", "%item 4, blurred and grey%"));
            assertTrue(audited("VAULT_ITEM_REVEALED", vaultItem, "reviewer", "evidence reveal for report assessment") > vaultReveals,
                    "each look is a reveal from the vault, audited with its purpose");
            String headers = headers(reviewer, d.findElement(By.id("evidence-image-4")).getAttribute("src"));
            assertTrue(headers.contains("cache-control: no-store") && headers.contains("content-type: image/png"), headers);
            ScreenSteps.screenshots(reviewer, "review-desk-report-blurred");

            // the second step: sharp
            d.findElement(By.cssSelector("tr.csar-evidence-4 button[id$=':sharp']")).click();
            awaitImage(reviewer, "csar-evidence-sharp");
            assertFalse(grey(reviewer), "the synthetic gradient in its colours");
            assertEquals(1, audited("REPORT_EVIDENCE_VIEWED", forwarded, "reviewer", "%item 4, sharp%"));

            // decide: forward to the Member State of the location data (the proposal) and Europol
            assertTrue(d.findElement(By.id("proposal")).getText().contains("NL and Europol"), d.findElement(By.id("proposal")).getText());
            d.findElement(By.id("forwarding:forward")).click();
            awaitState(reviewer, "FORWARD_DECIDED");
            Map<String, Object> decided = Db.rows("select state, decision, decided_by, jurisdiction_member_states, jurisdiction_europol,"
                    + " decision_profile, claimed_by from reports where id = ?", UUID.fromString(forwarded)).get(0);
            assertTrue(List.of("FORWARD_DECIDED", "FORWARDED").contains(decided.get("state")),
                    "decided, and perhaps delivered already (ReportForwardingIT): " + decided.get("state"));
            assertEquals("FORWARD", decided.get("decision"));
            assertEquals("reviewer", decided.get("decided_by"));
            assertEquals("NL", decided.get("jurisdiction_member_states"));
            assertEquals(Boolean.TRUE, decided.get("jurisdiction_europol"));
            assertEquals("COM-2022-209", decided.get("decision_profile"));
            assertEquals(null, decided.get("claimed_by"));
            assertEquals(1, history(forwarded, "DECIDE_FORWARD", "reviewer"));
            assertEquals(1, audited("REPORT_FORWARD_DECIDED", forwarded, "reviewer", "%IN_REVIEW -> FORWARD_DECIDED; to NL and Europol"));
            assertEquals(before + 1, Long.parseLong(d.findElement(By.id("decisions-today")).getText().strip()), "the daily count");
            ScreenSteps.screenshots(reviewer, "review-desk-report-forwarded");

            // the other report: a manifestly-unfounded finding under four eyes
            reviewer.open("/portal/reports/review.xhtml?id=" + unfounded);
            awaitState(reviewer, "FINISHED");
            d.findElement(By.id("claim:claim")).click();
            awaitState(reviewer, "IN_REVIEW");

            second.loginAs("second-reviewer", DESK); // the login keeps the path, not the query
            second.open("/portal/reports/review.xhtml?id=" + unfounded);
            awaitState(second, "IN_REVIEW");
            assertTrue(second.driver().findElements(By.id("claim:claim")).isEmpty(), "no claim of another's report");
            assertTrue(second.driver().findElement(By.id("claim:claimed-by-other")).isDisplayed());
            assertEquals(403, status(second, evidence(unfounded, 4, "blurred")), "only the claimant sees evidence");
            assertEquals(1, Db.count("select count(*) from audit_entries where action = 'REPORT_EVIDENCE_VIEWED' and object_id = ?"
                    + " and actor = 'second-reviewer' and outcome = 'REFUSED'", unfounded));

            ((JavascriptExecutor) d).executeScript("document.getElementById('decision:reason_input').value = 'NOT_CSAM';");
            d.findElement(By.id("decision:note")).sendKeys(NOTE);
            assertTrue(d.findElement(By.id("decision:unfounded")).getText().contains("second reviewer confirms"));
            d.findElement(By.id("decision:unfounded")).click();
            awaitState(reviewer, "AWAITING_SECOND_REVIEW");
            assertTrue(d.findElements(By.id("claim:claim")).isEmpty(), "four eyes: the first reviewer cannot take the second review");
            assertEquals(1, history(unfounded, "PROPOSE_UNFOUNDED", "reviewer"));
            assertEquals("RECEIVED", ReportIntakeIT.read(unfounded, alpha).getJsonObject("feedback").getString("status"),
                    "a finding awaiting its second reviewer is not an outcome yet");

            second.open("/portal/reports/review.xhtml?id=" + unfounded);
            awaitState(second, "AWAITING_SECOND_REVIEW");
            assertTrue(second.driver().findElement(By.id("proposed-by")).getText().contains(NOTE), "the second reviewer reads the note");
            second.driver().findElement(By.id("claim:claim")).click();
            awaitState(second, "IN_SECOND_REVIEW");
            second.driver().findElement(By.cssSelector("tr.csar-evidence-4 button[id$=':reveal']")).click();
            awaitImage(second, "csar-evidence-blurred");
            String secondItem = String.valueOf(Db.value("select vault_item_id from report_evidence where report_id = ? and position = 4",
                    UUID.fromString(unfounded)));
            assertTrue(audited("VAULT_ITEM_REVEALED", secondItem, "second-reviewer", "evidence reveal for a second review") >= 1);
            ScreenSteps.screenshots(second, "review-desk-second-review");
            second.driver().findElement(By.id("decision:confirm-unfounded")).click();
            awaitState(second, "MANIFESTLY_UNFOUNDED");
            Map<String, Object> confirmed = Db.rows("select decision, proposed_by, decided_by, unfounded_reason, unfounded_note"
                    + " from reports where id = ?", UUID.fromString(unfounded)).get(0);
            assertEquals("MANIFESTLY_UNFOUNDED", confirmed.get("decision"));
            assertEquals("reviewer", confirmed.get("proposed_by"));
            assertEquals("second-reviewer", confirmed.get("decided_by"));
            assertEquals("NOT_CSAM", confirmed.get("unfounded_reason"));
            assertEquals(NOTE, confirmed.get("unfounded_note"));
            assertEquals(1, audited("REPORT_UNFOUNDED_CONFIRMED", unfounded, "second-reviewer", "%IN_SECOND_REVIEW -> MANIFESTLY_UNFOUNDED%"));
        }

        // the provider's feedback over the API: the outcome and the reason, not the reviewer or the note
        JsonObject a = ReportIntakeIT.read(forwarded, alpha);
        assertEquals("FORWARD_DECIDED", a.getString("state"), "delivered or not, the provider reads FORWARD_DECIDED");
        assertEquals("FORWARDED", a.getJsonObject("feedback").getString("status"));
        assertEquals(List.of("OPEN", "FINISH"), a.getJsonArray("history").stream().map(h -> h.asJsonObject().getString("event")).toList());
        Api.Response retract = ReportIntakeIT.post(REPORTS + "/" + forwarded + "/retract", "{}", alpha);
        assertEquals(409, retract.status(), "no retraction once the Centre decided to forward: " + retract);
        Api.Response b = Api.get(REPORTS + "/" + unfounded, alpha);
        assertEquals(200, b.status());
        JsonObject feedback = b.json().getJsonObject("feedback");
        assertEquals("MANIFESTLY_UNFOUNDED", feedback.getString("status"));
        assertEquals("NOT_CSAM", feedback.getString("reason"));
        assertFalse(b.body().contains("IT internal note") || b.body().contains("reviewer"), b.body());
        assertEquals(404, Api.get(REPORTS + "/" + unfounded, Tokens.provider(Provider.BETA)).status(), "another provider's report");
        log.assertNoStackTrace();
    }

    @Test
    void aProvidersStaffAndACoordinatingAuthorityGet403OnTheDesk() {
        for (String user : List.of("alpha-staff", "ca-nl")) {
            try (Browser browser = Browser.start()) {
                browser.loginAs(user, DESK);
                ScreenSteps.await(browser, "desk-403-" + user, x -> !x.findElements(By.id("error-403")).isEmpty());
                assertTrue(browser.driver().findElements(By.id("nav-review-desk")).isEmpty(), user + " has no desk in the menu");
                assertEquals(403, status(browser, "/portal/reports/review.xhtml?id=" + UUID.randomUUID()));
            }
        }
    }

    /**
     * Issue 11: a link to a report on the desk survives the OIDC login (which keeps the path, not the query):
     * a browser without a session opens the permalink, the reviewer signs in and lands on that report, audited
     * once as any opening of the page is; the address bar keeps the permalink in both languages, and the queue
     * links to permalinks. Not a canonical UUID: 404; a UUID of no report: the page's "not found". A
     * Coordinating Authority following the same link gets the page's 403.
     */
    @Test
    void aReportsPermalinkSurvivesTheLoginAndOnlyAReviewerSeesTheReport() throws Exception {
        String report = finishedReport(Tokens.provider(Provider.ALPHA), false, 43);
        String link = "/portal/reports/review/" + report;
        try (Browser fresh = Browser.start()) {
            WebDriver d = fresh.driver();
            fresh.loginAs("reviewer", link);
            awaitState(fresh, "FINISHED");
            assertTrue(d.getCurrentUrl().endsWith(link), "the address bar keeps the permalink: " + d.getCurrentUrl());
            assertEquals(report, d.findElement(By.id("report-id")).getText().strip());
            assertEquals("New material", d.findElement(By.id("type")).getText().strip());
            assertEquals(1, audited("REPORT_REVIEW_OPENED", report, "reviewer", "%"), "opened once, audited as the page audits it");
            ScreenSteps.screenshots(fresh, "review-desk-permalink-en");

            d.findElement(By.id("session:lang-nl")).click();
            fresh.waitUp().until(x -> "nl".equals(x.findElement(By.tagName("html")).getAttribute("lang")));
            awaitState(fresh, "FINISHED");
            assertEquals("Nieuw materiaal", d.findElement(By.id("type")).getText().strip());
            fresh.waitUp().until(x -> x.getCurrentUrl().endsWith(link)); // portal.js puts the permalink back
            ScreenSteps.screenshots(fresh, "review-desk-permalink-nl");

            assertEquals(404, status(fresh, "/portal/reports/review/not-a-report"));
            assertEquals(404, status(fresh, "/portal/reports/review/" + report + "/evidence"));
            fresh.open("/portal/reports/review/" + UUID.randomUUID()); // a well-formed id of no report: the page's "not found"
            ScreenSteps.await(fresh, "permalink-unknown", x -> !x.findElements(By.id("not-found")).isEmpty());

            fresh.open(DESK); // the queue's links are permalinks (the report may be on a later page of the queue)
            ScreenSteps.await(fresh, "desk-permalink-row", x -> !x.findElements(By.cssSelector("a.csar-review-link")).isEmpty());
            WebElement first = d.findElement(By.cssSelector("a.csar-review-link"));
            String href = first.getAttribute("href");
            assertTrue(href.endsWith("/portal/reports/review/" + first.getText().strip()), "the queue links to permalinks: " + href);
        }
        try (Browser ca = Browser.start()) {
            ca.loginAs("ca-nl", link);
            ScreenSteps.await(ca, "permalink-403", x -> !x.findElements(By.id("error-403")).isEmpty());
            assertTrue(ca.driver().findElements(By.id("report-id")).isEmpty(), "no report for a Coordinating Authority");
            assertFalse(ca.driver().getPageSource().contains("Invented integration-test report"), "none of its content either");
        }
        assertEquals(0, Db.count("select count(*) from audit_entries where action = 'REPORT_REVIEW_OPENED' and object_id = ?"
                + " and actor = 'ca-nl'", report), "the page refused the CA before the service was asked");
    }

    // --- helpers --------------------------------------------------------------------------------------

    /** A FINISHED report of Alpha: location in NL, three hashes and a synthetic gradient PNG as item 4, signed. */
    static String finishedReport(String alpha, boolean urgent, int seed) throws Exception {
        Api.Response opened = ReportIntakeIT.post(REPORTS, ReportIntakeIT.content(ReportIntakeIT.tag(), "NEW").add("urgent", urgent)
                .build().toString(), alpha);
        assertEquals(201, opened.status(), opened.toString());
        String id = opened.json().getString("id");
        assertEquals(200, ReportIntakeIT.post(REPORTS + "/" + id + "/evidence", ReportIntakeIT.items(), alpha).status());
        Api.Response attached = ReportContentIT.attach(id, SyntheticImages.gradientPng(seed), "image/png", alpha, UUID.randomUUID().toString());
        assertEquals(200, attached.status(), attached.toString());
        String signingInput = ReportIntakeIT.read(id, alpha).getString("signingInput");
        Api.Response finished = ReportIntakeIT.post(REPORTS + "/" + id + "/finish",
                ReportIntakeIT.finish(ReportIntakeIT.sign(ReportContentIT.alphaKey.getPrivate(), signingInput)), alpha);
        assertEquals(200, finished.status(), finished.toString());
        return id;
    }

    static String evidence(String report, int item, String view) {
        return "/portal/reports/evidence?report=" + report + "&item=" + item + "&view=" + view;
    }

    static void awaitState(Browser browser, String state) {
        ScreenSteps.await(browser, "desk-state-" + state, x -> x.findElements(By.id("state")).stream()
                .anyMatch(e -> state.equals(e.getAttribute("data-state"))));
    }

    static void awaitImage(Browser browser, String styleClass) {
        ScreenSteps.await(browser, "desk-image-" + styleClass, x -> Boolean.TRUE.equals(((JavascriptExecutor) x).executeScript(
                "var i = document.getElementById('evidence-image-4');"
                        + "return !!i && i.classList.contains(arguments[0]) && i.complete && i.naturalWidth > 0;", styleClass)));
    }

    /** Whether every pixel of the shown evidence image is grey (red = green = blue), read through a canvas. */
    static boolean grey(Browser browser) {
        return Boolean.TRUE.equals(((JavascriptExecutor) browser.driver()).executeScript(
                "var i = document.getElementById('evidence-image-4'), c = document.createElement('canvas');"
                        + "c.width = i.naturalWidth; c.height = i.naturalHeight; var g = c.getContext('2d'); g.drawImage(i, 0, 0);"
                        + "var p = g.getImageData(0, 0, c.width, c.height).data;"
                        + "for (var k = 0; k < p.length; k += 4) { if (p[k] !== p[k + 1] || p[k + 1] !== p[k + 2]) return false; }"
                        + "return true;"));
    }

    /** The HTTP status of a GET from within the signed-in browser (its session cookie included). */
    static long status(Browser browser, String path) {
        browser.driver().manage().timeouts().scriptTimeout(Duration.ofSeconds(20));
        return (Long) ((JavascriptExecutor) browser.driver()).executeAsyncScript(
                "var done = arguments[arguments.length - 1];"
                        + "fetch(arguments[0], {credentials: 'same-origin', redirect: 'manual'})"
                        + ".then(function (r) { done(r.status); }, function () { done(-1); });", path);
    }

    /** The response headers (lower case, one per line) of a GET from within the signed-in browser. */
    static String headers(Browser browser, String url) {
        browser.driver().manage().timeouts().scriptTimeout(Duration.ofSeconds(20));
        return String.valueOf(((JavascriptExecutor) browser.driver()).executeAsyncScript(
                "var done = arguments[arguments.length - 1];"
                        + "fetch(arguments[0], {credentials: 'same-origin'}).then(function (r) {"
                        + "var s = ''; r.headers.forEach(function (v, k) { s += k + ': ' + v + '\\n'; }); done(s.toLowerCase()); },"
                        + "function (e) { done('failed ' + e); });", url));
    }

    static long history(String report, String event, String actor) {
        return Db.count("select count(*) from report_status_changes where report_id = ? and event = ? and actor = ?",
                UUID.fromString(report), event, actor);
    }

    static long audited(String action, String objectId, String actor, String purposeLike) {
        return Db.count("select count(*) from audit_entries where action = ? and object_id = ? and actor = ? and outcome = 'SUCCESS'"
                + " and purpose like ?", action, objectId, actor, purposeLike);
    }
}
