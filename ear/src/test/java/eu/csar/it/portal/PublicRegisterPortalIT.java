package eu.csar.it.portal;

import eu.csar.it.support.Api;
import eu.csar.it.support.Browser;
import eu.csar.it.support.Deployments;
import eu.csar.it.support.Fixtures;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The pages anyone may open: the public register without logging in (active providers, their
 * points of contact and legal representatives, never a suspended provider), and the language
 * switch, which keeps the chosen language (in the csar-lang cookie, without a session).
 */
@ExtendWith(ArquillianExtension.class)
class PublicRegisterPortalIT {

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return Deployments.ear();
    }

    @Test
    void thePublicRegisterShowsActiveProvidersAndTheirContactsWithoutLogin() {
        Fixtures.NewProvider active = Fixtures.provider("Public Register Oy").representedIn("IE")
                .contactEmail("public-register@register.example").register();
        Fixtures.NewProvider suspended = Fixtures.provider("Hidden Register Oy").contactEmail("hidden@register.example").register();
        Fixtures.suspend(suspended.id(), "test");
        try (Browser browser = Browser.start()) {
            PortalDriver portal = new PortalDriver(browser);
            browser.open("/public/");
            browser.waitUp().until(d -> d.getCurrentUrl().contains("/public/register.xhtml"));
            String register = portal.text("register");
            browser.screenshot("portal-public-register");
            assertTrue(browser.driver().getCurrentUrl().startsWith(Api.BASE_URL), "no login page on the way");
            assertTrue(browser.driver().findElements(By.id("portal-user")).isEmpty(), "nobody is logged in");
            for (String shown : new String[]{active.legalName(), "public-register@register.example", "+31 20 555 0199",
                    "Rep of " + active.legalName(), "rep@rep.example"}) {
                assertTrue(register.contains(shown), "the register shows " + shown + ":\n" + register);
            }
            assertFalse(register.contains(suspended.legalName()), "a suspended provider is not in the public register");
            assertFalse(register.contains("hidden@register.example"));
        }
    }

    @Test
    void theLanguageSwitchShowsDutchTextsUntilTheNextChoice() {
        try (Browser browser = Browser.start()) {
            PortalDriver portal = new PortalDriver(browser);
            browser.open("/public/register.xhtml");
            assertEquals("Public register of providers", portal.heading());

            portal.find("session:lang-nl").click();
            portal.awaitHeading("Openbaar register van aanbieders");
            browser.screenshot("portal-public-register-dutch");
            assertTrue(portal.text("register").contains("Contactpunt"), "column headers are Dutch too");
            assertTrue(portal.text("nav-public").contains("Openbaar register"));

            browser.open("/public/register.xhtml");
            assertEquals("Openbaar register van aanbieders", portal.heading(),
                    "the choice is remembered");

            portal.find("session:lang-en").click();
            portal.awaitHeading("Public register of providers");
        }
    }
}
