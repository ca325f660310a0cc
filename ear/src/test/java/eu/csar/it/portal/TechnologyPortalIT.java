package eu.csar.it.portal;

import eu.csar.it.support.Api;
import eu.csar.it.support.Browser;
import eu.csar.it.support.Db;
import eu.csar.it.support.Deployments;
import eu.csar.it.support.Tokens;
import eu.csar.it.support.Tokens.Provider;
import jakarta.json.Json;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The technology register (Art 50) in a real Chromium: a centre admin finds it in the menu, is told at
 * the field that a reference is malformed, creates a draft, asks the Technology Committee (the due time
 * shows), records its opinion, consults the EDPB, records its opinion and approves; in Dutch too. An
 * auditor reads the entry without any buttons. A Coordinating Authority's detection order naming the
 * technology shows the register entry on the order's page. Pages at 1280 and 390 px without sideways
 * scrolling and without serious axe findings; screenshots in target/screenshots/.
 */
@ExtendWith(ArquillianExtension.class)
class TechnologyPortalIT {

    static final String LIST = "/portal/technologies/technologies.xhtml";

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return Deployments.ear();
    }

    static Api.Response post(String path, String body, String token) {
        return Api.post(path, body, token, "Content-Type", "application/json", "Idempotency-Key", UUID.randomUUID().toString());
    }

    static void recordOpinion(PortalDriver portal, String reference, String nextState) {
        portal.type("opinion:date", LocalDate.now(ZoneOffset.UTC).minusDays(1).toString());
        portal.choose("opinion:favourable", "true");
        portal.type("opinion:reference", reference);
        portal.clickAndWait("opinion:send");
        portal.awaitOrExplain("technology-" + nextState, d -> nextState.equals(d.findElement(By.id("state")).getAttribute("data-state")));
    }

    @Test
    void anAdminTakesATechnologyFromDraftToApprovedAndTheOrderPageShowsTheEntry() {
        String reference = "TECH-PORTAL-" + UUID.randomUUID().toString().substring(0, 6).toUpperCase(Locale.ROOT);
        List<String> problems = new ArrayList<>();
        String id = null;
        String successorId = null;
        try {
            try (Browser browser = Browser.start()) {
                PortalDriver portal = new PortalDriver(browser);
                browser.loginAs("admin", LIST);
                assertFalse(browser.driver().findElements(By.id("nav-technologies")).isEmpty(), "the menu has the entry");
                portal.awaitOrExplain("technology-list", d -> !d.findElements(By.cssSelector("a.csar-technology-link")).isEmpty());
                assertTrue(portal.text("technologies:table").contains("TECH-PDQ-1"), portal.text("technologies:table"));

                // a malformed reference is named at its field, nothing stored
                portal.type("create:reference", "tech pdq two");
                portal.type("create:name", "Portal matcher (synthetic)");
                portal.type("create:version", "3.0");
                portal.choose("create:type", "NEW");
                portal.type("create:supplier", "Example Lab (synthetic)");
                portal.type("create:description", "Classifies synthetic shapes (portal test)");
                portal.type("create:falsePositiveRate", "0.5");
                portal.type("create:falseNegativeRate", "7.25");
                portal.type("create:errorRateMethod", "500 generated images (synthetic)");
                portal.type("create:internalNotes", "Only for the Centre (synthetic)");
                portal.clickAndWait("create:submit");
                portal.awaitOrExplain("technology-bad-reference", d -> !portal.text("create:referenceMessage").isEmpty());
                assertEquals(0, Db.count("select count(*) from technologies where name = 'Portal matcher (synthetic)'"
                        + " and reference not like 'TECH-PORTAL-%'"));
                problems.addAll(ScreenGeometry.problems(browser, "technologies", "list-refused", ScreenGeometry.DESKTOP, ScreenGeometry.PHONE));

                portal.type("create:reference", reference);
                portal.find("create:submit").click();
                portal.awaitOrExplain("technology-created", d -> !d.findElements(By.id("state")).isEmpty());
                assertEquals("DRAFT", portal.find("state").getAttribute("data-state"));
                id = Db.value("select cast(id as varchar) from technologies where reference = ?", reference).toString();
                assertEquals(1, Db.count("select count(*) from technologies where id = ?::uuid and type = 'NEW'"
                        + " and false_negative_rate = 7.25 and internal_notes = 'Only for the Centre (synthetic)'", id));

                portal.clickAndWait("moves:submitToCommittee");
                portal.awaitOrExplain("technology-submitted", d -> "SUBMITTED_TO_COMMITTEE".equals(
                        d.findElement(By.id("state")).getAttribute("data-state")));
                assertTrue(portal.text("due").contains("UTC"), portal.text("due"));
                problems.addAll(ScreenGeometry.problems(browser, "technologies", "entry-awaiting", ScreenGeometry.DESKTOP, ScreenGeometry.PHONE));
                recordOpinion(portal, "TC-PORTAL-1", "COMMITTEE_OPINION");
                assertTrue(portal.text("committee-opinion").contains("TC-PORTAL-1"), portal.text("committee-opinion"));
                portal.clickAndWait("moves:consultEdpb");
                portal.awaitOrExplain("technology-edpb", d -> "EDPB_CONSULTED".equals(d.findElement(By.id("state")).getAttribute("data-state")));
                recordOpinion(portal, "EDPB-PORTAL-1", "EDPB_OPINION");
                portal.clickAndWait("moves:approve");
                portal.awaitOrExplain("technology-approved", d -> "APPROVED".equals(d.findElement(By.id("state")).getAttribute("data-state")));
                assertEquals(6, browser.driver().findElements(By.cssSelector("#timeline-steps li")).size(), "CREATE and five moves");
                problems.addAll(ScreenGeometry.problems(browser, "technologies", "entry-approved", ScreenGeometry.DESKTOP, ScreenGeometry.PHONE));

                // in Dutch
                portal.find("session:lang-nl").click();
                portal.awaitOrExplain("technology-nl", d -> d.findElement(By.id("state")).getText().equals("Goedgekeurd"));
                assertTrue(portal.pageText().contains("Advies van het Technologiecomité"), portal.pageText());
                problems.addAll(ScreenGeometry.problems(browser, "technologies", "entry-nl", ScreenGeometry.DESKTOP, ScreenGeometry.PHONE));
                browser.open(LIST);
                portal.awaitOrExplain("technology-list-nl", d -> d.findElement(By.id("create:submit")).getText().contains("Concept aanmaken"));
                problems.addAll(ScreenGeometry.problems(browser, "technologies", "list-nl", ScreenGeometry.DESKTOP, ScreenGeometry.PHONE));
                portal.find("session:lang-en").click();
                portal.awaitOrExplain("technology-list-en", d -> d.findElement(By.id("create:submit")).getText().contains("Create draft"));
                problems.addAll(ScreenGeometry.problems(browser, "technologies", "list", ScreenGeometry.DESKTOP, ScreenGeometry.PHONE));
            }
            assertEquals(1, Db.count("select count(*) from technologies where id = ?::uuid and state = 'APPROVED'"
                    + " and committee_reference = 'TC-PORTAL-1' and edpb_reference = 'EDPB-PORTAL-1'", id));
            assertEquals(6, Db.count("select count(*) from audit_entries where object_id = ? and actor = 'admin' and outcome = 'SUCCESS'"
                    + " and action in ('TECHNOLOGY_CREATED', 'TECHNOLOGY_SUBMITTED_TO_COMMITTEE', 'TECHNOLOGY_COMMITTEE_OPINION_RECORDED',"
                    + " 'TECHNOLOGY_EDPB_CONSULTED', 'TECHNOLOGY_EDPB_OPINION_RECORDED', 'TECHNOLOGY_APPROVED')", id));

            // the auditor reads, without buttons; the entry names the new version that succeeds it
            Api.Response next = post("/api/v1/technologies", Json.createObjectBuilder().add("reference", reference + "-2")
                    .add("name", "Portal matcher (synthetic)").add("version", "3.1").add("type", "NEW").add("supplier", "Example Lab (synthetic)")
                    .add("description", "synthetic").add("falsePositiveRate", 1).add("falseNegativeRate", 2).add("errorRateMethod", "synthetic")
                    .add("predecessorReference", reference).build().toString(), Tokens.user("admin"));
            assertEquals(201, next.status(), next.toString());
            successorId = next.json().getString("id");
            try (Browser browser = Browser.start()) {
                PortalDriver portal = new PortalDriver(browser);
                browser.loginAs("auditor", LIST);
                browser.open("/portal/technologies/technology.xhtml?id=" + id);
                portal.awaitOrExplain("technology-auditor", d -> !d.findElements(By.id("state")).isEmpty());
                assertTrue(portal.text("version").contains("Succeeded by version 3.1 (" + reference + "-2, Draft)"), portal.text("version"));
                assertTrue(browser.driver().findElements(By.id("moves-card")).isEmpty(), "no moves for auditors");
                assertTrue(browser.driver().findElements(By.id("create")).isEmpty(), "no form for auditors");
            }

            // a detection order naming the technology shows its register entry
            Api.Response order = post("/api/v1/detection-orders", Json.createObjectBuilder()
                    .add("reference", "IT-TECH-P-" + UUID.randomUUID().toString().substring(0, 8))
                    .add("providerId", Provider.ALPHA.providerId.toString()).add("service", "AlphaDrive (synthetic)")
                    .add("type", "NEW_MATERIAL").add("indicatorSets", Json.createArrayBuilder().add(
                            Db.value("select cast(id as varchar) from indicator_sets order by created_at limit 1").toString()))
                    .add("duration", "P12M").add("safeguards", "Human review (synthetic)").add("technologyReference", reference)
                    .add("reasons", "Synthetic reasons (portal test)").build().toString(), Tokens.user("ca-nl"));
            assertEquals(201, order.status(), order.toString());
            try (Browser browser = Browser.start()) {
                PortalDriver portal = new PortalDriver(browser);
                browser.loginAs("ca-nl", "/portal/index.xhtml");
                browser.open("/portal/orders/detection-order.xhtml?id=" + order.json().getString("id"));
                portal.awaitOrExplain("technology-on-order", d -> !d.findElements(By.id("technology-entry")).isEmpty());
                assertEquals("APPROVED", portal.find("technology-entry").getAttribute("data-state"));
                assertTrue(portal.text("technology-entry").contains("Portal matcher (synthetic)"), portal.text("technology-entry"));
            }
        } finally {
            if (successorId != null) {
                post("/api/v1/technologies/" + successorId + "/withdrawal", "{\"reason\":\"portal test over\"}", Tokens.user("admin"));
            }
            if (id != null) {
                Api.Response withdrawn = post("/api/v1/technologies/" + id + "/withdrawal", "{\"reason\":\"portal test over\"}",
                        Tokens.user("admin"));
                assertTrue(withdrawn.status() == 200 || withdrawn.status() == 409, withdrawn.toString());
            }
        }
        assertEquals(List.of(), problems);
    }

    /** A DRAFT entry for the accessibility check; returns its id. */
    static String draft() {
        Api.Response r = post("/api/v1/technologies", Json.createObjectBuilder()
                .add("reference", "TECH-A11Y-" + UUID.randomUUID().toString().substring(0, 6).toUpperCase(Locale.ROOT))
                .add("name", "Accessibility check (synthetic)").add("version", "1").add("type", "GROOMING")
                .add("supplier", "Example Lab (synthetic)").add("description", "synthetic").add("falsePositiveRate", 1)
                .add("falseNegativeRate", 2).add("errorRateMethod", "synthetic").build().toString(), Tokens.user("admin"));
        assertEquals(201, r.status(), r.toString());
        return r.json().getString("id");
    }
}
