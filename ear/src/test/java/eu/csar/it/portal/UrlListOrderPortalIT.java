package eu.csar.it.portal;

import eu.csar.it.support.Browser;
import eu.csar.it.support.Db;
import eu.csar.it.support.Deployments;
import eu.csar.it.support.Tokens.Provider;
import eu.csar.it.support.UrlListEntries;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The blocking and delisting order screens and the overviews over every kind of order, in a real
 * Chromium against the real stack (issue 10 §4, §6): the issuing authority of NL issues a blocking
 * order to Zeta Net from the form (every missing field named on the page first, nothing written), and
 * its page shows the state, the URL-list entry, the next deadline with a countdown and the timeline,
 * in English and Dutch; Zeta Net's staff see it in their read-only view and open it, Alpha's staff
 * do not see it and get the not-found page for its id; the Coordinating Authority of NL finds its
 * deadlines in the calendar (the list view on a phone), the one of DE does not; and the EU Centre's
 * statistics count it. Pages at 1280 and 390 px without sideways scrolling or serious axe findings.
 * Screenshots in target/screenshots/.
 */
@ExtendWith(ArquillianExtension.class)
class UrlListOrderPortalIT {

    static final String FORM = "/portal/orders/issue-url-list-order.xhtml";
    static final String LIST = "/portal/orders/url-list-orders.xhtml";
    static final String PROVIDER_VIEW = "/portal/orders/provider-orders.xhtml";
    static final String CALENDAR = "/portal/orders/calendar.xhtml";
    static final String STATISTICS = "/portal/orders/statistics.xhtml";

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return Deployments.ear();
    }

    static List<String> screenProblems(Browser browser, String page) {
        return ScreenGeometry.problems(browser, "url-list-orders", page, ScreenGeometry.PHONE);
    }

    /** The number the statistics show for NL's blocking orders in TRANSMITTED (0 when there is no such row). */
    static long shownCount(Browser browser) {
        List<WebElement> cells = browser.driver().findElements(By.cssSelector(
                ".csar-stat-count[data-kind='BLOCKING'][data-member-state='NL'][data-state='TRANSMITTED']"));
        return cells.isEmpty() ? 0 : Long.parseLong(cells.get(0).getText().trim());
    }

    /** Each figure's bar is as long, on screen, as its share of the largest figure's bar (at least 1 %; to within 2 px). */
    static void assertBarsDrawTheirFigures(Browser browser, String figures) {
        List<WebElement> shown = browser.driver().findElements(By.cssSelector(figures));
        assertFalse(shown.isEmpty(), figures);
        long max = shown.stream().mapToLong(f -> Long.parseLong(f.getText().trim())).max().orElseThrow();
        double full = shown.stream().filter(f -> Long.parseLong(f.getText().trim()) == max).findFirst().orElseThrow()
                .findElement(By.xpath("following-sibling::span/span")).getSize().getWidth();
        assertTrue(full > 50, "the largest figure's bar fills its line: " + full + " px");
        for (WebElement f : shown) {
            long value = Long.parseLong(f.getText().trim());
            double width = f.findElement(By.xpath("following-sibling::span/span")).getSize().getWidth();
            assertEquals(value == 0 ? 0 : Math.max(full / 100, full * value / max), width, 2.0, figures + " " + value + " of " + max);
        }
    }

    static long transmittedBlockingNl() {
        return Db.count("select count(*) from url_list_orders where order_type = 'BLOCKING' and issuing_member_state = 'NL'"
                + " and state = 'TRANSMITTED'");
    }

    @Test
    void issuedFromTheFormSeenByItsProviderOnlyInTheCalendarOfItsMemberStateAndCountedByTheCentre() {
        String reference = "IT-ULO-" + UUID.randomUUID().toString().substring(0, 8);
        List<String> entries = UrlListEntries.active(1);
        List<String> problems = new ArrayList<>();
        String id;

        // the EU Centre's statistics before
        long countBefore;
        try (Browser browser = Browser.start()) {
            PortalDriver portal = new PortalDriver(browser);
            browser.loginAs("reviewer", STATISTICS);
            portal.find("stat-total");
            countBefore = shownCount(browser);
            assertEquals(transmittedBlockingNl(), countBefore, "the statistics count what PostgreSQL holds");
        }

        try (Browser browser = Browser.start()) {
            PortalDriver portal = new PortalDriver(browser);
            browser.loginAs("judge-nl", FORM);
            portal.find("issue:submit");
            problems.addAll(screenProblems(browser, "form"));

            // nothing filled in and an entry that is no id: every problem on the page, no order written
            long before = Db.count("select count(*) from url_list_orders");
            portal.type("issue:entries", "https://not-an-entry.example.invalid/");
            portal.clickAndWait("issue:submit");
            portal.awaitOrExplain("url-list-order-form-errors", d -> !portal.text("issue:referenceMessage").isEmpty());
            for (String field : List.of("reference", "authority", "provider", "entries", "reasons")) {
                assertFalse(portal.text("issue:" + field + "Message").isEmpty(), field + " has no message:\n" + portal.pageText());
            }
            assertFalse(portal.messageFor("issue:reference").isEmpty(), "the message is the field's description for screen readers");
            browser.screenshot("url-list-order-form-errors");
            assertEquals(before, Db.count("select count(*) from url_list_orders"));

            portal.type("issue:reference", reference)
                    .type("issue:authority", "Rechtbank Den Haag (demo)")
                    .choose("issue:provider", Provider.ZETA.providerId.toString())
                    .type("issue:entries", entries.get(0))
                    .type("issue:reasons", "Synthetic statement of reasons for a browser test")
                    .type("issue:userNotice", "This page is blocked by order of a court (synthetic notice)")
                    .type("issue:period", "P2Y");
            browser.screenshot("url-list-order-form");
            portal.find("issue:submit").click();
            // the page opens, and the address bar then shows the order's permanent link
            portal.awaitOrExplain("url-list-order-issued", d -> d.getCurrentUrl().matches(".*/portal/blocking-orders/[0-9a-f-]{36}$"));
            portal.find("state");
            String url = browser.driver().getCurrentUrl();
            id = url.substring(url.length() - 36);
            assertEquals(reference, Db.value("select reference from url_list_orders where id = ?::uuid", id));
            assertEquals("BLOCKING", Db.value("select order_type from url_list_orders where id = ?::uuid", id));
            assertEquals("TRANSMITTED", portal.find("state").getAttribute("data-state"));
            assertTrue(portal.pageText().contains("Blocking order " + reference + " issued and transmitted to"), portal.pageText());
            assertEquals("reassessment", portal.find("next-deadline").getAttribute("data-kind"));
            assertTrue(Long.parseLong(portal.find("countdown").getAttribute("data-csar-countdown")) > 0);
            assertTrue(portal.text("entries").contains("https://blocked-"), portal.text("entries"));
            assertEquals(List.of("ISSUE", "TRANSMIT"), browser.driver().findElements(By.cssSelector("#timeline-steps .csar-timeline-step"))
                    .stream().map(s -> s.getAttribute("data-event")).toList());
            browser.screenshot("url-list-order-transmitted");
            problems.addAll(screenProblems(browser, "order"));
            // its Annex VII PDF, from the page (the browser's session)
            assertTrue(portal.annexHref().endsWith("/portal/blocking-orders/" + id + "/annex.pdf"), portal.annexHref());
            assertEquals("200 application/pdf %PDF", portal.download(portal.annexHref()));
            assertEquals(64, portal.text("verification-hash").length());

            // in Dutch
            portal.find("session:lang-nl").click();
            portal.awaitHeading("Blokkeringsbevel " + reference);
            assertEquals("Verzonden", portal.text("state"));
            assertTrue(portal.text("next-deadline").startsWith("Herbeoordeling uiterlijk"), portal.text("next-deadline"));
            assertTrue(portal.pageText().contains("Verzonden aan de aanbieder"), portal.pageText());
            browser.screenshot("url-list-order-transmitted-nl");
            problems.addAll(screenProblems(browser, "order nl"));
            portal.find("session:lang-en").click();
            portal.awaitHeading("Blocking order " + reference);

            // the list, filtered by kind and state
            browser.open(LIST);
            portal.find("orders:table");
            portal.chooseAlso("orders:types", "BLOCKING");
            portal.chooseAlso("orders:states", "TRANSMITTED");
            portal.clickAndWait("orders:search");
            portal.awaitOrExplain("url-list-orders-filtered", d -> portal.text("orders:table").contains(reference));
            browser.screenshot("url-list-orders-list");
            problems.addAll(screenProblems(browser, "list"));
            portal.choose("orders:deadline", "overdue");
            portal.clickAndWait("orders:search");
            assertFalse(portal.text("orders:table").contains(reference), "its reassessment is not overdue");
        }

        // the provider's staff: Zeta Net sees it and opens it; Alpha does not, and its id is not found for Alpha
        try (Browser browser = Browser.start()) {
            PortalDriver portal = new PortalDriver(browser);
            browser.loginAs("zeta-staff", PROVIDER_VIEW);
            portal.awaitOrExplain("provider-view-zeta", d -> portal.text("orders").contains(reference));
            browser.screenshot("provider-orders-zeta");
            problems.addAll(screenProblems(browser, "provider view"));
            browser.driver().findElement(By.linkText(reference)).click();
            portal.awaitHeading("Blocking order " + reference);
            assertEquals("TRANSMITTED", portal.find("state").getAttribute("data-state"));
            portal.find("session:lang-nl").click();
            portal.awaitHeading("Blokkeringsbevel " + reference);
            browser.open(PROVIDER_VIEW);
            portal.awaitHeading("Bevelen gericht aan uw dienst");
            browser.screenshot("provider-orders-zeta-nl");
            portal.find("session:lang-en").click();
        }
        try (Browser browser = Browser.start()) {
            PortalDriver portal = new PortalDriver(browser);
            browser.loginAs("alpha-staff", PROVIDER_VIEW);
            portal.find("orders");
            assertFalse(portal.text("orders").contains(reference), "another provider's order is not in Alpha's view");
            browser.open("/portal/blocking-orders/" + id);
            assertTrue(portal.text("not-found").contains("does not exist or is not yours to see"), portal.pageText());
            assertFalse(portal.pageText().contains(reference));
            browser.screenshot("url-list-order-not-found-alpha");
        }

        // the calendar: NL's Coordinating Authority has the order's deadlines, DE's does not
        try (Browser browser = Browser.start()) {
            PortalDriver portal = new PortalDriver(browser);
            browser.loginAs("ca-nl", CALENDAR);
            portal.find("calendar:deadlines");
            List<String> deadlines = browser.driver().findElements(By.xpath("//*[@id='calendar:deadlines']//a[text()='" + reference + "']/ancestor::tr"))
                    .stream().map(r -> r.findElement(By.className("csar-cal-what")).getAttribute("data-deadline")).sorted().toList();
            assertEquals(List.of("end", "reassessment"), deadlines, portal.pageText());
            browser.screenshot("order-calendar");
            problems.addAll(screenProblems(browser, "calendar"));
            ScreenGeometry.resize(browser.driver(), ScreenGeometry.PHONE);
            browser.driver().navigate().refresh();
            portal.find("calendar:deadlines");
            portal.awaitOrExplain("order-calendar-phone", d -> "listMonth".equals(((JavascriptExecutor) d).executeScript(
                    "var w = PF('deadlineCalendar'); return w && w.calendar ? w.calendar.view.type : null;")));
            browser.screenshot("order-calendar-phone-390");
            ScreenGeometry.resize(browser.driver(), ScreenGeometry.DESKTOP);
            portal.chooseAlso("calendar:kinds", "REMOVAL");
            portal.clickAndWait("calendar:search");
            assertFalse(portal.text("calendar:deadlines").contains(reference), "the filter by kind leaves the blocking order out");
            portal.find("session:lang-nl").click();
            portal.awaitHeading("Termijnkalender");
            browser.screenshot("order-calendar-nl");
        }
        try (Browser browser = Browser.start()) {
            PortalDriver portal = new PortalDriver(browser);
            browser.loginAs("ca-de", CALENDAR);
            portal.find("calendar:deadlines");
            assertFalse(portal.text("calendar:deadlines").contains(reference), "another Member State's order");
        }

        // the EU Centre's statistics after
        try (Browser browser = Browser.start()) {
            PortalDriver portal = new PortalDriver(browser);
            browser.loginAs("reviewer", STATISTICS);
            portal.find("stat-total");
            assertEquals(transmittedBlockingNl(), shownCount(browser));
            assertTrue(shownCount(browser) >= countBefore + 1, "the new order counts");
            assertBarsDrawTheirFigures(browser, ".csar-stat-kind");
            assertBarsDrawTheirFigures(browser, ".csar-stat-ms");
            browser.screenshot("order-statistics");
            problems.addAll(screenProblems(browser, "statistics"));
            portal.find("session:lang-nl").click();
            portal.awaitHeading("Statistiek van bevelen");
            assertTrue(portal.pageText().contains("Blokkeringsbevel"), portal.pageText());
            browser.screenshot("order-statistics-nl");
        }
        assertTrue(Db.count("select count(*) from audit_events where action = 'ORDER_STATISTICS_READ'"
                + " and outcome = 'SUCCESS'") >= 2, "each read of the statistics is audited");
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }
}
