package eu.csar.it.portal;

import eu.csar.it.support.Api;
import eu.csar.it.support.Browser;
import eu.csar.it.support.Db;
import eu.csar.it.support.Deployments;
import eu.csar.it.support.Tokens;
import eu.csar.it.support.Tokens.Provider;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Penalty case files (Art 35) in a real Chromium: the Coordinating Authority of NL opens a case from
 * the list page, finds it with its checklist, records the factors and the turnover, asks the decision
 * form to calculate one cent over the 6% cap (a page message naming the Article, nothing decided), then
 * decides at the cap and sees how the amount was reached; in Dutch too; the German authority finds no
 * such case. Pages at 1280 and 390 px without sideways scrolling and without serious axe findings;
 * screenshots in target/screenshots/.
 */
@ExtendWith(ArquillianExtension.class)
class PenaltyCasePortalIT {

    static final String LIST = "/portal/penalties/cases.xhtml";

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return Deployments.ear();
    }

    @Test
    void aCaseIsOpenedAssessedRefusedOverTheCapAndDecidedAtItInThePortal() {
        String summary = "Portal test: removal orders not executed (synthetic) " + UUID.randomUUID().toString().substring(0, 8);
        List<String> problems = new ArrayList<>();
        String id;
        try (Browser browser = Browser.start()) {
            PortalDriver portal = new PortalDriver(browser);
            browser.loginAs("ca-nl", LIST);
            assertFalse(browser.driver().findElements(By.id("nav-penalty-cases")).isEmpty(), "the menu has the entry");

            // opening: a bad provider id is named at its field; then opened against Alpha Hosting (NL)
            portal.type("open:providerId", "not-an-id");
            portal.type("open:summary", summary);
            portal.clickAndWait("open:submit");
            portal.awaitOrExplain("penalty-open-error", d -> !portal.text("open:providerIdMessage").isEmpty());
            assertEquals(0, Db.count("select count(*) from penalty_cases where summary = ?", summary));
            portal.type("open:providerId", Provider.ALPHA.providerId.toString());
            portal.find("open:submit").click();
            portal.awaitOrExplain("penalty-opened", d -> !d.findElements(By.id("state")).isEmpty());
            assertEquals("OPEN", portal.find("state").getAttribute("data-state"));
            id = Db.value("select cast(id as varchar) from penalty_cases where summary = ?", summary).toString();

            // the checklist and the turnover
            List<String> factors = browser.driver().findElements(By.cssSelector(".csar-factor")).stream()
                    .map(f -> f.getAttribute("data-factor")).toList();
            assertEquals(List.of("GRAVITY", "DURATION", "INTENT_OR_NEGLIGENCE", "PREVIOUS_INFRINGEMENTS", "FINANCIAL_STRENGTH",
                    "COOPERATION", "SIZE"), factors);
            for (int i = 0; i < factors.size(); i++) {
                portal.choose("factors:table:" + i + ":assessment", i == 0 ? "AGGRAVATING" : "NEUTRAL");
            }
            portal.type("factors:table:0:note", "Lasting for months (synthetic)");
            portal.clickAndWait("factors:save");
            portal.awaitOrExplain("penalty-factors", d -> Db.count("select count(*) from penalty_case_factors where case_id = ?::uuid",
                    id) == 7);
            portal.type("turnover:annualTurnover", "250000000");
            portal.type("turnover:businessYear", "2025");
            portal.clickAndWait("turnover:save");
            portal.awaitOrExplain("penalty-turnover", d -> Db.count("select count(*) from penalty_cases where id = ?::uuid"
                    + " and annual_turnover = 250000000 and business_year_days = 365", id) == 1);

            // one cent over the cap: a page message naming the Article, nothing decided
            portal.choose("decide:kind", "INFRINGEMENT");
            portal.type("decide:proposedAmount", "15000000.01");
            portal.type("decide:reasoning", "Grave and lasting (synthetic)");
            portal.clickAndWait("decide:send");
            portal.awaitOrExplain("penalty-over-cap", d -> portal.text("messages").contains("Art 35(4), first subparagraph"));
            assertTrue(portal.text("messages").contains("EUR 15000000.00"), portal.text("messages"));
            assertEquals("OPEN", Db.value("select state from penalty_cases where id = ?::uuid", id));
            problems.addAll(ScreenGeometry.problems(browser, "penalties", "case-refused", ScreenGeometry.DESKTOP, ScreenGeometry.PHONE));

            // at the cap: the calculation first, then the decision with its steps
            portal.type("decide:proposedAmount", "15000000.00");
            portal.clickAndWait("decide:calculate");
            portal.awaitOrExplain("penalty-calculated", d -> !d.findElements(By.id("calculation-steps")).isEmpty());
            assertTrue(portal.text("calculation-steps").contains("at the cap"), portal.text("calculation-steps"));
            portal.clickAndWait("decide:send");
            portal.awaitOrExplain("penalty-decided", d -> "DECIDED".equals(d.findElement(By.id("state")).getAttribute("data-state")));
            assertTrue(portal.text("decision-steps").contains("6% of EUR 250000000.00 = EUR 15000000.00"), portal.text("decision-steps"));
            assertTrue(portal.text("decision-cap").contains("Art 35(4), first subparagraph"), portal.text("decision-cap"));
            assertTrue(browser.driver().findElements(By.id("decide:send")).isEmpty(), "decided once");
            problems.addAll(ScreenGeometry.problems(browser, "penalties", "case-decided", ScreenGeometry.DESKTOP, ScreenGeometry.PHONE));

            // in Dutch
            portal.find("session:lang-nl").click();
            portal.awaitOrExplain("penalty-nl", d -> d.findElement(By.id("state")).getText().equals("Besloten"));
            assertTrue(portal.pageText().contains("Factoren (art. 35, lid 6)"), portal.pageText());
            assertTrue(portal.text("decision-steps").contains("Voorgesteld: EUR 15000000.00, gelijk aan het plafond"),
                    "the calculator's steps in Dutch: " + portal.text("decision-steps"));
            problems.addAll(ScreenGeometry.problems(browser, "penalties", "case-nl", ScreenGeometry.DESKTOP, ScreenGeometry.PHONE));
            browser.open(LIST);
            portal.awaitOrExplain("penalty-list-nl", d -> !d.findElements(By.cssSelector("a.csar-penalty-case-link[href$='" + id + "']")).isEmpty());
            problems.addAll(ScreenGeometry.problems(browser, "penalties", "list-nl", ScreenGeometry.DESKTOP, ScreenGeometry.PHONE));
            portal.find("session:lang-en").click();
            portal.awaitOrExplain("penalty-list-en", d -> d.findElement(By.id("open:submit")).getText().contains("Open case"));
            problems.addAll(ScreenGeometry.problems(browser, "penalties", "list", ScreenGeometry.DESKTOP, ScreenGeometry.PHONE));
        }
        assertEquals(1, Db.count("select count(*) from penalty_cases where id = ?::uuid and state = 'DECIDED'"
                + " and decision_amount = 15000000.00 and decided_by = 'ca-nl'", id));
        try (Browser browser = Browser.start()) {
            PortalDriver portal = new PortalDriver(browser);
            browser.loginAs("ca-de", "/portal/index.xhtml");
            browser.open("/portal/penalties/case.xhtml?id=" + id);
            portal.find("not-found");
            assertFalse(portal.pageText().contains("Portal test"), portal.pageText());
        }
        assertEquals(List.of(), problems);
    }

    /** An open case of NL against Alpha with every factor assessed and a turnover, for the accessibility check. */
    static String readyCase() {
        String ca = Tokens.user("ca-nl");
        Api.Response opened = Api.post("/api/v1/penalties/cases", Json.createObjectBuilder()
                        .add("providerId", Provider.ALPHA.providerId.toString()).add("summary", "Accessibility check (synthetic)")
                        .build().toString(), ca, "Content-Type", "application/json", "Idempotency-Key", UUID.randomUUID().toString());
        assertEquals(201, opened.status(), opened.toString());
        String id = opened.json().getString("id");
        JsonArrayBuilder factors = Json.createArrayBuilder();
        factors.add(Json.createObjectBuilder().add("factor", "GRAVITY").add("assessment", "AGGRAVATING").add("note", "synthetic"));
        Api.Response f = Api.post("/api/v1/penalties/cases/" + id + "/factors", Json.createObjectBuilder().add("factors", factors)
                .build().toString(), ca, "Content-Type", "application/json", "Idempotency-Key", UUID.randomUUID().toString());
        assertEquals(200, f.status(), f.toString());
        return id;
    }
}
