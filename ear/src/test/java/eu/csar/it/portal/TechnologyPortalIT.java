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
 * the field that a reference is malformed, creates a draft, corrects its description and a rate (a bad
 * rate named at its field; read-only once it left DRAFT), asks the Technology Committee (the due time
 * shows), records its opinion, consults the EDPB, records its opinion and approves; in Dutch too; then
 * creates the next version naming the approved entry it succeeds (a version not higher refused at its
 * field). An auditor reads the entry without any buttons. A Coordinating Authority's detection order naming the
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

    /** Fills the create form for a NEW-type "Portal matcher (synthetic)" of Example Lab. */
    static void describe(PortalDriver portal, String reference, String version, String description, String falsePositiveRate,
                         String falseNegativeRate, String method) {
        portal.type("create:reference", reference);
        portal.type("create:name", "Portal matcher (synthetic)");
        portal.type("create:version", version);
        portal.choose("create:type", "NEW");
        portal.type("create:supplier", "Example Lab (synthetic)");
        portal.type("create:description", description);
        portal.type("create:falsePositiveRate", falsePositiveRate);
        portal.type("create:falseNegativeRate", falseNegativeRate);
        portal.type("create:errorRateMethod", method);
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
                describe(portal, "tech pdq two", "3.0", "Classifies synthetic shapes (portal test)", "0.5", "7.25",
                        "500 generated images (synthetic)");
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

                // while a draft, its description and error rates are corrected on its page: a bad rate is named at its field
                portal.type("draft:falsePositiveRate", "150");
                portal.clickAndWait("draft:save");
                portal.awaitOrExplain("technology-draft-bad-rate", d -> !portal.text("draft:falsePositiveRateMessage").isEmpty());
                assertEquals(1, Db.count("select count(*) from technologies where id = ?::uuid and false_positive_rate = 0.5"
                        + " and description = 'Classifies synthetic shapes (portal test)'", id), "nothing stored on a refusal");
                portal.type("draft:description", "Classifies synthetic shapes, corrected (portal test)");
                portal.type("draft:falsePositiveRate", "0.75");
                portal.clickAndWait("draft:save");
                portal.awaitOrExplain("technology-draft-saved", d -> d.findElement(By.id("description")).getText().contains("corrected"));
                assertTrue(portal.text("fpr").startsWith("0.75"), portal.text("fpr"));
                assertEquals(1, Db.count("select count(*) from technologies where id = ?::uuid and false_positive_rate = 0.75"
                        + " and description = 'Classifies synthetic shapes, corrected (portal test)' and state = 'DRAFT'", id));
                assertEquals(1, Db.count("select count(*) from technology_status_changes where technology_id = ?::uuid and event = 'EDIT_DRAFT'"
                        + " and from_state = 'DRAFT' and to_state = 'DRAFT' and reason = 'changed: description, falsePositiveRate'", id));
                assertEquals(1, Db.count("select count(*) from audit_entries where object_id = ? and action = 'TECHNOLOGY_DRAFT_EDITED'"
                        + " and outcome = 'SUCCESS'", id));
                problems.addAll(ScreenGeometry.problems(browser, "technologies", "entry-draft", ScreenGeometry.DESKTOP, ScreenGeometry.PHONE));

                portal.clickAndWait("moves:submitToCommittee");
                portal.awaitOrExplain("technology-submitted", d -> "SUBMITTED_TO_COMMITTEE".equals(
                        d.findElement(By.id("state")).getAttribute("data-state")));
                assertTrue(browser.driver().findElements(By.id("draft-card")).isEmpty(), "read-only once it left DRAFT");
                assertTrue(portal.text("due").contains("UTC"), portal.text("due"));
                problems.addAll(ScreenGeometry.problems(browser, "technologies", "entry-awaiting", ScreenGeometry.DESKTOP, ScreenGeometry.PHONE));
                recordOpinion(portal, "TC-PORTAL-1", "COMMITTEE_OPINION");
                assertTrue(portal.text("committee-opinion").contains("TC-PORTAL-1"), portal.text("committee-opinion"));
                portal.clickAndWait("moves:consultEdpb");
                portal.awaitOrExplain("technology-edpb", d -> "EDPB_CONSULTED".equals(d.findElement(By.id("state")).getAttribute("data-state")));
                recordOpinion(portal, "EDPB-PORTAL-1", "EDPB_OPINION");
                portal.clickAndWait("moves:approve");
                portal.awaitOrExplain("technology-approved", d -> "APPROVED".equals(d.findElement(By.id("state")).getAttribute("data-state")));
                assertEquals(7, browser.driver().findElements(By.cssSelector("#timeline-steps li")).size(), "CREATE, the edit and five moves");
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

                // a new version names the entry it succeeds, chosen by name and version; a version not higher is refused at its field
                assertTrue(browser.driver().getPageSource().contains("Portal matcher (synthetic) 3.0 (" + reference + ", Approved)"),
                        "the choice names the entry by name and version");
                portal.choose("create:predecessor", reference);
                describe(portal, reference + "-2", "2.9", "synthetic", "1", "2", "synthetic");
                portal.clickAndWait("create:submit");
                portal.awaitOrExplain("technology-successor-low", d -> portal.text("create:versionMessage")
                        .contains("A new version is higher than its predecessor's 3.0"));
                assertEquals(0, Db.count("select count(*) from technologies where reference = ?", reference + "-2"));
                problems.addAll(ScreenGeometry.problems(browser, "technologies", "list-successor-refused", ScreenGeometry.DESKTOP,
                        ScreenGeometry.PHONE));
                portal.type("create:version", "3.1");
                portal.find("create:submit").click();
                portal.awaitOrExplain("technology-successor", d -> !d.findElements(By.id("predecessor")).isEmpty());
                assertTrue(portal.text("predecessor").contains("Succeeds version 3.0 (" + reference + ")"), portal.text("predecessor"));
                successorId = Db.value("select cast(id as varchar) from technologies where reference = ? and predecessor_id = ?::uuid"
                        + " and state = 'DRAFT'", reference + "-2", id).toString();
            }
            assertEquals(1, Db.count("select count(*) from technologies where id = ?::uuid and state = 'APPROVED'"
                    + " and committee_reference = 'TC-PORTAL-1' and edpb_reference = 'EDPB-PORTAL-1'", id));
            assertEquals(6, Db.count("select count(*) from audit_entries where object_id = ? and actor = 'admin' and outcome = 'SUCCESS'"
                    + " and action in ('TECHNOLOGY_CREATED', 'TECHNOLOGY_SUBMITTED_TO_COMMITTEE', 'TECHNOLOGY_COMMITTEE_OPINION_RECORDED',"
                    + " 'TECHNOLOGY_EDPB_CONSULTED', 'TECHNOLOGY_EDPB_OPINION_RECORDED', 'TECHNOLOGY_APPROVED')", id));

            // the auditor reads, without buttons; the entry names the new version that succeeds it
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
