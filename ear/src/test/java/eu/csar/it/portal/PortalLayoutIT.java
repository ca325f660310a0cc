package eu.csar.it.portal;

import eu.csar.it.support.Browser;
import eu.csar.it.support.Deployments;
import eu.csar.it.support.Fixtures;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The frame around every page, as a user sees it: on a phone (390 px) a header that leaves the
 * screen to the content, the name and Log out on one line, table labels that wrap between words;
 * a skip link that says where it goes; a focus ring that can be seen; the menu entry of the page
 * on screen marked for eyes and screen readers.
 */
@ExtendWith(ArquillianExtension.class)
class PortalLayoutIT {

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return Deployments.ear();
    }

    @Test
    void onAPhoneTheHeaderIsCompactAndTableLabelsWrapBetweenWords() {
        Fixtures.provider("Phone Width Establishment Holding BV").representedIn("IE").register();
        // What a registration may hold and a phone must still show without scrolling sideways: a name
        // of one long word and a long e-mail address (the fuzz tests register odder ones).
        Fixtures.provider("Telecommunicatiedienstverleningsmaatschappijenholding").representedIn("IE")
                .contactEmail("notice-and-action-department-for-authorities@telecommunicatiedienstverlening.example")
                .register();
        List<String> problems = new ArrayList<>();
        try (Browser browser = Browser.start()) {
            PortalDriver portal = new PortalDriver(browser);
            browser.open("/public/register.xhtml");
            portal.find("register");
            problems.addAll(phoneProblems(browser, "public register", null));

            browser.loginAs("admin", "/portal/registry/providers.xhtml");
            portal.find("providers:table");
            problems.addAll(phoneProblems(browser, "providers list", "admin"));

            portal.find("session:lang-nl").click();
            portal.awaitHeading("Aanbieders");
            problems.addAll(phoneProblems(browser, "providers list (nl)", "admin"));
        }
        try (Browser browser = Browser.start()) {
            PortalDriver portal = new PortalDriver(browser);
            browser.loginAs("auditor", "/portal/audit/trail.xhtml");
            portal.find("audit:table");
            problems.addAll(phoneProblems(browser, "audit trail", "auditor"));

            portal.find("session:lang-nl").click();
            portal.awaitHeading("Audittrail");
            problems.addAll(phoneProblems(browser, "audit trail (nl)", "auditor"));
        }
        try (Browser browser = Browser.start()) {
            PortalDriver portal = new PortalDriver(browser);
            browser.loginAs("ca-nl-de", "/portal/inbox.xhtml");
            portal.find("inbox:table");
            problems.addAll(phoneProblems(browser, "inbox", "ca-nl-de"));
        }
        // the order pages of issue 10 §6: blocking and delisting orders, their form, the calendar, the
        // statistics and the provider's view (UrlListOrderPortalIT looks at them with an order in them)
        try (Browser browser = Browser.start()) {
            PortalDriver portal = new PortalDriver(browser);
            browser.loginAs("judge-nl", "/portal/orders/url-list-orders.xhtml");
            portal.find("orders:table");
            problems.addAll(phoneProblems(browser, "blocking and delisting orders", "judge-nl"));
            browser.open("/portal/orders/issue-url-list-order.xhtml");
            portal.find("issue:submit");
            problems.addAll(phoneProblems(browser, "blocking order form", "judge-nl"));
            browser.open("/portal/orders/calendar.xhtml");
            portal.find("calendar:deadlines");
            problems.addAll(phoneProblems(browser, "deadline calendar", "judge-nl"));
        }
        try (Browser browser = Browser.start()) {
            PortalDriver portal = new PortalDriver(browser);
            browser.loginAs("reviewer", "/portal/orders/statistics.xhtml");
            portal.find("stat-total");
            problems.addAll(phoneProblems(browser, "order statistics", "reviewer"));
        }
        try (Browser browser = Browser.start()) {
            PortalDriver portal = new PortalDriver(browser);
            browser.loginAs("zeta-staff", "/portal/orders/provider-orders.xhtml");
            portal.find("orders");
            problems.addAll(phoneProblems(browser, "provider view", "zeta-staff"));
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    @Test
    void theSkipLinkSaysWhereItGoesTheFocusRingIsVisibleAndTheMenuMarksTheCurrentPage() {
        try (Browser browser = Browser.start()) {
            PortalDriver portal = new PortalDriver(browser);
            browser.loginAs("auditor", "/portal/audit/trail.xhtml");
            portal.find("audit:table");

            WebElement skip = browser.driver().findElement(By.cssSelector("a.csar-skip"));
            assertEquals("Skip to main content", skip.getAttribute("textContent").trim());
            new Actions(browser.driver()).sendKeys(Keys.TAB).perform();
            assertEquals("csar-skip", active(browser).getAttribute("class"), "the skip link is the first stop of the keyboard");
            assertTrue(skip.isDisplayed(), "the skip link appears when it has the focus");
            double ring = focusRingContrast(browser, "audit:search");
            assertTrue(ring >= 3.0, "the focus ring stands out from white at least 3:1, was " + ring);
            browser.screenshot("layout-focus-ring");

            List<WebElement> current = browser.driver().findElements(By.cssSelector(".csar-nav a[aria-current='page']"));
            assertEquals(1, current.size(), "exactly one menu entry is the current page");
            assertEquals("nav-audit", current.get(0).getAttribute("id"));
            String background = current.get(0).getCssValue("background-color");
            String other = browser.driver().findElement(By.id("nav-public")).getCssValue("background-color");
            assertTrue(!background.equals(other), "the current entry looks different: " + background + " vs " + other);

            portal.find("session:lang-nl").click();
            portal.awaitHeading("Audittrail");
            assertEquals("Naar de inhoud",
                    browser.driver().findElement(By.cssSelector("a.csar-skip")).getAttribute("textContent").trim());
        }
    }

    private static List<String> phoneProblems(Browser browser, String page, String user) {
        List<String> problems = new ArrayList<>();
        ScreenGeometry.resize(browser.driver(), ScreenGeometry.DESKTOP);
        ScreenGeometry.brokenHeaderWords(browser.driver()).forEach(w -> problems.add(page + ", 1280 px: " + w));
        ScreenGeometry.resize(browser.driver(), ScreenGeometry.PHONE);
        browser.screenshot("phone-" + page.replace(' ', '-'));
        double share = ScreenGeometry.headerShare(browser.driver());
        if (share > 0.15) {
            problems.add(page + ", 390 px: the header takes " + Math.round(share * 100) + " % of the screen");
        }
        if (user != null && !ScreenGeometry.onOneLine(browser.driver(), "portal-user", "session:logout")) {
            problems.add(page + ", 390 px: the user's name and Log out are on different lines");
        }
        for (String id : user == null ? List.of("brand") : List.of("brand", "portal-user", "session:logout")) {
            if (!ScreenGeometry.withinWidth(browser.driver(), id)) {
                problems.add(page + ", 390 px: " + id + " lies (partly) outside the screen");
            }
        }
        if (ScreenGeometry.scrollsSideways(browser.driver())) {
            problems.add(page + ", 390 px: the page is wider than the screen: " + ScreenGeometry.sticksOut(browser.driver()));
        }
        ScreenGeometry.brokenHeaderWords(browser.driver()).forEach(w -> problems.add(page + ", 390 px: " + w));
        ScreenGeometry.resize(browser.driver(), ScreenGeometry.DESKTOP);
        return problems;
    }

    private static WebElement active(Browser browser) {
        return browser.driver().switchTo().activeElement();
    }

    /** Focuses the element by keyboard-like means and returns the contrast of its outline against white. */
    private static double focusRingContrast(Browser browser, String id) {
        String rgb = (String) ((JavascriptExecutor) browser.driver()).executeScript("""
                var el = document.getElementById(arguments[0]);
                el.focus({focusVisible: true});
                var style = getComputedStyle(el);
                return parseFloat(style.outlineWidth) >= 2 && style.outlineStyle !== 'none' ? style.outlineColor : 'none';
                """, id);
        if (rgb.equals("none")) {
            return 0;
        }
        String[] parts = rgb.replaceAll("[^0-9,.]", "").split(",");
        double l = luminance(Double.parseDouble(parts[0]), Double.parseDouble(parts[1]), Double.parseDouble(parts[2]));
        return 1.05 / (l + 0.05);
    }

    private static double luminance(double r, double g, double b) {
        return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
    }

    private static double channel(double c) {
        double s = c / 255;
        return s <= 0.03928 ? s / 12.92 : Math.pow((s + 0.055) / 1.055, 2.4);
    }
}
