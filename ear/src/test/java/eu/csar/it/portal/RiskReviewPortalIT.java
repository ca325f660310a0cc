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
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;

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
 * does not show it. From the review, "Start a detection-order request" opens the drafting wizard with
 * the assessment and its provider filled in; the saved request names the assessment on its page and
 * in PostgreSQL.
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
        Api.Response doc = Api.raw("POST", "/api/v1/risk-assessments/" + id + "/documents?fileName=age-checks.txt",
                "Age checks at sign-up (synthetic business document)".getBytes(java.nio.charset.StandardCharsets.UTF_8),
                Tokens.provider(Provider.ALPHA), "Content-Type", "text/plain", "Idempotency-Key", UUID.randomUUID().toString(),
                "Accept", "application/json");
        assertEquals(201, doc.status(), doc.toString());
        String docId = doc.json().getString("id");
        try (Browser browser = Browser.start()) {
            PortalDriver portal = new PortalDriver(browser);
            browser.loginAs("ca-nl", PAGE);
            portal.find("nav-risk-assessments");
            browser.open(PAGE + "?assessment=" + id);
            portal.awaitHeading("Risk assessments of your providers");
            portal.awaitOrExplain("risk-review-open", d -> portal.text("review-title").contains("Alpha Hosting"));
            assertTrue(portal.pageText().contains("Report button on every image"), "the fields are shown");
            assertTrue(portal.pageText().contains("Mitigation measures (Art 4)"), "with their labels");
            // the provider's documents, each a download link
            assertTrue(portal.text("documents").contains("age-checks.txt"), portal.text("documents"));
            assertTrue(portal.text("documents").contains("Plain text"), portal.text("documents"));
            assertTrue(browser.driver().findElements(org.openqa.selenium.By.cssSelector("a.csar-risk-document")).stream()
                    .anyMatch(a -> String.valueOf(a.getAttribute("href")).endsWith("/portal/risk/documents/" + id + "/" + docId)),
                    "a download link to the document");
            assertEquals("200 text/plain Age ", String.valueOf(portal.download("/portal/risk/documents/" + id + "/" + docId))
                    .replaceFirst("text/plain[^ ]*", "text/plain"), "downloaded in the session");
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

    @Test
    void fromTheReviewTheAuthorityStartsADetectionOrderRequestThatNamesTheAssessment() {
        String id = submitAsAlpha();
        String setId = UUID.randomUUID().toString();
        String setCode = "it-risk-do-" + setId.substring(0, 8);
        Db.execute("insert into indicator_sets (id, code, parent_id, kinds, source, created_at) values ('" + setId + "', '"
                + setCode + "', '" + DetectionOrderPortalIT.KNOWN_IMAGES + "', 'PDQ', 'THIRD_PARTY_LIST', now())");
        String order = null;
        try (Browser browser = Browser.start()) {
            PortalDriver portal = new PortalDriver(browser);
            browser.loginAs("ca-nl", PAGE);
            browser.open(PAGE + "?assessment=" + id);
            portal.awaitOrExplain("risk-start-order", d -> portal.text("review-title").contains("Alpha Hosting"));
            portal.find("start-order").click();
            portal.awaitOrExplain("risk-start-order-wizard", d -> !d.findElements(By.id("draft:riskAssessment")).isEmpty());
            assertEquals(id, portal.find("draft:riskAssessment").getAttribute("value"), "the assessment is filled in");
            assertEquals("Alpha Hosting B.V. (demo)", portal.text("draft:provider_label"), "and its provider");
            List<String> problems = new ArrayList<>(DetectionOrderPortalIT.screenProblems(browser, "wizard from an assessment"));
            String service = (String) ((JavascriptExecutor) browser.driver()).executeScript(
                    "return document.getElementById('draft:service_input').options[1].value;");
            portal.type("draft:reference", "IT-RISK-DO-" + id.substring(0, 8)).choose("draft:service", service);
            DetectionOrderPortalIT.next(portal);
            portal.awaitOrExplain("risk-start-order-type", d -> !d.findElements(By.id("draft:type")).isEmpty());
            portal.driver().findElement(By.cssSelector("label[for='draft:type:0']")).click();
            DetectionOrderPortalIT.next(portal);
            portal.awaitOrExplain("risk-start-order-sets", d -> !d.findElements(By.id("draft:sets")).isEmpty());
            portal.driver().findElement(By.xpath("//label[text()='" + setCode + "']")).click();
            DetectionOrderPortalIT.next(portal);
            portal.awaitOrExplain("risk-start-order-terms", d -> !d.findElements(By.id("draft:duration")).isEmpty());
            portal.type("draft:duration", "12")
                    .type("draft:safeguards", "Human review of every hit (synthetic)")
                    .type("draft:technology", "TECH-PDQ-1 (synthetic reference)")
                    .type("draft:reasons", "The risk assessment shows a remaining significant risk (synthetic)");
            DetectionOrderPortalIT.next(portal);
            portal.awaitOrExplain("risk-start-order-confirm", d -> !d.findElements(By.id("draft:save")).isEmpty());
            assertEquals(id, portal.text("summary-assessment"));
            portal.find("draft:save").click();
            portal.awaitOrExplain("risk-start-order-drafted", d -> d.getCurrentUrl().matches(".*/portal/detection-orders/[0-9a-f-]{36}$"));
            String url = browser.driver().getCurrentUrl();
            order = url.substring(url.length() - 36);
            assertEquals(id, portal.text("risk-assessment"), "the order page names the assessment");
            assertTrue(portal.find("risk-assessment").getAttribute("href").endsWith(PAGE + "?assessment=" + id));
            assertEquals(id, Db.value("select risk_assessment_id::text from detection_orders where id = ?::uuid", order));
            assertEquals(List.of(), problems);
        } finally {
            if (order != null) {
                Api.post("/api/v1/detection-orders/" + order + "/withdrawal", "{\"text\":\"End of the test (synthetic)\"}",
                        Tokens.user("ca-nl"), "Content-Type", "application/json", "Idempotency-Key", UUID.randomUUID().toString());
            }
        }
    }
}
