package eu.csar.it.portal;

import eu.csar.it.support.Browser;
import eu.csar.it.support.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

import java.util.List;

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
            assertTrue(table.contains("Audit trail searched"), "opening the trail is itself on the trail, with a label:\n" + table);
            assertFalse(table.contains("AUDIT_TRAIL_SEARCHED"), "no raw codes");

            portal.type("audit:action", "AUDIT_CHAIN_VERIFIED").clickAndWait("audit:search");
            browser.waitUp().until(d -> !portal.text("audit:table").contains("Audit trail searched"));
            String filtered = portal.text("audit:table");
            browser.screenshot("portal-auditor-trail-filtered");
            assertTrue(filtered.contains("Audit chain verified"), filtered);
            List<String> actions = browser.driver().findElements(By.cssSelector("[id='audit:table'] tbody tr td:nth-child(6)"))
                    .stream().map(e -> e.getText().replace("Action", "").trim()).toList();
            assertFalse(actions.isEmpty(), filtered);
            assertTrue(actions.stream().allMatch("Audit chain verified"::equals), "only the chosen action is left: " + actions);
        }
    }
}
