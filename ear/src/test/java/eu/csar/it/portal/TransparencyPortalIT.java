package eu.csar.it.portal;

import eu.csar.it.support.Browser;
import eu.csar.it.support.Db;
import eu.csar.it.support.Deployments;
import eu.csar.it.support.Tokens.Provider;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The transparency report page (Art 83-84) in a real Chromium: a centre admin finds it in the menu,
 * generates the EU Centre's draft for a year of synthetic reports and removal orders, sees the two
 * charts (SVG drawn by the server: the totals, the removal-time histogram) with the small count shown
 * as "&lt; 10" and no bar, downloads the CSV (the same "&lt; 10") and the PDF, reads the page in Dutch,
 * and publishes version 1. At 1280 and 390 px without sideways scrolling or serious axe findings;
 * screenshots in target/screenshots/.
 */
@ExtendWith(ArquillianExtension.class)
class TransparencyPortalIT {

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return Deployments.ear();
    }

    /** The bars of a server-drawn chart: label, text shown, and whether a bar is drawn. */
    @SuppressWarnings("unchecked")
    static List<List<String>> bars(Browser browser, String chartId) {
        return (List<List<String>>) ((JavascriptExecutor) browser.driver()).executeScript(
                "return Array.from(document.querySelectorAll('#' + arguments[0] + ' g')).map(g => [g.getAttribute('data-label'),"
                        + " g.getAttribute('data-shown'), g.querySelector('rect') ? 'bar' : 'no bar']);", chartId);
    }

    static String text(Object o) {
        return String.valueOf(o);
    }

    /** A year far ahead, the test's own: its synthetic rows are the only ones there. */
    private final int year = 2100 + ThreadLocalRandom.current().nextInt(800);
    private final String at = "'" + year + "-02-01T10:00:00Z'::timestamptz";

    /**
     * Removes the synthetic reports and removal orders again: lying in a year far ahead, they would head
     * every list that shows the newest first for the classes after this one (the counters stay).
     */
    @AfterEach
    void removeTheSyntheticRows() {
        Db.execute("delete from reports where opened_by = 'portal-it' and opened_at = " + at,
                "delete from removal_orders where reference like 'TR-PORTAL-" + year + "-%'");
    }

    @Test
    void anAdminGeneratesTheCentreReportSeesItsChartsDownloadsItInBothLanguagesAndPublishesIt() {
        String alpha = Provider.ALPHA.providerId.toString();
        // 14 known-material and 2 grooming reports submitted in one call each (inserted finished), 12 removal orders
        for (String[] batch : new String[][] {{"KNOWN", "14"}, {"GROOMING", "2"}}) {
            Db.execute("insert into reports (id, version, provider_id, state, report_type, provider_timestamp, reported_to_third_country, "
                    + "removed_or_disabled, urgent, legal_basis, profile_id, profile_version, opened_by, opened_at, finished_at, signature, "
                    + "signature_algorithm, signed_document_sha256, state_changed_at) select gen_random_uuid(), 0, '" + alpha + "', 'FINISHED', '" + batch[0]
                    + "', " + at + ", false, false, false, 'Art 12', 'COM-2022-209', 1, 'portal-it', " + at + ", " + at + ", 'sig', 'ES256', '" + "a".repeat(64)
                    + "', " + at + " from generate_series(1, " + batch[1] + ")");
        }
        Db.execute("insert into removal_orders (id, version, reference, issuing_member_state, issuing_authority, provider_id, provider_name, "
                        + "addressed_to, contact_email, reasons, profile_id, profile_version, state, issued_by, issued_at, received_at, "
                        + "execution_due_at, state_changed_at) select gen_random_uuid(), 0, 'TR-PORTAL-" + year + "-' || i, 'NL', 'Synthetic court', '"
                        + alpha + "', 'Alpha', 'POINT_OF_CONTACT', 'poc@alpha.example', 'synthetic', 'COM-2022-209', 1, 'RECEIVED', 'judge-nl', "
                        + at + ", " + at + ", " + at + " + interval '24 hours', " + at + " from generate_series(1, 12) i",
                "update removal_orders set state = 'EXECUTED', executed_at = received_at + (split_part(reference, '-', 4)::int) * "
                        + "interval '90 minutes', measure_taken = 'REMOVED', state_changed_at = received_at + interval '1 hour' "
                        + "where reference like 'TR-PORTAL-" + year + "-%'");

        String page = "/portal/transparency/report.xhtml?kind=centre&owner=EU&year=" + year;
        List<String> problems = new ArrayList<>();
        try (Browser browser = Browser.start()) {
            PortalDriver portal = new PortalDriver(browser);
            browser.loginAs("admin", page);
            browser.open(page); // the login lands on the page without its query
            assertFalse(browser.driver().findElements(By.id("nav-transparency")).isEmpty(), "the menu has the entry");
            portal.awaitOrExplain("transparency-none", d -> !d.findElements(By.id("none")).isEmpty());
            portal.clickAndWait("choose:generate");
            portal.awaitOrExplain("transparency-draft", d -> !d.findElements(By.id("state")).isEmpty());
            assertEquals("DRAFT", portal.find("state").getAttribute("data-state"));
            assertEquals("1", portal.find("version").getAttribute("data-version"));

            // the charts: server-drawn SVG; the suppressed total has its text and no bar
            List<List<String>> totals = bars(browser, "chart-totals");
            List<String> received = totals.stream().filter(b -> b.get(0).equals("Reports received")).findFirst()
                    .orElseThrow(() -> new AssertionError(totals + " in " + portal.find("charts").getAttribute("innerHTML")));
            assertEquals(List.of("Reports received", "16", "bar"), received);
            List<List<String>> buckets = bars(browser, "chart-removal");
            assertTrue(buckets.size() >= 5, "12 removals from 1.5 to 18 hours fill several buckets: " + buckets);
            assertTrue(buckets.stream().allMatch(b -> b.get(1).equals("< 10")), "each bucket holds fewer than 10: " + buckets);
            assertTrue(buckets.stream().allMatch(b -> b.get(2).equals("no bar")), "a suppressed count draws no bar: " + buckets);
            WebElement grooming = browser.driver().findElements(By.cssSelector("span.csar-figure[data-figure='REPORTS_RECEIVED']")).stream()
                    .filter(s -> "GROOMING".equals(s.getAttribute("data-category"))).findFirst().orElseThrow();
            assertEquals("< 10", grooming.getText());
            assertTrue(portal.text("removals").contains("12"), portal.text("removals"));

            // downloads in the browser's session: the CSV suppresses as the page does; the PDF is a PDF
            String csvHref = portal.find("download-csv").getAttribute("href");
            String csv = text(((JavascriptExecutor) browser.driver()).executeAsyncScript(
                    "var done = arguments[arguments.length - 1]; fetch(arguments[0]).then(r => r.text()).then(done, e => done('failed ' + e));",
                    csvHref));
            assertTrue(csv.contains("REPORTS_RECEIVED,," + alpha + ",GROOMING,,\"< 10\""), csv);
            assertTrue(csv.contains("REPORTS_RECEIVED,," + alpha + ",KNOWN,,14"), csv);
            assertEquals("200 application/pdf %PDF", text(portal.download(portal.find("download-pdf").getAttribute("href"))));
            assertTrue(text(portal.download(portal.find("download-json").getAttribute("href"))).startsWith("200 application/json {"));
            problems.addAll(ScreenGeometry.problems(browser, "transparency", "centre-draft", ScreenGeometry.DESKTOP, ScreenGeometry.PHONE));

            portal.find("session:lang-nl").click();
            portal.awaitOrExplain("transparency-nl", d -> d.findElement(By.id("state")).getText().equals("Concept"));
            assertTrue(portal.pageText().contains("Verwijdertijden per aanbieder"), portal.pageText());
            assertTrue(portal.pageText().contains("Ontvangen meldingen per lidstaat van de locatiegegevens"), portal.pageText());
            problems.addAll(ScreenGeometry.problems(browser, "transparency", "centre-draft-nl", ScreenGeometry.DESKTOP, ScreenGeometry.PHONE));
            portal.find("session:lang-en").click();
            portal.awaitOrExplain("transparency-en", d -> d.findElement(By.id("state")).getText().equals("Draft"));

            portal.clickAndWait("publish:publish-button");
            portal.awaitOrExplain("transparency-published", d -> "PUBLISHED".equals(d.findElement(By.id("state")).getAttribute("data-state")));
            assertTrue(browser.driver().findElements(By.id("publish")).isEmpty(), "a published version has no publish form");
            problems.addAll(ScreenGeometry.problems(browser, "transparency", "centre-published", ScreenGeometry.DESKTOP, ScreenGeometry.PHONE));
        }
        assertEquals(1, Db.count("select count(*) from transparency_reports where kind = 'CENTRE' and scope = 'EU' and year = ? "
                + "and state = 'PUBLISHED' and version = 1 and published_by = 'admin'", (short) year));
        assertEquals(List.of(), problems);
    }
}
