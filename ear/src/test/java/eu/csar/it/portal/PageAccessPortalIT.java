package eu.csar.it.portal;

import eu.csar.it.support.Api;
import eu.csar.it.support.Browser;
import eu.csar.it.support.Db;
import eu.csar.it.support.Deployments;
import eu.csar.it.support.Fixtures;
import eu.csar.it.support.Inbox;
import eu.csar.it.support.ServerLog;
import eu.csar.it.support.Tokens;
import eu.csar.it.support.Tokens.Provider;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Each demo user sees in the menu exactly the pages their role may use, and a page typed by hand
 * that the role may not use answers 403 with the translated 403 page, one audited refusal and no
 * stack trace. A provider's machine token opens no portal page, while the API accepts it. Links
 * the portal produces (a provider's entry, its edit form, an inbox item, the address bar after a
 * logout) lead to their target after the login. Each role's home card says what the role does.
 */
@ExtendWith(ArquillianExtension.class)
class PageAccessPortalIT {

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return Deployments.ear();
    }

    /** A demo user, the menu entries their role gets, a page they may not open, their home card. */
    record Case(String user, List<String> menu, String forbiddenPage, String card) {
    }

    static final List<Case> CASES = List.of(
            new Case("admin", List.of("nav-home", "nav-providers", "nav-new-provider", "nav-inbox", "nav-legal", "nav-jobs",
                    "nav-triage-dlq", "nav-report-deliveries", "nav-removal-orders", "nav-url-list-orders", "nav-detection-orders", "nav-complaints", "nav-order-statistics",
                    "nav-technologies", "nav-knowledge", "nav-network", "nav-retention", "nav-ind-sets", "nav-ind-search", "nav-ind-imports", "nav-ind-grants", "nav-public-material", "nav-transparency", "nav-public"),
                    "/portal/audit/trail.xhtml", "card-admin"),
            new Case("reviewer", List.of("nav-home", "nav-providers", "nav-inbox", "nav-legal", "nav-removal-orders", "nav-url-list-orders",
                    "nav-detection-orders", "nav-complaints", "nav-order-statistics", "nav-knowledge", "nav-network", "nav-retention",
                    "nav-ind-sets", "nav-ind-search", "nav-ind-verification", "nav-ind-reviews", "nav-review-desk", "nav-public-material",
                    "nav-transparency", "nav-public"),
                    "/portal/registry/provider-edit.xhtml", "card-reviewer"),
            new Case("auditor", List.of("nav-home", "nav-providers", "nav-audit", "nav-legal", "nav-jobs", "nav-triage-dlq",
                    "nav-report-deliveries", "nav-removal-orders", "nav-url-list-orders", "nav-detection-orders", "nav-complaints", "nav-technologies", "nav-retention", "nav-ind-sets",
                    "nav-ind-search", "nav-public-material", "nav-transparency", "nav-public"),
                    "/portal/orders/statistics.xhtml", "card-auditor"),
            new Case("ca-nl", List.of("nav-home", "nav-jurisdiction", "nav-inbox", "nav-victim-cases", "nav-legal",
                    "nav-risk-assessments", "nav-removal-orders", "nav-url-list-orders", "nav-detection-orders", "nav-draft-detection-order",
                    "nav-complaints", "nav-order-calendar", "nav-penalty-cases", "nav-ind-search", "nav-ind-submit", "nav-transparency", "nav-public"),
                    "/portal/audit/trail.xhtml", "card-authority"),
            new Case("ca-nl-de", List.of("nav-home", "nav-jurisdiction", "nav-inbox", "nav-victim-cases", "nav-legal",
                    "nav-risk-assessments", "nav-removal-orders", "nav-url-list-orders", "nav-detection-orders", "nav-draft-detection-order",
                    "nav-complaints", "nav-order-calendar", "nav-penalty-cases", "nav-ind-search", "nav-ind-submit", "nav-transparency", "nav-public"),
                    "/portal/registry/provider-edit.xhtml", "card-authority"),
            new Case("judge-nl", List.of("nav-home", "nav-jurisdiction", "nav-legal", "nav-removal-orders",
                    "nav-issue-removal-order", "nav-url-list-orders", "nav-issue-url-list-order", "nav-detection-orders",
                    "nav-detection-order-requests", "nav-order-calendar", "nav-public"),
                    "/portal/inbox.xhtml", "card-judicial"),
            new Case("police-fr", List.of("nav-home", "nav-public"),
                    "/portal/registry/providers.xhtml", "card-law-enforcement"),
            new Case("europol", List.of("nav-home", "nav-public"),
                    "/portal/registry/provider-edit.xhtml", "card-europol"),
            // a member of the prevention experts' network: the network's page, not the editorial page
            new Case("expert", List.of("nav-home", "nav-network", "nav-public"),
                    "/portal/knowledge/articles.xhtml", "card-expert"),
            // a provider's staff: its own inbox, its own risk assessments and the read-only view of its own orders, nothing of the authorities'
            new Case("alpha-staff", List.of("nav-home", "nav-inbox", "nav-provider-risk", "nav-provider-orders", "nav-transparency", "nav-public"),
                    "/portal/orders/url-list-orders.xhtml", "card-provider"));

    static long refusals(long auditMark, String actor, String page) {
        return Db.count("select count(*) from audit_entries where seq > ? and actor = ? and action = 'OPERATION_REFUSED' "
                + "and outcome = 'REFUSED' and object_id = ?", auditMark, actor, page);
    }

    /** The HTTP status of a GET from within the signed-in browser (its session cookie included). */
    static long statusSeenByTheBrowser(Browser browser, String path) {
        browser.driver().manage().timeouts().scriptTimeout(Duration.ofSeconds(20));
        return (Long) ((JavascriptExecutor) browser.driver()).executeAsyncScript(
                "var done = arguments[arguments.length - 1];"
                        + "fetch(arguments[0], {credentials: 'same-origin', redirect: 'manual'})"
                        + ".then(function (r) { done(r.status); }, function () { done(-1); });", path);
    }

    static List<String> menu(Browser browser) {
        return browser.driver().findElements(By.cssSelector("nav.csar-nav a")).stream().map(a -> a.getAttribute("id")).toList();
    }

    @Test
    void eachRoleSeesOnlyItsPagesAndAHandTypedForbiddenPageGivesThe403PageWithOneAuditedRefusal() {
        for (Case c : CASES) {
            try (Browser browser = Browser.start()) {
                PortalDriver portal = new PortalDriver(browser);
                browser.loginAs(c.user(), "/portal/index.xhtml");
                portal.find(c.card());
                assertEquals(c.menu(), menu(browser), c.user() + "'s menu");
                assertFalse(portal.pageText().contains("no role in this portal"), c.user() + " has a role");

                ServerLog.Mark log = ServerLog.mark();
                long auditMark = Fixtures.auditMark();
                // the query string is the caller's, not part of the page: the refusal names the page only
                browser.open(c.forbiddenPage() + "?id=" + UUID.randomUUID());
                portal.find("error-403");
                assertEquals("Access denied", portal.heading(), c.user() + " on " + c.forbiddenPage());
                assertTrue(portal.text("error-403").contains("your role does not allow you to open this page"));
                assertTrue(portal.text("error-403").contains("Go to the home page"), "a way home");
                assertEquals(1, refusals(auditMark, c.user(), c.forbiddenPage()),
                        "one audited refusal for " + c.user() + " on " + c.forbiddenPage());
                if (c.user().equals("police-fr")) {
                    screenshotAtBothWidths(browser, "portal-403-en");
                }
                log.assertNoStackTrace();
                assertEquals(403, statusSeenByTheBrowser(browser, c.forbiddenPage()), c.user() + " on " + c.forbiddenPage());
            }
        }
    }

    @Test
    void theJudgeReadsTheirOwnRoleAndThe403PageInDutchAtDesktopAndPhoneWidth() {
        try (Browser browser = Browser.start()) {
            PortalDriver portal = new PortalDriver(browser);
            browser.loginAs("judge-nl", "/portal/index.xhtml");
            String card = portal.text("card-judicial");
            assertTrue(card.contains("detection, removal and blocking orders"), card);
            assertFalse(portal.pageText().contains("Coordinating Authority is competent"), "not the CA's card");
            screenshotAtBothWidths(browser, "portal-home-judge");

            portal.find("session:lang-nl").click();
            portal.awaitHeading("Start");
            assertTrue(portal.text("card-judicial").contains("detectie-, verwijderings- en blokkeringsbevelen"),
                    portal.text("card-judicial"));

            long auditMark = Fixtures.auditMark();
            browser.open("/portal/audit/trail.xhtml");
            portal.find("error-403");
            assertEquals("Geen toegang", portal.heading());
            assertTrue(portal.text("error-403").contains("uw rol geeft geen toegang tot deze pagina"));
            assertTrue(portal.text("error-403").contains("Naar de startpagina"));
            assertEquals(1, refusals(auditMark, "judge-nl", "/portal/audit/trail.xhtml"));
            screenshotAtBothWidths(browser, "portal-403-nl");
        }
    }

    @Test
    void policeAndEuropolAreToldWhatTheyWillReceiveInsteadOfHavingNoRole() {
        for (String[] user : List.of(new String[]{"police-fr", "card-law-enforcement", "law enforcement authority (Article 48)"},
                new String[]{"europol", "card-europol", "Europol (Article 48)"})) {
            try (Browser browser = Browser.start()) {
                PortalDriver portal = new PortalDriver(browser);
                browser.loginAs(user[0], "/portal/index.xhtml");
                String card = portal.text(user[1]);
                assertTrue(card.contains(user[2]), card);
                assertTrue(card.contains("being built"), "says that it is coming: " + card);
                assertFalse(portal.pageText().contains("no role in this portal"), portal.pageText());
                browser.screenshot("portal-home-" + user[0]);

                // a provider's permalink leads only to a page the role may open
                long auditMark = Fixtures.auditMark();
                browser.open("/portal/providers/" + Provider.BETA.providerId);
                portal.find("error-403");
                assertFalse(browser.driver().getPageSource().contains("Beta Messaging"), "nothing of the provider is shown");
                assertEquals(1, refusals(auditMark, user[0], "/portal/registry/provider.xhtml"));
            }
        }
    }

    @Test
    void aProviderMachineTokenOpensNoPortalPageButTheApi() {
        String token = Tokens.provider(Provider.ALPHA);
        ServerLog.Mark log = ServerLog.mark();
        long auditMark = Fixtures.auditMark();
        Api.Response page = Api.get("/portal/index.xhtml", token);
        assertEquals(403, page.status(), page.toString());
        assertEquals(1, Db.count("select count(*) from audit_entries where seq > ? and provider_id = ? "
                + "and action = 'OPERATION_REFUSED' and object_id = '/portal/index.xhtml'", auditMark, Provider.ALPHA.providerId));
        assertEquals(403, Api.get("/portal/registry/providers.xhtml", token).status());
        assertEquals(403, Api.get("/portal/providers/" + Provider.ALPHA.providerId, token).status());
        assertEquals(200, Api.get("/api/v1/providers/me", token).status(), "the API accepts the same token");
        // a person's token is no way into the portal either: the portal is for the browser login
        assertEquals(403, Api.get("/portal/index.xhtml", Tokens.user("admin")).status());
        log.assertNoStackTrace();
    }

    @Test
    void linksTheListAndTheEntryProduceLeadToTheirTargetAfterTheLoginAndAfterALogout() {
        Fixtures.NewProvider p = Fixtures.provider("Links After Login BV").register();
        String entryLink;
        String editLink;
        try (Browser browser = Browser.start()) {
            PortalDriver portal = new PortalDriver(browser);
            browser.loginAs("admin", "/portal/registry/providers.xhtml");
            portal.type("providers:name", p.legalName()).clickAndWait("providers:search");
            browser.waitUp().until(d -> portal.text("providers:table").contains(p.legalName()));
            entryLink = browser.driver().findElement(By.linkText(p.legalName())).getAttribute("href");
            assertTrue(entryLink.endsWith("/portal/providers/" + p.id()), entryLink);
            browser.driver().findElement(By.linkText(p.legalName())).click();
            portal.find("legalName");
            WebElement edit = portal.find("actions:edit");
            editLink = ("a".equals(edit.getTagName()) ? edit : edit.findElement(By.tagName("a"))).getAttribute("href");
            assertTrue(editLink.endsWith("/portal/providers/" + p.id() + "/edit"), editLink);

            // an entry reached as provider.xhtml?id= (after a save, a language switch) shows its permalink
            browser.open("/portal/registry/provider.xhtml?id=" + p.id());
            portal.find("legalName");
            browser.waitUp().until(d -> d.getCurrentUrl().endsWith("/portal/providers/" + p.id()));

            // the back button after logout requests the address in the address bar again: it survives the login
            // (opened by hand rather than with back(), which the browser may answer from its page cache)
            String address = browser.driver().getCurrentUrl();
            portal.find("session:logout").click();
            browser.waitUp().until(d -> d.getCurrentUrl().startsWith(Api.BASE_URL) && !d.getCurrentUrl().contains("/portal/"));
            browser.open(address);
            signIn(browser, "admin");
            portal.find("legalName");
            assertEquals(p.legalName(), portal.text("legalName"), "back on the provider after the login");
        }
        try (Browser browser = Browser.start()) {
            PortalDriver portal = new PortalDriver(browser);
            browser.loginAs("admin", entryLink);
            assertEquals(p.legalName(), portal.text("legalName"));
            assertTrue(browser.driver().getCurrentUrl().endsWith("/portal/providers/" + p.id()));
        }
        try (Browser browser = Browser.start()) {
            PortalDriver portal = new PortalDriver(browser);
            browser.loginAs("admin", editLink);
            WebElement legalName = portal.find("edit:legalName");
            assertEquals(p.legalName(), legalName.getAttribute("value"), "the provider's form, not an empty New-provider form");
        }
    }

    @Test
    void anInboxItemsLinkLeadsToTheProviderAfterTheLogin() throws InterruptedException {
        Inbox deInbox = Inbox.watch(Tokens.user("ca-de"));
        String body = "{\"email\":\"links-" + UUID.randomUUID().toString().substring(0, 8) + "@beta.example\","
                + "\"phone\":\"+49 30 555 0150\",\"languages\":[\"de\"]}";
        assertEquals(200, Api.putJson("/api/v1/providers/me/contact-point", body, Tokens.provider(Provider.BETA)).status());
        deInbox.awaitNew(Provider.BETA.providerId, "PROVIDER_CHANGED");
        String link;
        try (Browser browser = Browser.start()) {
            PortalDriver portal = new PortalDriver(browser);
            browser.loginAs("ca-de", "/portal/inbox.xhtml");
            portal.find("inbox:table");
            link = browser.driver().findElement(By.cssSelector("#inbox\\:table a[href*='" + Provider.BETA.providerId + "']"))
                    .getAttribute("href");
        }
        try (Browser browser = Browser.start()) {
            PortalDriver portal = new PortalDriver(browser);
            browser.loginAs("ca-de", link);
            assertEquals("Beta Messaging GmbH (demo)", portal.text("legalName"));
        }
    }

    @Test
    void providerCountsArePluralOnlyWhenThereIsMoreThanOneInEnglishAndDutch() {
        String tag = Fixtures.unique("Plural");
        Fixtures.provider(tag + " A").register();
        try (Browser browser = Browser.start()) {
            PortalDriver portal = new PortalDriver(browser);
            browser.loginAs("admin", "/portal/registry/providers.xhtml");
            portal.type("providers:name", tag).clickAndWait("providers:search");
            browser.waitUp().until(d -> footer(browser).startsWith("1 provider "));
            Fixtures.provider(tag + " B").register();
            Fixtures.provider(tag + " C").register();
            portal.clickAndWait("providers:search");
            browser.waitUp().until(d -> footer(browser).startsWith("3 providers "));

            portal.find("session:lang-nl").click();
            portal.awaitHeading("Aanbieders");
            portal.type("providers:name", tag).clickAndWait("providers:search");
            browser.waitUp().until(d -> footer(browser).startsWith("3 aanbieders "));
            portal.type("providers:name", tag + " A").clickAndWait("providers:search");
            browser.waitUp().until(d -> footer(browser).startsWith("1 aanbieder "));
            assertFalse(footer(browser).contains("(s)"), footer(browser));
        }
    }

    static String footer(Browser browser) {
        return browser.driver().findElements(By.cssSelector("[id='providers:table'] .ui-datatable-footer")).stream()
                .map(WebElement::getText).findFirst().orElse("");
    }

    /** Screenshots at desktop (1280 px) and phone (390 px) width, each after the page has laid itself out again. */
    static void screenshotAtBothWidths(Browser browser, String name) {
        for (int width : new int[]{1280, 390}) {
            browser.driver().manage().window().setSize(new Dimension(width, width == 390 ? 844 : 1000));
            browser.driver().manage().timeouts().scriptTimeout(Duration.ofSeconds(10));
            ((JavascriptExecutor) browser.driver()).executeAsyncScript("var done = arguments[arguments.length - 1];"
                    + "requestAnimationFrame(function () { requestAnimationFrame(function () { setTimeout(done, 300); }); });");
            browser.screenshot(name + "-" + width);
        }
        browser.driver().manage().window().setSize(new Dimension(1280, 1000));
    }

    /** Fills in the Keycloak login form the browser shows now. */
    static void signIn(Browser browser, String user) {
        browser.waitUp().until(d -> d.getCurrentUrl().contains("/realms/eucentre/") && !d.findElements(By.id("username")).isEmpty());
        WebElement field = browser.driver().findElement(By.id("username"));
        field.clear();
        field.sendKeys(user);
        browser.driver().findElement(By.id("password")).sendKeys(Tokens.DEMO_PASSWORD);
        browser.driver().findElement(By.id("kc-login")).click();
        browser.waitUp().until(d -> d.getCurrentUrl().startsWith(Api.BASE_URL));
    }
}
