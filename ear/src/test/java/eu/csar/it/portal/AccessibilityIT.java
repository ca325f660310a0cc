package eu.csar.it.portal;

import eu.csar.it.batch.JobRuns;
import eu.csar.it.support.Axe;
import eu.csar.it.support.Browser;
import eu.csar.it.support.Deployments;
import eu.csar.it.support.Fixtures;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.StaleElementReferenceException;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * axe-core on every portal and public page, as the demo user who uses it: in English at desktop width
 * (1280 px) and in Dutch at phone width (390 px), so every page is checked in both languages and at
 * both widths (the two pairs that differ most: the Dutch texts are the longer ones, and the phone
 * layout is where they wrap), at half the cost of all four pairs, which made this the slowest IT. No
 * serious or critical WCAG 2.1 A/AA violation. A failure lists every violation with the page, its
 * owner, the language, the width and the element. The phone-width screenshots in both languages are
 * saved as {@code a11y-<page>-<language>-390.png}.
 */
@ExtendWith(ArquillianExtension.class)
class AccessibilityIT {

    /** A page to check: its path, a name for the report and screenshots, and who looks after its content. */
    record Page(String path, String name, String owner) {
    }

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return Deployments.ear();
    }

    /** The check itself can fail: a page with an image without text and a field without a label does. */
    @Test
    void axeFindsAnUnlabelledImageAndField() {
        try (Browser browser = Browser.start()) {
            browser.driver().get("data:text/html,<html lang=\"en\"><head><title>t</title></head><body><main>"
                    + "<img src=\"x.png\"><input type=\"text\"></main></body></html>");
            List<String> found = Axe.seriousViolations(browser.driver(), "broken page");
            assertTrue(found.stream().anyMatch(line -> line.contains("image-alt")), String.join("\n", found));
            assertTrue(found.stream().anyMatch(line -> line.contains("label")), String.join("\n", found));
        }
    }

    @Test
    void thePublicPagesPassAxe() {
        check(null, List.of(
                new Page("/public/", "public-register", "layout + public register"),
                new Page("/public/no-such-page.xhtml", "error-404", "404 page")));
    }

    @Test
    void theRegistryPagesPassAxe() {
        Fixtures.NewProvider provider = Fixtures.provider("Axe Check BV").register();
        check("admin", List.of(
                new Page("/portal/", "portal-home-admin", "home cards"),
                new Page("/portal/registry/providers.xhtml", "providers", "providers list"),
                new Page("/portal/registry/provider.xhtml?id=" + provider.id(), "provider-detail", "provider detail"),
                new Page("/portal/registry/provider-edit.xhtml?id=" + provider.id(), "provider-edit", "provider form"),
                new Page("/portal/registry/provider-edit.xhtml", "provider-new", "provider form")));
    }

    @Test
    void theProvidersRiskAssessmentPagePassesAxe() {
        check("alpha-staff", List.of(new Page("/portal/risk/own.xhtml", "provider-risk", "provider's risk assessments")));
    }

    @Test
    void theAuditorsPagesPassAxe() {
        check("auditor", List.of(
                new Page("/portal/audit/trail.xhtml", "audit-trail", "audit trail"),
                new Page("/error/403.xhtml", "error-403", "403 page")));
    }

    @Test
    void theTechnologyRegisterPagesPassAxe() {
        String draft = TechnologyPortalIT.draft();
        check("admin", List.of(
                new Page("/portal/technologies/technologies.xhtml", "technologies", "technology register with the form"),
                new Page("/portal/technologies/technology.xhtml?id=" + draft, "technology", "technology entry with its moves")));
    }

    @Test
    void theKnowledgeEditorialPagePassesAxe() {
        check("reviewer", List.of(new Page("/portal/knowledge/articles.xhtml?id=6b1f0a10-0000-4000-8000-000000000001",
                "knowledge-articles", "knowledge hub editorial page with a published article"),
                new Page("/portal/knowledge/network.xhtml", "knowledge-network", "prevention experts' network: documents and upload")));
    }

    @Test
    void theRetentionReportPassesAxe() {
        check("auditor", List.of(new Page("/portal/retention/report.xhtml", "retention-report", "retention report")));
    }

    @Test
    void theTransparencyReportPagePassesAxe() {
        // the Dutch authority's report page (its own Member State, last year's: the draft form or the report)
        check("ca-nl", List.of(new Page("/portal/transparency/report.xhtml", "transparency-report", "transparency report")));
    }

    @Test
    void theLegalProfilePagesPassAxe() {
        check("admin", List.of(
                new Page("/portal/legal/profiles.xhtml", "legal-profiles", "legal profiles list"),
                new Page("/portal/legal/compare/COM-2022-209/1/COUNCIL-GA-2025/1", "legal-compare", "legal profile comparison"),
                new Page("/portal/legal/import.xhtml", "legal-import", "legal profile import")));
    }

    @Test
    void theBatchJobsPagePassesAxe() {
        long failed = JobRuns.startRun(10, 5, 2).getJsonNumber("executionId").longValue();
        JobRuns.awaitStatus(failed, "FAILED");
        check("admin", List.of(new Page("/portal/operations/jobs.xhtml", "jobs-admin", "batch jobs"),
                new Page("/portal/operations/triage-dead-letters.xhtml", "triage-dead-letters-admin", "triage dead letters"),
                new Page("/portal/operations/report-deliveries.xhtml", "report-deliveries-admin", "report deliveries"),
                new Page("/portal/reports/public-material.xhtml", "public-material-admin", "removal checks of public material")));
        check("auditor", List.of(new Page("/portal/operations/jobs.xhtml", "jobs-auditor", "batch jobs"),
                new Page("/portal/operations/report-deliveries.xhtml", "report-deliveries-auditor", "report deliveries"),
                new Page("/portal/reports/public-material.xhtml", "public-material-auditor", "removal checks of public material")));
    }

    @Test
    void theCoordinatingAuthoritysPagesPassAxe() {
        String penaltyCase = PenaltyCasePortalIT.readyCase();
        check("ca-nl", List.of(
                new Page("/portal/", "portal-home-ca", "home cards"),
                new Page("/portal/inbox.xhtml", "inbox", "inbox"),
                new Page("/portal/penalties/cases.xhtml", "penalty-cases", "penalty cases list"),
                new Page("/portal/penalties/case.xhtml?id=" + penaltyCase, "penalty-case", "penalty case with checklist")));
    }

    @Test
    void theIndicatorPagesPassAxe() {
        eu.csar.it.indicators.ScreenSeed seed = eu.csar.it.indicators.ScreenSeed.write();
        check("reviewer", List.of(
                new Page("/portal/indicators/sets.xhtml", "indicator-sets", "indicator sets overview"),
                new Page("/portal/indicators/search.xhtml", "indicator-search", "indicator search"),
                new Page("/portal/indicators/" + seed.active, "indicator-detail", "indicator detail"),
                new Page("/portal/indicators/reviews.xhtml", "indicator-reviews", "reviewers' queue"),
                new Page("/portal/reports/desk.xhtml", "review-desk", "review desk queue"),
                new Page("/portal/reports/public-material.xhtml", "public-material-reviewer", "removal checks of public material")));
    }

    private static void check(String user, List<Page> pages) {
        List<String> found = new ArrayList<>();
        try (Browser browser = Browser.start()) {
            PortalDriver portal = new PortalDriver(browser);
            if (user == null) {
                browser.open(pages.get(0).path());
            } else {
                browser.loginAs(user, pages.get(0).path());
            }
            for (String language : List.of("en", "nl")) {
                if (language.equals("nl")) {
                    browser.open(pages.get(0).path());
                    portal.find("session:lang-nl").click();
                    awaitLanguage(browser, "nl");
                }
                for (Page page : pages) {
                    browser.open(page.path());
                    portal.awaitAjax();
                    awaitLanguage(browser, language);
                    Dimension checked = language.equals("en") ? ScreenGeometry.DESKTOP : ScreenGeometry.PHONE;
                    ScreenGeometry.resize(browser.driver(), checked);
                    found.addAll(Axe.seriousViolations(browser.driver(),
                            page.name() + " (" + page.owner() + "), " + language + ", " + checked.getWidth() + " px"));
                    ScreenGeometry.resize(browser.driver(), ScreenGeometry.PHONE);
                    browser.screenshot("a11y-" + page.name() + "-" + language + "-390");
                    ScreenGeometry.resize(browser.driver(), ScreenGeometry.DESKTOP);
                }
            }
        }
        assertTrue(found.isEmpty(), found.size() + " serious or critical accessibility violations:\n" + String.join("\n", found));
    }

    private static void awaitLanguage(Browser browser, String language) {
        browser.waitUp().ignoring(StaleElementReferenceException.class)
                .until(d -> language.equals(d.findElement(By.tagName("html")).getAttribute("lang")));
    }
}
