package eu.csar.it.portal;

import eu.csar.it.support.Api;
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
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A centre admin follows a provider's permalink through the login, reinstates (after confirming) and suspends the
 * (suspended, freshly registered) provider from its detail page (the reason is required and shown), the change reaches PostgreSQL
 * and the audit trail, and logging out ends the Keycloak session without a confirmation page.
 */
@ExtendWith(ArquillianExtension.class)
class ProviderLifecyclePortalIT {

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return Deployments.ear();
    }

    static String status(UUID provider) {
        return (String) Db.value("select status from providers where id = ?", provider);
    }

    @Test
    void anAdminReinstatesAndSuspendsAProviderWithAReasonThenLogsOut() {
        UUID provider = Fixtures.provider("Lifecycle Portal BV").register().id();
        Fixtures.suspend(provider, "Suspended for the portal test");
        long mark = Fixtures.auditMark();
        try (Browser browser = Browser.start()) {
            PortalDriver portal = new PortalDriver(browser);
            // The permalink survives the login round trip (a query string would not).
            browser.loginAs("admin", "/portal/providers/" + provider);
            browser.waitUp().until(d -> d.getCurrentUrl().endsWith("/portal/providers/" + provider));
            assertEquals("SUSPENDED", status(provider));

            // reinstating asks first; Cancel changes nothing
            portal.find("actions:reinstate").click();
            browser.waitUp().until(ExpectedConditions.visibilityOfElementLocated(By.id("reinstate:confirm")));
            browser.screenshot("portal-admin-reinstate-confirmation");
            assertTrue(portal.text("reinstate-dialog").contains("Reinstate this provider?"), portal.text("reinstate-dialog"));
            portal.find("reinstate:cancel").click();
            browser.waitUp().until(ExpectedConditions.invisibilityOfElementLocated(By.id("reinstate:confirm")));
            assertEquals("SUSPENDED", status(provider), "nothing changed before the confirmation");

            portal.find("actions:reinstate").click();
            browser.waitUp().until(ExpectedConditions.visibilityOfElementLocated(By.id("reinstate:confirm")));
            portal.clickAndWait("reinstate:confirm");
            browser.waitUp().until(d -> portal.text("status").equals("Active"));
            assertEquals("ACTIVE", status(provider));

            portal.find("actions:suspend").click();
            browser.waitUp().until(ExpectedConditions.visibilityOfElementLocated(By.id("suspend:reason")));
            portal.clickAndWait("suspend:confirm");
            assertFalse(portal.messageFor("suspend:reason").isBlank(), "a suspension needs a reason");
            assertEquals("ACTIVE", status(provider), "nothing changed without a reason");

            portal.type("suspend:reason", "Contact point unreachable for 30 days (test)").clickAndWait("suspend:confirm");
            browser.waitUp().until(d -> portal.text("status").equals("Suspended"));
            browser.screenshot("portal-admin-provider-suspended");
            assertEquals("Contact point unreachable for 30 days (test)", portal.text("statusReason"));
            assertEquals("SUSPENDED", status(provider));
            assertEquals(List.of("PROVIDER_REINSTATED", "PROVIDER_SUSPENDED"), Db.rows("select action from audit_entries "
                    + "where seq > ? and actor = 'admin' and object_id = ? and action in ('PROVIDER_REINSTATED', 'PROVIDER_SUSPENDED') "
                    + "order by seq", mark, provider.toString()).stream().map(r -> r.get("action")).toList());
            assertEquals(List.of("REGISTER", "SUSPEND", "REINSTATE", "SUSPEND"), Db.rows("select event from provider_status_changes "
                    + "where provider_id = ? order by occurred_at", provider).stream().map(r -> r.get("event")).toList());
            assertTrue(portal.text("history").contains("Contact point unreachable for 30 days (test)"),
                    "the page's status history shows the reason");

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
