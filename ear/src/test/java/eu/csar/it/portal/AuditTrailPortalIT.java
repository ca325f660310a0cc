package eu.csar.it.portal;

import eu.csar.it.support.Browser;
import eu.csar.it.support.Db;
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

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The auditor's screen: the trail is listed in words (never raw codes), filtered through drop-downs,
 * names the providers it concerns, refuses filters that make no sense without searching, lets the
 * auditor hide their own reads, and verifies the chain as intact, in plain sight; in English and Dutch.
 */
@ExtendWith(ArquillianExtension.class)
class AuditTrailPortalIT {

    private static final String OWN_SEARCHES =
            "select count(*) from audit_entries where seq > ? and actor = 'auditor' and action = 'AUDIT_TRAIL_SEARCHED'";

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return Deployments.ear();
    }

    @Test
    void anAuditorBrowsesTheTrailAndSeesTheChainIntact() {
        try (Browser browser = Browser.start()) {
            PortalDriver portal = new PortalDriver(browser);
            browser.loginAs("auditor", "/portal/audit/trail.xhtml");
            portal.find("audit:table");

            portal.clickAndWait("verify:verifyChain");
            browser.waitUp().until(d -> !d.findElements(By.id("chain-verdict")).isEmpty());
            browser.screenshot("portal-auditor-chain-verified");
            String verdict = portal.text("chain-verdict");
            String css = portal.find("chain-verdict").getAttribute("class");
            assertTrue(verdict.contains("intact"), verdict);
            assertTrue(css.contains("csar-verdict-intact"), css);
            assertFalse(verdict.contains("broken"), verdict);

            portal.find("audit:hideOwnReads").click();
            portal.awaitAjax().awaitOrExplain("audit-own-reads", d -> portal.text("audit:table").contains("Audit trail searched"));
            String table = portal.text("audit:table");
            assertFalse(table.contains("AUDIT_TRAIL_SEARCHED"), "no raw codes:\n" + table);

            portal.choose("audit:action", "AUDIT_CHAIN_VERIFIED").clickAndWait("audit:search");
            browser.waitUp().until(d -> !portal.text("audit:table").contains("Audit trail searched"));
            String filtered = portal.text("audit:table");
            browser.screenshot("portal-auditor-trail-filtered");
            assertTrue(filtered.contains("Audit chain verified"), filtered);
            List<String> actions = column(browser, 6);
            assertFalse(actions.isEmpty(), filtered);
            assertTrue(actions.stream().allMatch("Audit chain verified"::equals), "only the chosen action is left: " + actions);
        }
    }

    @Test
    void theFiltersAreDropDownsWithTranslatedLabelsNamedByTheirLabel() {
        try (Browser browser = Browser.start()) {
            PortalDriver portal = new PortalDriver(browser);
            browser.loginAs("auditor", "/portal/audit/trail.xhtml");
            portal.find("audit:table");

            List<String> actions = options(browser, "audit:action_input");
            assertTrue(actions.contains("Provider registry / Provider read"), actions.toString());
            assertTrue(actions.contains("Audit trail / Audit trail searched"), actions.toString());
            assertTrue(actions.stream().noneMatch(o -> o.matches(".*[A-Z]+_[A-Z_]+.*")), "no raw codes: " + actions);
            assertTrue(options(browser, "audit:objectType_input").contains("Provider"));
            assertTrue(options(browser, "audit:outcome_input").contains("Refused"));
            portal.awaitOrExplain("audit-dropdown-name", d -> d.findElement(By.id("audit:action_label")).getAttribute("aria-labelledby") != null);
            assertEquals("Action", portal.find("audit:action_label").getAccessibleName(),
                    "a screen reader names the drop-down by its label, not by its value");
            assertEquals("Outcome", portal.find("audit:outcome_label").getAccessibleName());
            assertTrue(column(browser, 4).stream().noneMatch(r -> r.contains("centre-")), "roles in words: " + column(browser, 4));
            browser.screenshot("portal-audit-trail-en");

            portal.find("session:lang-nl").click();
            portal.awaitHeading("Audittrail");
            portal.find("audit:hideOwnReads").click();
            portal.awaitAjax().awaitOrExplain("audit-nl", d -> portal.text("audit:table").contains("Audittrail doorzocht"));
            String table = portal.text("audit:table");
            browser.screenshot("portal-audit-trail-nl");
            for (String dutch : new String[]{"Gebruiker", "Auditor EU-centrum", "Auditcontrole", "Audittrail doorzocht", "Geslaagd"}) {
                assertTrue(table.contains(dutch), dutch + " in:\n" + table);
            }
            for (String english : new String[]{"Actor", "centre-auditor", "audit review", "AuditTrail"}) {
                assertFalse(table.contains(english), "no English " + english + " in:\n" + table);
            }
            List<String> dutchActions = options(browser, "audit:action_input");
            assertTrue(dutchActions.contains("Aanbiedersregister / Aanbieder ingezien"), dutchActions.toString());
            assertEquals("Handeling", portal.find("audit:action_label").getAccessibleName());

            WebElement calendar = browser.driver().findElement(By.cssSelector("[id='audit:from'] .ui-datepicker-trigger"));
            assertEquals("Kies een datum", calendar.getAttribute("aria-label"), "the calendar button has a Dutch name");
            assertFalse(calendar.getText().contains("ui-button"));
            calendar.click();
            browser.waitUp().until(d -> d.findElements(By.cssSelector(".ui-datepicker-buttonbar .ui-button"))
                    .stream().anyMatch(b -> b.isDisplayed() && b.getText().contains("Vandaag")));
            browser.screenshot("portal-audit-trail-nl-datepicker");
        }
    }

    @Test
    void entriesAboutAProviderNameItAndLinkToIt() {
        Fixtures.NewProvider provider = Fixtures.provider("Audit Named Provider").register();
        try (Browser browser = Browser.start()) {
            PortalDriver portal = new PortalDriver(browser);
            browser.loginAs("auditor", "/portal/audit/trail.xhtml");
            portal.find("audit:table");
            portal.type("audit:objectId", provider.id().toString()).choose("audit:action", "PROVIDER_REGISTERED")
                    .clickAndWait("audit:search");
            portal.awaitOrExplain("audit-provider-name", d -> !d.findElements(By.cssSelector("a.csar-audit-provider")).isEmpty());
            WebElement link = browser.driver().findElement(By.cssSelector("a.csar-audit-provider"));
            assertEquals(provider.legalName(), link.getText());
            assertTrue(link.getAttribute("href").endsWith("/portal/providers/" + provider.id()), link.getAttribute("href"));
            assertTrue(column(browser, 7).get(0).startsWith("Provider"), column(browser, 7).toString());
            browser.screenshot("portal-audit-trail-provider-name");
        }
    }

    @Test
    void anUnreadableDateOrAToBeforeFromIsRefusedAtTheFieldAndNothingIsSearched() {
        try (Browser browser = Browser.start()) {
            PortalDriver portal = new PortalDriver(browser);
            browser.loginAs("auditor", "/portal/audit/trail.xhtml");
            portal.find("audit:table");
            portal.awaitAjax();
            long mark = Fixtures.auditMark();

            typeDate(portal, "audit:from_input", "2026-13-45");
            portal.clickAndWait("audit:search");
            portal.awaitOrExplain("audit-bad-date", d -> message(browser, "audit:fromMessage").contains("Not a date"));
            assertEquals("2026-13-45", portal.find("audit:from_input").getAttribute("value"), "the typed text stays to be corrected");
            browser.screenshot("portal-audit-trail-bad-date");
            assertEquals(0, Db.count(OWN_SEARCHES, mark), "no search ran on an unreadable date");

            pickDate(browser, "audit:from", "2026-06-10");
            pickDate(browser, "audit:to", "2026-06-01");
            portal.clickAndWait("audit:search");
            portal.awaitOrExplain("audit-to-before-from", d -> message(browser, "audit:toMessage").contains("before"));
            assertEquals("", message(browser, "audit:fromMessage"));
            assertFalse(portal.text("audit:table").contains("No records found"), "no empty result pretending to be an answer");
            browser.screenshot("portal-audit-trail-to-before-from");
            assertEquals(0, Db.count(OWN_SEARCHES, mark), "no search ran on To before From");

            pickDate(browser, "audit:to", "2026-06-10");
            portal.clickAndWait("audit:search");
            browser.waitUp().until(d -> Db.count(OWN_SEARCHES, mark) == 1);
            assertEquals("", message(browser, "audit:toMessage"));
        }
    }

    @Test
    void theAuditorsOwnReadsAreHiddenUntilAskedFor() {
        try (Browser browser = Browser.start()) {
            PortalDriver portal = new PortalDriver(browser);
            browser.loginAs("auditor", "/portal/audit/trail.xhtml");
            portal.find("audit:table");
            long mark = Fixtures.auditMark();
            portal.clickAndWait("audit:search");
            browser.waitUp().until(d -> Db.count(OWN_SEARCHES, mark) == 1);

            assertTrue(portal.find("audit:hideOwnReads").isSelected(), "hidden by default");
            assertTrue(rows(browser).stream().noneMatch(r -> r.contains("auditor") && r.contains("Audit trail searched")),
                    "the auditor's searches are not listed: " + rows(browser));

            portal.find("audit:hideOwnReads").click();
            portal.awaitAjax().awaitOrExplain("audit-show-own-reads", d -> !rows(browser).isEmpty()
                    && rows(browser).get(0).contains("Audit trail searched"));
            assertTrue(rows(browser).get(0).contains("auditor"), rows(browser).get(0));
        }
    }

    /** The text of a field's message, empty when there is none. */
    private static String message(Browser browser, String id) {
        return browser.driver().findElements(By.id(id)).stream().map(WebElement::getText).findFirst().orElse("").trim();
    }

    private static void typeDate(PortalDriver portal, String inputId, String text) {
        WebElement input = portal.find(inputId);
        input.clear();
        input.sendKeys(text);
        input.sendKeys(Keys.ESCAPE);
        input.sendKeys(Keys.TAB);
    }

    /** Picks a day as a click in the date picker's calendar does. */
    private static void pickDate(Browser browser, String datePickerId, String isoDate) {
        ((JavascriptExecutor) browser.driver()).executeScript(
                "PrimeFaces.getWidgetById(arguments[0]).setDate(arguments[1]);", datePickerId, isoDate);
        browser.waitUp().until(d -> isoDate.equals(d.findElement(By.id(datePickerId + "_input")).getAttribute("value")));
    }

    /** "Group / Label" of each option of a drop-down's native select (the PrimeFaces widget mirrors it). */
    @SuppressWarnings("unchecked")
    private static List<String> options(Browser browser, String selectId) {
        return (List<String>) ((JavascriptExecutor) browser.driver()).executeScript(
                "return Array.from(document.getElementById(arguments[0]).options).map(function (o) {"
                        + " return (o.parentNode.tagName === 'OPTGROUP' ? o.parentNode.label + ' / ' : '') + o.text; });", selectId);
    }

    private static List<String> column(Browser browser, int n) {
        return browser.driver().findElements(By.cssSelector("[id='audit:table'] tbody tr td:nth-child(" + n + ")"))
                .stream().map(e -> e.getText().trim()).toList();
    }

    private static List<String> rows(Browser browser) {
        return browser.driver().findElements(By.cssSelector("[id='audit:table'] tbody tr"))
                .stream().map(WebElement::getText).toList();
    }
}
