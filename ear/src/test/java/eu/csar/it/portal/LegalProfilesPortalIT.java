package eu.csar.it.portal;

import eu.csar.it.support.Browser;
import eu.csar.it.support.Db;
import eu.csar.it.support.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A legal officer compares the two shipped profiles side by side in the portal (each value with its
 * Article and review badge, differing rows highlighted, in English and Dutch, on a phone too); a
 * centre admin imports a version through the form and sees a refused file's problems on the page.
 */
@ExtendWith(ArquillianExtension.class)
class LegalProfilesPortalIT {

    static final String COMPARISON = "/portal/legal/compare/COM-2022-209/1/COUNCIL-GA-2025/1";

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return Deployments.ear();
    }

    @Test
    void aLegalOfficerComparesTheCommissionProposalWithTheCouncilText() {
        try (Browser browser = Browser.start()) {
            PortalDriver portal = new PortalDriver(browser);
            browser.loginAs("ca-nl", "/portal/legal/profiles.xhtml");
            portal.awaitHeading("Legal profiles");
            String list = portal.text("versions:table");
            assertTrue(list.contains("COM-2022-209") && list.contains("COUNCIL-GA-2025"), list);
            assertTrue(list.contains("pending legal review"), list);

            portal.choose("choose:left", "COM-2022-209/1").choose("choose:right", "COUNCIL-GA-2025/1");
            portal.find("choose:compare").click();
            portal.awaitHeading("Legal profiles side by side");
            assertTrue(browser.driver().getCurrentUrl().endsWith(COMPARISON), "the choice is in the path: " + browser.driver().getCurrentUrl());

            WebElement orders = rowOf(browser, "orders.types");
            assertTrue(orders.getAttribute("class").contains("csar-legal-differs"), "a differing row is highlighted");
            assertTrue(orders.getText().contains("differs"), orders.getText());
            assertTrue(orders.getText().contains("DELISTING_ORDER"), orders.getText());
            WebElement removal = rowOf(browser, "removal-order.execution-period");
            assertFalse(removal.getAttribute("class").contains("csar-legal-differs"));
            assertTrue(removal.getText().contains("24 hours (PT24H)"), removal.getText());
            assertTrue(removal.getText().contains("Art 14(3), first subparagraph"), removal.getText());
            assertTrue(removal.getText().contains("Pending legal review"), removal.getText());
            assertTrue(removal.getText().contains("Inherited from COM-2022-209, pending legal review"), removal.getText());
            assertTrue(rowOf(browser, "detection-order.start-earliest").getText().contains("Not in this profile"));
            assertTrue(portal.text("difference-count").matches("\\d+ keys differ out of \\d+\\."), portal.text("difference-count"));

            ScreenGeometry.resize(browser.driver(), ScreenGeometry.PHONE);
            browser.screenshot("legal-compare-390");
            assertFalse(ScreenGeometry.scrollsSideways(browser.driver()), "the comparison fits a phone");
            ScreenGeometry.resize(browser.driver(), ScreenGeometry.DESKTOP);

            portal.find("session:lang-nl").click();
            portal.awaitHeading("Juridische profielen naast elkaar");
            String dutch = rowOf(browser, "removal-order.execution-period").getText();
            assertTrue(dutch.contains("24 uur (PT24H)") && dutch.contains("Overgenomen uit COM-2022-209, juridische toetsing open"), dutch);
        }
    }

    @Test
    void aCentreAdminImportsAVersionAndSeesARefusedFilesProblems() {
        String profile = "IT-PORTAL-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase(Locale.ROOT);
        try (Browser browser = Browser.start()) {
            PortalDriver portal = new PortalDriver(browser);
            browser.loginAs("admin", "/portal/legal/import.xhtml");
            portal.awaitHeading("Import a profile version");

            paste(browser, """
                    {"profile": "%s", "title": "Portal test", "legalBasis": "Invented for a test",
                     "values": [{"key": "removal-order.execution-period", "kind": "DURATION", "value": "one day",
                                 "article": "Art 14(3)", "review": "PENDING_LEGAL_REVIEW"}]}""".formatted(profile));
            portal.find("import:submit").click();
            portal.awaitOrExplain("legal-import-refused", d -> !d.findElements(By.cssSelector(".csar-legal-problem")).isEmpty());
            List<String> problems = browser.driver().findElements(By.cssSelector(".csar-legal-problem")).stream().map(WebElement::getText).toList();
            assertEquals(List.of("Key removal-order.execution-period: \"one day\" is not a valid DURATION "
                    + "(ISO-8601 in one unit: PT24H, P30D, P6W, P3M or P5Y)"), problems);
            assertEquals(0L, Db.count("select count(*) from legal_profile_versions where profile_id = ?", profile));

            paste(browser, """
                    {"profile": "%s", "title": "Portal test", "legalBasis": "Invented for a test",
                     "values": [{"key": "removal-order.execution-period", "kind": "DURATION", "value": "P1D",
                                 "article": "Art 14(3)", "review": "PENDING_LEGAL_REVIEW"}]}""".formatted(profile));
            portal.find("import:submit").click();
            portal.awaitOrExplain("legal-import-done", d -> d.findElement(By.tagName("body")).getText().contains("Imported " + profile + " version 1"));
            assertEquals(1L, Db.count("select count(*) from legal_profile_versions where profile_id = ? and imported_by = 'admin'", profile));
        }
    }

    private static void paste(Browser browser, String text) {
        WebElement area = browser.driver().findElement(By.id("import:text"));
        area.clear();
        area.sendKeys(text);
    }

    private static WebElement rowOf(Browser browser, String key) {
        return browser.driver().findElements(By.cssSelector("#rows_data > tr")).stream()
                .filter(tr -> tr.getText().contains(key)).findFirst()
                .orElseThrow(() -> new AssertionError("no row for " + key));
    }
}
