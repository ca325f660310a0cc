package eu.csar.it.reports;

import eu.csar.it.indicators.ScreenSteps;
import eu.csar.it.support.Api;
import eu.csar.it.support.Browser;
import eu.csar.it.support.Db;
import eu.csar.it.support.Deployments;
import eu.csar.it.support.Fixtures;
import eu.csar.it.support.ResetsPlatformClock;
import eu.csar.it.support.Tokens.Provider;
import eu.csar.it.support.Tokens;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import static eu.csar.it.reports.RemovalCheckIT.material;
import static eu.csar.it.reports.RemovalCheckIT.receiverPost;
import static eu.csar.it.reports.ReportForwardingIT.RECEIVER;
import static eu.csar.it.reports.ReportTriageIT.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The Centre's screen of the removal checks of reported public material (issue 11 §4) on the real
 * stack, in headless Chromium, with the demo receiver's stand-in public host. A report naming two
 * URLs is forwarded; both are checked once. One is switched gone and an administrator's "check now"
 * has the sweep find it REMOVED (audited as the admin's request, the last check later); the platform
 * clock passes the checking period and the other is STILL_ONLINE, listed first with "all states", and
 * a "check now" on it checks it once more (a new last-check time, still online). The URLs are text
 * with a copy button, never links; the history dialog shows each HEAD check; the screen in English
 * and Dutch at 1280 and 390 px. A search by a part of the URL shows only the matching row, one by report only
 * that report's URLs, a report id that is not one is refused next to its field; "Clear" shows all again. An auditor sees no button and no link to the review page, a reviewer
 * a link to the report's review page; a provider's staff get the 403 page and a provider's token 403.
 */
@ExtendWith(ArquillianExtension.class)
@ExtendWith(ResetsPlatformClock.class)
@ExtendWith(AlphaSigningKey.class)
class PublicMaterialPortalIT {

    static final String PAGE = "/portal/reports/public-material.xhtml";

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return Deployments.ear();
    }

    @Test
    void centreStaffSeeTheStatesAndAnAdminChecksNowAudited() throws Exception {
        String stayName = "screen-" + UUID.randomUUID().toString().substring(0, 8);
        String goneName = "screen-" + UUID.randomUUID().toString().substring(0, 8);
        String stayUrl = RECEIVER + "/public/" + stayName;
        String goneUrl = RECEIVER + "/public/" + goneName;
        UUID report = RemovalCheckIT.submit(List.of(stayUrl, goneUrl));
        ReportForwardingIT.decideForward(report, "[\"NL\"]", false);
        await(() -> Db.count("select count(*) from report_public_material where report_id = ? and checks >= 1", report) == 2,
                "both URLs checked once");
        assertEquals(200, receiverPost("/public/" + goneName + "/gone"));

        try (Browser browser = Browser.start()) {
            WebDriver driver = browser.loginAs("admin", PAGE).open(PAGE).driver();
            browser.waitUp().until(d -> row(d, goneUrl) != null && row(d, stayUrl) != null);
            assertEquals("CHECKING", state(driver, goneUrl), "gone, but not checked since");
            assertTrue(driver.findElements(By.cssSelector("[id='material:table'] a[href*='/public/'], [id='material:table'] img")).isEmpty(),
                    "reported URLs are never links or images");
            assertEquals(goneUrl, row(driver, goneUrl).findElement(By.cssSelector("[data-csar-copy]")).getAttribute("data-csar-copy"));
            assertTrue(driver.findElements(By.id("material-read-only")).isEmpty());

            // Check now: the sweep asks it (HEAD) within its period and finds it gone.
            long auditMark = Fixtures.auditMark();
            Object checkedBefore = material(report, goneUrl).get("last_checked_at");
            row(driver, goneUrl).findElement(By.cssSelector("button[id$=':check-now']")).click();
            browser.waitUp().until(d -> d.findElement(By.id("messages")).getText().contains(report.toString()));
            await(() -> "REMOVED".equals(material(report, goneUrl).get("state")), "the gone URL REMOVED after check now");
            Map<String, Object> gone = material(report, goneUrl);
            assertNotEquals(checkedBefore, gone.get("last_checked_at"), "checked again");
            assertNotNull(gone.get("removed_at"));
            assertEquals(1, Db.count("select count(*) from audit_entries where seq > ? and action = 'REPORT_REMOVAL_CHECK_REQUESTED'"
                    + " and actor = 'admin' and outcome = 'SUCCESS' and object_id = ?", auditMark, report.toString()));

            // The checking period passes: the other is still online.
            assertEquals(200, Api.postJson("/test-support/clock/advance", "{\"by\":\"P32D\"}", Tokens.user("admin")).status());
            await(() -> "STILL_ONLINE".equals(material(report, stayUrl).get("state")), "the other STILL_ONLINE");
            driver.findElement(By.id("material:refresh")).click();
            browser.settle();
            browser.waitUp().until(d -> "STILL_ONLINE".equals(state(d, stayUrl)) && "REMOVED".equals(state(d, goneUrl)));
            String goneRow = row(driver, goneUrl).getText();
            assertTrue(goneRow.contains("Removed") && goneRow.contains("gone (HTTP 404)"), goneRow);
            assertTrue(row(driver, stayUrl).getText().contains("Still online"), row(driver, stayUrl).getText());
            assertTrue(row(driver, goneUrl).findElements(By.cssSelector("button[id$=':check-now']")).isEmpty(), "removed: never asked again");
            List<String> states = driver.findElements(By.cssSelector("[id='material:table'] .csar-material-state")).stream()
                    .map(e -> e.getAttribute("data-state")).toList();
            int firstOther = states.indexOf(states.stream().filter(s -> !s.equals("STILL_ONLINE")).findFirst().orElse("none"));
            assertTrue(firstOther == -1 || states.lastIndexOf("STILL_ONLINE") < firstOther, "still online first: " + states);
            ScreenSteps.screenshots(browser, "portal-public-material-en");

            // The check history of the removed URL: two HEAD checks, the second gone.
            row(driver, goneUrl).findElement(By.cssSelector("button[id$=':history']")).click();
            browser.waitUp().until(d -> d.findElement(By.id("history-dialog")).isDisplayed()
                    && d.findElements(By.cssSelector("#history-dialog tr.csar-material-check")).size() == 2);
            String log = driver.findElement(By.id("history-dialog")).getText();
            assertTrue(log.contains(goneUrl) && log.contains("online (HTTP 200)") && log.contains("gone (HTTP 404)"), log);
            assertTrue(driver.findElements(By.cssSelector("#history-dialog a[href*='/public/']")).isEmpty());
            assertEquals(1, Db.count("select count(*) from audit_entries where seq > ? and action = 'REPORT_MATERIAL_CHECKS_READ'"
                    + " and actor = 'admin' and object_id = ?", auditMark, report.toString()));
            ScreenSteps.screenshots(browser, "portal-public-material-history-en");
            driver.findElement(By.cssSelector("#history-dialog button:not(.ui-dialog-titlebar-close)")).click();
            browser.waitUp().until(d -> !d.findElement(By.id("history-dialog")).isDisplayed());

            // Check now on a URL still online after the period: checked once more, a new last-check time.
            Object stayChecked = material(report, stayUrl).get("last_checked_at");
            int stayChecks = ((Number) material(report, stayUrl).get("checks")).intValue();
            row(driver, stayUrl).findElement(By.cssSelector("button[id$=':check-now']")).click();
            browser.waitUp().until(d -> d.findElement(By.id("messages")).getText().contains(report.toString()));
            await(() -> ((Number) material(report, stayUrl).get("checks")).intValue() == stayChecks + 1
                    && "STILL_ONLINE".equals(material(report, stayUrl).get("state")), "the still-online URL checked once more");
            assertNotEquals(stayChecked, material(report, stayUrl).get("last_checked_at"));
            assertEquals(2, Db.count("select count(*) from audit_entries where seq > ? and action = 'REPORT_REMOVAL_CHECK_REQUESTED'"
                    + " and actor = 'admin' and object_id = ?", auditMark, report.toString()));
            assertTrue(Db.count("select count(*) from audit_entries where seq > ? and action = 'REPORT_MATERIAL_LIST_READ'"
                    + " and actor = 'admin'", auditMark) >= 1, "the list reads audited");

            // Searched by a part of the URL (any case): only the matching row; cleared: both again.
            search(browser, stayName.toUpperCase(Locale.ROOT), "");
            browser.waitUp().until(d -> row(d, stayUrl) != null && row(d, goneUrl) == null);
            assertEquals(1, driver.findElements(By.cssSelector("[id='material:table'] tr.csar-material-row")).size());
            ScreenSteps.screenshots(browser, "portal-public-material-search-en");
            driver.findElement(By.id("material:clear")).click();
            browser.settle();
            browser.waitUp().until(d -> row(d, stayUrl) != null && row(d, goneUrl) != null);
            assertEquals("", driver.findElement(By.id("material:url")).getAttribute("value"), "the field cleared");
            // By report: both of its URLs and no other report's.
            search(browser, "", " " + report + " ");
            browser.waitUp().until(d -> row(d, stayUrl) != null && row(d, goneUrl) != null
                    && d.findElements(By.cssSelector("[id='material:table'] tr.csar-material-row")).size() == 2);
            // A part that matches nothing, and a report id that is not one: said on the page, next to the field.
            search(browser, stayName + "-none", "");
            browser.waitUp().until(d -> d.findElement(By.id("material:table")).getText().contains("No watched URL matches."));
            search(browser, "", "not-a-report");
            browser.waitUp().until(d -> d.findElement(By.id("material:reportMessage")).getText().contains("Enter a report id such as"));
            assertTrue(driver.findElements(By.id("error-500")).isEmpty());
            ScreenSteps.screenshots(browser, "portal-public-material-bad-report-en");
            driver.findElement(By.id("material:clear")).click();
            browser.settle();
            browser.waitUp().until(d -> row(d, stayUrl) != null && row(d, goneUrl) != null
                    && d.findElement(By.id("material:reportMessage")).getText().isEmpty());

            // Filtered by state.
            filter(browser, "REMOVED");
            browser.waitUp().until(d -> row(d, goneUrl) != null && row(d, stayUrl) == null);
            filter(browser, "STILL_ONLINE");
            browser.waitUp().until(d -> row(d, stayUrl) != null && row(d, goneUrl) == null);
            ScreenSteps.screenshots(browser, "portal-public-material-still-online-en");

            driver.findElement(By.id("session:lang-nl")).click();
            browser.waitUp().until(d -> "nl".equals(d.findElement(By.tagName("html")).getAttribute("lang")));
            browser.waitUp().until(d -> row(d, stayUrl) != null);
            assertTrue(row(driver, stayUrl).getText().contains("Nog online"), row(driver, stayUrl).getText());
            assertTrue(row(driver, goneUrl) == null || row(driver, goneUrl).getText().contains("Verwijderd"));
            String footer = driver.findElement(By.cssSelector("[id='material:table'] .ui-datatable-footer")).getText();
            assertTrue(footer.contains("URL-adressen") && !footer.contains("|"), "the count in Dutch: " + footer);
            ScreenSteps.screenshots(browser, "portal-public-material-nl");
            search(browser, stayName, "");
            browser.waitUp().until(d -> row(d, stayUrl) != null && row(d, goneUrl) == null);
            ScreenSteps.screenshots(browser, "portal-public-material-search-nl");
            search(browser, stayName + "-geen", "");
            browser.waitUp().until(d -> d.findElement(By.id("material:table")).getText().contains("Geen gecontroleerde URL komt overeen."));
        }

        try (Browser browser = Browser.start()) {
            WebDriver driver = browser.loginAs("auditor", PAGE).open(PAGE).driver();
            browser.waitUp().until(d -> row(d, stayUrl) != null);
            assertFalse(driver.findElements(By.id("material-read-only")).isEmpty(), "told it is read-only");
            assertTrue(driver.findElements(By.cssSelector("button[id$=':check-now']")).isEmpty(), "no check now for auditors");
            assertTrue(row(driver, stayUrl).findElements(By.tagName("a")).isEmpty(), "the review page is the reviewers'");
        }

        try (Browser browser = Browser.start()) {
            WebDriver driver = browser.loginAs("reviewer", PAGE).open(PAGE).driver();
            browser.waitUp().until(d -> row(d, stayUrl) != null);
            assertTrue(driver.findElements(By.cssSelector("button[id$=':check-now']")).isEmpty(), "check now is the admins'");
            String href = row(driver, stayUrl).findElement(By.cssSelector("a.csar-material-report")).getAttribute("href");
            assertTrue(href.endsWith("/portal/reports/review/" + report), "the report's permalink: " + href);
        }

        try (Browser browser = Browser.start()) {
            browser.loginAs("alpha-staff", "/portal/index.xhtml").open(PAGE);
            browser.waitUp().until(d -> !d.findElements(By.id("error-403")).isEmpty());
            assertFalse(browser.driver().getPageSource().contains(stayUrl), "nothing of the list is shown");
            browser.driver().manage().timeouts().scriptTimeout(Duration.ofSeconds(20));
            Object status = ((JavascriptExecutor) browser.driver()).executeAsyncScript("var done = arguments[arguments.length - 1];"
                    + "fetch(arguments[0], {credentials: 'same-origin', redirect: 'manual'}).then(function (r) { done(r.status); },"
                    + " function () { done(-1); });", PAGE);
            assertEquals(403L, status, "a provider's staff");
        }
        assertEquals(403, Api.get(PAGE, Tokens.provider(Provider.ALPHA)).status(), "a provider's machine token");
    }

    // --- helpers --------------------------------------------------------------------------------------

    /** The table row showing {@code url}, or null. */
    static WebElement row(WebDriver driver, String url) {
        List<WebElement> rows = driver.findElements(By.xpath("//tr[.//code[contains(@class,'csar-material-url') and normalize-space(text())='"
                + url + "']]"));
        return rows.isEmpty() ? null : rows.get(0);
    }

    static String state(WebDriver driver, String url) {
        WebElement row = row(driver, url);
        return row == null ? null : row.findElement(By.className("csar-material-state")).getAttribute("data-state");
    }

    /** Types {@code url} and {@code report} into the search fields (replacing what they held) and searches. */
    private static void search(Browser browser, String url, String report) {
        for (Map.Entry<String, String> field : Map.of("material:url", url, "material:report", report).entrySet()) {
            WebElement input = browser.driver().findElement(By.id(field.getKey()));
            input.clear();
            input.sendKeys(field.getValue());
        }
        browser.driver().findElement(By.id("material:search")).click();
        browser.settle();
    }

    /** Chooses {@code state} in the state filter and fires its change, as picking the item does (the table reloads). */
    private static void filter(Browser browser, String state) {
        ((JavascriptExecutor) browser.driver()).executeScript("var menu = PrimeFaces.getWidgetById(arguments[0]);"
                + " menu.selectValue(arguments[1]); menu.triggerChange();", "material:state", state);
        browser.settle();
    }
}
