package eu.csar.it.portal;

import eu.csar.it.support.Browser;
import eu.csar.it.support.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The auditor's screen: the trail is listed and the chain verifies as intact, in plain sight. */
@ExtendWith(ArquillianExtension.class)
class AuditTrailPortalIT {

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
            String table = portal.text("audit:table");
            assertTrue(table.contains("AUDIT_TRAIL_SEARCH"), "opening the trail is itself on the trail:\n" + table);

            portal.type("audit:action", "AUDIT_CHAIN_VERIFIED").clickAndWait("audit:search");
            browser.waitUp().until(d -> portal.text("audit:table").contains("AUDIT_CHAIN_VERIFIED"));
            browser.screenshot("portal-auditor-trail-filtered");
        }
    }
}
