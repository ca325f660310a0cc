package eu.csar.it.platform;

import eu.csar.it.support.Browser;
import eu.csar.it.support.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A person signs in the way people do: the portal sends the browser to the Keycloak login page
 * (authorization code flow with PKCE) and Keycloak sends it back, logged in.
 */
@ExtendWith(ArquillianExtension.class)
class PortalLoginIT {

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return Deployments.ear();
    }

    @Test
    void aCentreAdminLogsInThroughKeycloakAndLandsOnThePortal() {
        try (Browser browser = Browser.start()) {
            browser.open("/portal/");
            browser.waitUp().until(d -> d.getCurrentUrl().startsWith("http://localhost:8180/realms/eucentre/"));
            browser.screenshot("platform-keycloak-login-page");

            browser.loginThroughFormAs("admin", "/portal/");
            browser.waitUp().until(d -> d.getCurrentUrl().contains("/portal/"));
            browser.waitUp().until(d -> !d.findElements(By.tagName("body")).isEmpty());
            browser.screenshot("platform-portal-after-login");
            String page = browser.driver().getPageSource();
            assertTrue(page.contains("admin"), "the portal should show the logged-in user: " + page);
        }
    }
}
