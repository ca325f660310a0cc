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

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The registry screens as their users see them: a centre admin registers a provider through the
 * form (and is told what to fix first), a Coordinating Authority sees only the providers under its
 * jurisdiction and cannot open another Member State's provider even by typing its URL.
 */
@ExtendWith(ArquillianExtension.class)
class ProviderRegistryPortalIT {

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return Deployments.ear();
    }

    @Test
    void aCentreAdminRegistersAProviderAfterCorrectingTheFormAndFindsItInTheList() {
        String name = "Zeta Cloud Oy (IT " + System.currentTimeMillis() + ")";
        try (Browser browser = Browser.start()) {
            PortalDriver portal = new PortalDriver(browser);
            browser.loginAs("admin", "/portal/registry/provider-edit.xhtml");
            portal.find("edit:legalName");
            browser.screenshot("portal-admin-new-provider-form");

            portal.type("edit:legalName", name)
                    .tick("edit:serviceTypes", 0)
                    .choose("edit:mainEstablishment", "FI")
                    .type("edit:contactEmail", "not-an-email")
                    .type("edit:contactPhone", "+358 9 555 0199")
                    .type("edit:contactLanguages", "fi, en")
                    .clickAndWait("edit:addService")
                    .type("edit:services:0:serviceName", "ZetaBox")
                    .choose("edit:services:0:serviceType", "HOSTING")
                    .type("edit:services:0:serviceDescription", "File hosting (invented, test)")
                    .chooseAlso("edit:services:0:serviceOfferedIn", "FI")
                    .chooseAlso("edit:services:0:serviceOfferedIn", "SE")
                    .clickAndWait("edit:save");

            portal.awaitOrExplain("portal-admin-new-provider-first-save", d -> !portal.messageFor("edit:contactEmail").isBlank());
            browser.screenshot("portal-admin-new-provider-validation-error");
            assertTrue(portal.messageFor("edit:contactEmail").contains("e-mail address"),
                    "the bad email is reported next to its field: " + portal.messageFor("edit:contactEmail"));
            assertTrue(browser.driver().getCurrentUrl().contains("provider-edit"), "the form stays open");

            portal.type("edit:contactEmail", "csa-contact@zeta.example").clickAndWait("edit:save");
            browser.waitUp().until(d -> d.getCurrentUrl().contains("/portal/providers/"));
            portal.find("legalName");
            browser.screenshot("portal-admin-provider-detail-after-create");
            assertEquals(name, portal.text("legalName"));
            assertEquals("FI", portal.text("competentAuthority"));
            assertEquals("csa-contact@zeta.example", portal.text("contactEmail"));
            assertTrue(portal.pageText().contains("was registered"), "a confirmation is shown after the redirect");
            assertTrue(portal.pageText().contains("ZetaBox"));

            browser.open("/portal/registry/providers.xhtml");
            portal.type("providers:name", "Zeta Cloud").clickAndWait("providers:search");
            browser.waitUp().until(d -> portal.text("providers:table").contains(name));
            browser.screenshot("portal-admin-provider-list-filtered");
            browser.driver().findElement(By.linkText(name)).click();
            browser.waitUp().until(d -> d.getCurrentUrl().contains("/portal/providers/"));
            assertEquals(name, portal.text("legalName"));
        }
    }

    @Test
    void aDutchCoordinatingAuthoritySeesOnlyProvidersUnderDutchJurisdiction() {
        String tag = Fixtures.unique("Portal tenancy");
        Fixtures.NewProvider dutch = Fixtures.provider(tag + " NL").establishedIn("NL").register();
        Fixtures.NewProvider represented = Fixtures.provider(tag + " rep-NL").representedIn("NL").register();
        Fixtures.NewProvider german = Fixtures.provider(tag + " DE").establishedIn("DE").register();
        try (Browser browser = Browser.start()) {
            PortalDriver portal = new PortalDriver(browser);
            browser.loginAs("ca-nl", "/portal/registry/providers.xhtml");
            portal.type("providers:name", tag).clickAndWait("providers:search");
            browser.waitUp().until(d -> portal.text("providers:table").contains(dutch.legalName()));
            String table = portal.text("providers:table");
            browser.screenshot("portal-ca-nl-provider-list");
            assertTrue(table.contains(represented.legalName()), table);
            assertTrue(table.contains("NL (legal representative)"), "the basis of the jurisdiction is shown: " + table);
            assertFalse(table.contains(german.legalName()), table);
            assertTrue(portal.text("portal-member-states").contains("NL"));
            assertTrue(browser.driver().findElements(By.id("providers:new")).isEmpty(), "no New provider button for a CA");

            browser.open("/portal/registry/provider.xhtml?id=" + german.id());
            portal.find("not-found");
            browser.screenshot("portal-ca-nl-other-jurisdiction-not-found");
            assertTrue(portal.pageText().contains("not found"), portal.pageText());
            assertFalse(browser.driver().getPageSource().contains(german.legalName()), "nothing of the German provider is revealed");
            assertFalse(browser.driver().getPageSource().contains("Exception"), "no stack trace");
        }
    }

    @Test
    void anAjaxRequestAfterTheSessionExpiredGoesBackThroughTheLoginInsteadOfFailingSilently() {
        try (Browser browser = Browser.start()) {
            PortalDriver portal = new PortalDriver(browser);
            browser.loginAs("ca-nl", "/portal/registry/providers.xhtml");
            String listed = portal.text("providers:table");
            assertFalse(listed.contains("No records found"), listed);
            JavascriptExecutor js = (JavascriptExecutor) browser.driver();
            js.executeScript("window.csarBeforeExpiry = true;");
            browser.driver().manage().deleteCookieNamed("JSESSIONID");

            portal.find("providers:search").click();

            // the AJAX call is refused (401); the page reloads, through Keycloak's single sign-on
            browser.waitUp().until(d -> !Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(
                    "return window.csarBeforeExpiry === true;")));
            browser.waitUp().until(d -> d.getCurrentUrl().contains("/portal/registry/providers.xhtml"));
            assertEquals(listed, portal.text("providers:table"), "the same list, shown again after the new login");
            browser.screenshot("portal-ca-nl-after-session-expiry");
        }
    }
}
