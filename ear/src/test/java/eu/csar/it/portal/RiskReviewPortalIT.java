package eu.csar.it.portal;

import eu.csar.it.support.Api;
import eu.csar.it.support.Browser;
import eu.csar.it.support.Db;
import eu.csar.it.support.Deployments;
import eu.csar.it.support.Tokens;
import eu.csar.it.support.Tokens.Provider;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The Coordinating Authority's risk-assessment page in Chromium: ca-nl finds it in the menu, sees
 * Alpha Hosting's assessment with its fields, asks for information (the status and the request
 * change on the page and in PostgreSQL), in English and Dutch, at 1280 and 390 px without sideways
 * scrolling or serious accessibility findings (screenshots under target/screenshots); ca-de's list
 * does not show it.
 */
@ExtendWith(ArquillianExtension.class)
class RiskReviewPortalIT {

    static final String PAGE = "/portal/risk/assessments.xhtml";

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return Deployments.ear();
    }

    static String submitAsAlpha() {
        Api.Response r = Api.post("/api/v1/risk-assessments", """
                {"fields": {"serviceDescription": "Photo hosting for small businesses (synthetic)",
                 "riskAssessment": "Solicitation risk judged low (synthetic)",
                 "mitigationMeasures": "Report button on every image",
                 "childUsers": "Terms require 16+", "assessedAt": "2026-11-30"}}""", Tokens.provider(Provider.ALPHA),
                "Content-Type", "application/json", "Idempotency-Key", UUID.randomUUID().toString());
        assertEquals(201, r.status(), r.toString());
        return r.json().getString("id");
    }

    @Test
    void theCoordinatingAuthorityReviewsItsProvidersAssessmentInEnglishAndDutch() {
        String id = submitAsAlpha();
        try (Browser browser = Browser.start()) {
            PortalDriver portal = new PortalDriver(browser);
            browser.loginAs("ca-nl", PAGE);
            portal.find("nav-risk-assessments");
            browser.open(PAGE + "?assessment=" + id);
            portal.awaitHeading("Risk assessments of your providers");
            portal.awaitOrExplain("risk-review-open", d -> portal.text("review-title").contains("Alpha Hosting"));
            assertTrue(portal.pageText().contains("Report button on every image"), "the fields are shown");
            assertTrue(portal.pageText().contains("Mitigation measures (Art 4)"), "with their labels");
            List<String> problems = new ArrayList<>(ScreenGeometry.problems(browser, "risk", "review",
                    ScreenGeometry.DESKTOP, ScreenGeometry.PHONE));

            portal.type("review-form:text", "Which age checks apply at sign-up?");
            portal.clickAndWait("review-form:request-information");
            portal.awaitOrExplain("risk-review-asked", d -> portal.text("state").equals("Information requested"));
            assertTrue(portal.text("request-text").contains("Which age checks"));
            assertTrue(portal.pageText().contains("The provider is to answer first"), "no decision buttons now");
            assertEquals("INFORMATION_REQUESTED", Db.value("select state from risk_assessments where id = ?::uuid", id));

            portal.find("session:lang-nl").click();
            portal.awaitHeading("Risicobeoordelingen van uw aanbieders");
            browser.open(PAGE + "?assessment=" + id);
            portal.awaitOrExplain("risk-review-dutch", d -> portal.text("state").equals("Informatie gevraagd"));
            assertTrue(portal.pageText().contains("Risicobeperkende maatregelen (art. 4)"), portal.pageText());
            problems.addAll(ScreenGeometry.problems(browser, "risk", "review-dutch", ScreenGeometry.DESKTOP, ScreenGeometry.PHONE));
            portal.find("session:lang-en").click();
            portal.awaitHeading("Risk assessments of your providers");
            assertEquals(List.of(), problems);
        }
        try (Browser browser = Browser.start()) {
            PortalDriver portal = new PortalDriver(browser);
            browser.loginAs("ca-de", PAGE);
            portal.awaitHeading("Risk assessments of your providers");
            assertFalse(portal.pageText().contains("Alpha Hosting"), "another Member State's provider is not listed");
            browser.open(PAGE + "?assessment=" + id);
            portal.awaitHeading("Risk assessments of your providers");
            assertFalse(browser.driver().findElements(org.openqa.selenium.By.id("review-title")).stream().findAny().isPresent(),
                    "and cannot be opened");
        }
    }
}
