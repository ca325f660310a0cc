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
import org.openqa.selenium.WebElement;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A provider's own risk-assessment page in Chromium: alpha-staff finds it in the menu; a submission
 * with a field left empty is refused next to that field with nothing stored; the complete one is a
 * row in PostgreSQL and on the page with its due date; the Coordinating Authority's request shows on
 * the page and the answer sent from it reaches PostgreSQL; Beta's assessment never shows. English and
 * Dutch, at 1280 and 390 px without sideways scrolling or serious accessibility findings.
 */
@ExtendWith(ArquillianExtension.class)
class ProviderRiskPortalIT {

    static final String PAGE = "/portal/risk/own.xhtml";

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return Deployments.ear();
    }

    static long alphaAssessments() {
        return Db.count("select count(*) from risk_assessments where provider_id = ?::uuid", Provider.ALPHA.providerId.toString());
    }

    static WebElement field(PortalDriver portal, String name) {
        return portal.driver().findElement(By.cssSelector("textarea[data-field='" + name + "']"));
    }

    @Test
    void theProviderSubmitsItsAssessmentAndAnswersTheAuthorityInEnglishAndDutch() throws java.io.IOException {
        String marker = "Synthetic measures " + UUID.randomUUID().toString().substring(0, 8);
        String betaMarker = "Beta only " + UUID.randomUUID().toString().substring(0, 8);
        Api.Response beta = Api.post("/api/v1/risk-assessments", """
                {"fields": {"serviceDescription": "Chat service (synthetic)", "riskAssessment": "Medium (synthetic)",
                 "mitigationMeasures": "%s", "childUsers": "13+", "assessedAt": "2026-11-30"}}""".formatted(betaMarker),
                Tokens.provider(Provider.BETA), "Content-Type", "application/json", "Idempotency-Key", UUID.randomUUID().toString());
        assertEquals(201, beta.status(), beta.toString());
        List<String> problems = new ArrayList<>();
        try (Browser browser = Browser.start()) {
            PortalDriver portal = new PortalDriver(browser);
            browser.loginAs("alpha-staff", "/portal/");
            portal.find("nav-provider-risk").click();
            portal.awaitHeading("Your risk assessments");
            problems.addAll(ScreenGeometry.problems(browser, "provider-risk", "own", ScreenGeometry.DESKTOP, ScreenGeometry.PHONE));

            // a field left empty: named next to it, nothing stored
            long before = alphaAssessments();
            field(portal, "riskAssessment").sendKeys("Low risk of solicitation (synthetic)");
            portal.clickAndWait("submit-form:submit");
            portal.awaitOrExplain("provider-risk-missing", d -> portal.text("submit-form").contains("Required by the legal profile"));
            assertEquals(before, alphaAssessments(), "nothing stored");

            field(portal, "mitigationMeasures").sendKeys(marker);
            field(portal, "serviceDescription").sendKeys("Photo hosting for small businesses (synthetic)");
            field(portal, "childUsers").sendKeys("Terms require 16+ (synthetic)");
            field(portal, "assessedAt").sendKeys(LocalDate.now(ZoneOffset.UTC).toString());
            portal.clickAndWait("submit-form:submit");
            portal.awaitOrExplain("provider-risk-submitted", d -> portal.text("own").contains(marker) || alphaAssessments() > before);
            assertEquals(before + 1, alphaAssessments());
            String id = Db.value("select a.id::text from risk_assessments a join risk_assessment_fields f on f.assessment_id = a.id"
                    + " where f.name = 'mitigationMeasures' and f.value = ?", marker).toString();
            assertEquals("SUBMITTED", Db.value("select state from risk_assessments where id = ?::uuid", id));
            assertTrue(portal.text("own-assessments").contains("Submitted"), portal.text("own-assessments"));
            assertFalse(portal.pageText().contains(betaMarker), "another provider's assessment never shows");

            // a document attached from the page: a row in PostgreSQL and in the list; a type not allowed is named, nothing stored
            java.nio.file.Path text = java.nio.file.Files.createTempFile("risk-policy-", ".txt");
            java.nio.file.Path html = java.nio.file.Files.createTempFile("risk-page-", ".html");
            java.nio.file.Files.writeString(text, "Moderation policy (synthetic business document)");
            java.nio.file.Files.writeString(html, "<p>synthetic</p>");
            portal.awaitOrExplain("provider-risk-upload", d -> !d.findElements(By.id("document-form:file")).isEmpty());
            browser.driver().findElement(By.id("document-form:file")).sendKeys(html.toAbsolutePath().toString());
            portal.clickAndWait("document-form:attach");
            portal.awaitOrExplain("provider-risk-upload-refused", d -> portal.text("document-form").contains("A document is one of"));
            assertEquals(0, Db.count("select count(*) from risk_assessment_documents where assessment_id = ?::uuid", id));
            browser.driver().findElement(By.id("document-form:file")).sendKeys(text.toAbsolutePath().toString());
            portal.clickAndWait("document-form:attach");
            String textName = text.getFileName().toString();
            portal.awaitOrExplain("provider-risk-uploaded", d -> portal.text("documents").contains(textName));
            assertEquals("text/plain", Db.value("select media_type from risk_assessment_documents where assessment_id = ?::uuid"
                    + " and file_name = ?", id, textName));
            problems.addAll(ScreenGeometry.problems(browser, "provider-risk", "documents", ScreenGeometry.DESKTOP, ScreenGeometry.PHONE));

            // the authority asks; the provider answers from the page
            Api.Response asked = Api.post("/api/v1/risk-reviews/" + id + "/information-request",
                    "{\"text\":\"Which age checks apply at sign-up? (synthetic)\"}", Tokens.user("ca-nl"),
                    "Content-Type", "application/json", "Idempotency-Key", UUID.randomUUID().toString());
            assertEquals(200, asked.status(), asked.toString());
            browser.open(PAGE);
            portal.awaitOrExplain("provider-risk-request", d -> !d.findElements(By.id("request-text")).isEmpty());
            assertTrue(portal.text("request-text").contains("Which age checks"));
            assertTrue(portal.text("next-due").contains("information requested"), portal.text("next-due"));
            problems.addAll(ScreenGeometry.problems(browser, "provider-risk", "request", ScreenGeometry.DESKTOP, ScreenGeometry.PHONE));
            portal.type("answer-form:answer", "Age estimation at sign-up (synthetic)");
            portal.clickAndWait("answer-form:send-answer");
            portal.awaitOrExplain("provider-risk-answered", d -> d.findElements(By.id("request-text")).isEmpty());
            assertEquals("SUBMITTED", Db.value("select state from risk_assessments where id = ?::uuid", id));
            assertEquals("Age estimation at sign-up (synthetic)", Db.value("select response_text from risk_assessments where id = ?::uuid", id));

            portal.find("session:lang-nl").click();
            portal.awaitHeading("Uw risicobeoordelingen");
            assertTrue(portal.pageText().contains("Risicobeperkende maatregelen (art. 4)"), portal.pageText());
            problems.addAll(ScreenGeometry.problems(browser, "provider-risk", "own-dutch", ScreenGeometry.DESKTOP, ScreenGeometry.PHONE));
            portal.find("session:lang-en").click();
            portal.awaitHeading("Your risk assessments");
        }
        assertEquals(List.of(), problems);
    }
}
