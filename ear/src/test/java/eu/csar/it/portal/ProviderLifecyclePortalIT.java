package eu.csar.it.portal;

import eu.csar.it.support.Api;
import eu.csar.it.support.Browser;
import eu.csar.it.support.Db;
import eu.csar.it.support.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A centre admin follows a provider's permalink through the login, reinstates and suspends the
 * provider from its detail page (the reason is required and shown), the change reaches PostgreSQL
 * and the audit trail, and logging out ends the Keycloak session without a confirmation page.
 */
@ExtendWith(ArquillianExtension.class)
class ProviderLifecyclePortalIT {

    /** Epsilon Access B.V. (demo), suspended in the demo data; the test leaves it suspended again. */
    static final UUID EPSILON = UUID.fromString("7f3b1c2e-0a4d-4c1e-9b8a-1d2e3f4a5b05");

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return Deployments.ear();
    }

    static String status() {
        return (String) Db.value("select status from providers where id = ?", EPSILON);
    }

    @Test
    void anAdminReinstatesAndSuspendsAProviderWithAReasonThenLogsOut() {
        try (Browser browser = Browser.start()) {
            PortalDriver portal = new PortalDriver(browser);
            // The permalink survives the login round trip (a query string would not).
            browser.loginAs("admin", "/portal/providers/" + EPSILON);
            browser.waitUp().until(d -> d.getCurrentUrl().contains("provider.xhtml?id=" + EPSILON));
            assertEquals("SUSPENDED", status());

            portal.clickAndWait("actions:reinstate");
            browser.waitUp().until(d -> portal.text("status").equals("Active"));
            assertEquals("ACTIVE", status());

            portal.find("actions:suspend").click();
            browser.waitUp().until(ExpectedConditions.visibilityOfElementLocated(By.id("suspend:reason")));
            portal.clickAndWait("suspend:confirm");
            assertFalse(portal.messageFor("suspend:reason").isBlank(), "a suspension needs a reason");
            assertEquals("ACTIVE", status(), "nothing changed without a reason");

            portal.type("suspend:reason", "Contact point unreachable for 30 days (test)").clickAndWait("suspend:confirm");
            browser.waitUp().until(d -> portal.text("status").equals("Suspended"));
            browser.screenshot("portal-admin-provider-suspended");
            assertEquals("Contact point unreachable for 30 days (test)", portal.text("statusReason"));
            assertEquals("SUSPENDED", status());
            assertTrue(Db.count("select count(*) from audit_entries where actor = 'admin' and object_id = ? and action in "
                    + "('PROVIDER_REINSTATED', 'PROVIDER_SUSPENDED')", EPSILON.toString()) >= 2);

            portal.find("session:logout").click();
            browser.waitUp().until(d -> d.getCurrentUrl().startsWith(Api.BASE_URL) && !d.getCurrentUrl().contains("/portal/"));
            browser.screenshot("portal-after-logout");
            assertTrue(browser.driver().findElements(By.id("portal-user")).isEmpty(), "nobody is signed in any more");
            browser.open("/portal/index.xhtml");
            browser.waitUp().until(d -> d.getCurrentUrl().contains("/realms/eucentre/"));
            assertTrue(browser.driver().findElements(By.id("username")).size() == 1,
                    "the Keycloak session ended too: the login form is asked again");
        }
    }
}
