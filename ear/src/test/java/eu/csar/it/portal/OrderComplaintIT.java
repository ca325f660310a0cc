package eu.csar.it.portal;

import eu.csar.it.support.Api;
import eu.csar.it.support.Browser;
import eu.csar.it.support.Db;
import eu.csar.it.support.Deployments;
import eu.csar.it.support.Inbox;
import eu.csar.it.support.Tokens;
import eu.csar.it.support.Tokens.Provider;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Complaints about orders (Art 34) on the real stack with real tokens and a real Chromium: the
 * issuing authority of NL issues a removal order to Alpha Hosting (NL); the Coordinating Authority
 * of DE files a complaint from a user living in Germany, which is forwarded at once to NL (the
 * order's Member State) and visible to both, while FR gets 404 and a wrong role 403; malformed
 * complaints are 400 problems with no row written; in the portal NL takes it up and decides, and
 * the decision shows on the complaint's page for DE too and in the complaints card of the order's
 * page. NL files a complaint about its own order from that card (no forwarding). Pages at 1280 and
 * 390 px without sideways scrolling and without serious axe findings; screenshots in
 * target/screenshots/.
 */
@ExtendWith(ArquillianExtension.class)
class OrderComplaintIT {

    static final String COMPLAINTS = "/api/v1/complaints";
    static final String LIST = "/portal/orders/complaints.xhtml";

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return Deployments.ear();
    }

    static Api.Response post(String path, String body, String token) {
        return post(path, body, token, UUID.randomUUID().toString());
    }

    static Api.Response post(String path, String body, String token, String key) {
        return Api.post(path, body, token, "Content-Type", "application/json", "Idempotency-Key", key);
    }

    /** A removal order of NL to Alpha Hosting (NL), issued by judge-nl; its id. */
    static String nlRemovalOrder() {
        String body = Json.createObjectBuilder().add("reference", "IT-CMP-" + UUID.randomUUID().toString().substring(0, 8))
                .add("issuingAuthority", "Rechtbank Den Haag (demo)").add("providerId", Provider.ALPHA.providerId.toString())
                .add("items", Json.createArrayBuilder().add(Json.createObjectBuilder().add("kind", "URL")
                        .add("locator", "https://alphadrive.example/f/" + UUID.randomUUID())))
                .add("reasons", "Synthetic statement of reasons for a complaint test").build().toString();
        Api.Response issued = post("/api/v1/removal-orders", body, Tokens.user("judge-nl"));
        assertEquals(201, issued.status(), issued.toString());
        return issued.json().getString("id");
    }

    static String complaintJson(String kind, String orderId, String summary) {
        var b = Json.createObjectBuilder();
        if (kind != null) {
            b.add("orderKind", kind);
        }
        if (orderId != null) {
            b.add("orderId", orderId);
        }
        if (summary != null) {
            b.add("summary", summary);
        }
        return b.add("contactReference", "DE-BfJ-case-0042 (synthetic)").build().toString();
    }

    static long complaintsAbout(String orderId) {
        return Db.count("select count(*) from complaints where order_id = ?::uuid", orderId);
    }

    static List<String> ids(Api.Response list) {
        return list.json().getJsonArray("items").getValuesAs(JsonObject.class).stream().map(o -> o.getString("id")).toList();
    }

    static List<String> screenProblems(Browser browser, String page) {
        return ScreenGeometry.problems(browser, "complaints", page, ScreenGeometry.DESKTOP, ScreenGeometry.PHONE);
    }

    @Test
    void aComplaintFiledInGermanyAboutADutchOrderIsForwardedDecidedInTheNetherlandsAndSeenByBoth() {
        String order = nlRemovalOrder();
        String de = Tokens.user("ca-de");
        String nl = Tokens.user("ca-nl");
        Inbox nlInbox = Inbox.watch(nl);
        Inbox deInbox = Inbox.watch(de);

        // malformed complaints: a 400 problem naming the field, and nothing stored
        for (String[] bad : List.of(new String[]{"orderKind", complaintJson("PARKING", order, "s")},
                new String[]{"orderKind", complaintJson(null, order, "s")},
                new String[]{"orderId", complaintJson("REMOVAL", "not-a-uuid", "s")},
                new String[]{"orderId", complaintJson("REMOVAL", UUID.randomUUID().toString(), "synthetic")},
                new String[]{"orderId", complaintJson("DETECTION", order, "synthetic: the order is no detection order")},
                new String[]{"summary", complaintJson("REMOVAL", order, "  ")},
                new String[]{"summary", complaintJson("REMOVAL", order, "x".repeat(2001))})) {
            Api.Response refused = post(COMPLAINTS, bad[1], de);
            assertEquals(400, refused.status(), bad[1] + " -> " + refused);
            assertTrue(refused.header("Content-Type").orElse("").startsWith("application/problem+json"), refused.toString());
            assertTrue(refused.body().contains(bad[0]), "the problem names " + bad[0] + ": " + refused.body());
        }
        assertEquals(400, post(COMPLAINTS, "{not json", de).status());
        assertEquals(0, complaintsAbout(order), "nothing stored for a refused complaint");

        // DE files: forwarded at once to NL, the order's Member State; the same key twice stores one complaint
        String key = UUID.randomUUID().toString();
        String body = complaintJson("REMOVAL", order, "The user says a lawful holiday photo was removed (synthetic).");
        Api.Response filed = post(COMPLAINTS, body, de, key);
        assertEquals(201, filed.status(), filed.toString());
        JsonObject complaint = filed.json();
        String id = complaint.getString("id");
        assertTrue(filed.header("Location").orElseThrow().endsWith(id));
        assertEquals("FORWARDED", complaint.getString("state"));
        assertEquals("DE", complaint.getString("receivingMemberState"));
        assertEquals("NL", complaint.getString("establishmentMemberState"));
        assertEquals(id, post(COMPLAINTS, body, de, key).json().getString("id"), "a repeated request answers the first");
        assertEquals(1, complaintsAbout(order));
        assertEquals(List.of("FORWARDED", "DE", "NL", "REMOVAL"), Db.rows("select state, receiving_member_state,"
                + " establishment_member_state, order_kind from complaints where id = ?::uuid", id).get(0).values().stream()
                .map(Object::toString).toList());
        assertEquals(2, Db.count("select count(*) from complaint_status_changes where complaint_id = ?::uuid", id));
        for (String action : List.of("COMPLAINT_FILED", "COMPLAINT_FORWARDED")) {
            assertEquals(1, Db.count("select count(*) from audit_events where action = ? and object_id = ? and outcome = 'SUCCESS'",
                    action, id), action);
        }

        // the Coordinating Authority of establishment learns of it in its inbox, with who passed it on; the sender does not
        List<JsonObject> told = nlInbox.newItemsAbout(UUID.fromString(id));
        assertEquals(1, told.size(), "once, although the request was sent twice: " + told);
        assertEquals("COMPLAINT_PASSED_ON", told.get(0).getString("kind"));
        assertEquals("NL", told.get(0).getString("recipient"));
        assertEquals(List.of("DE"), Inbox.codes(told.get(0), "changes"));
        assertEquals("/portal/complaints/" + id, told.get(0).getString("link"));
        assertEquals(List.of(), deInbox.newItemsAbout(UUID.fromString(id)));

        // visible to both authorities and the Centre; FR: 404; an issuing authority: 403
        Api.Response seen = Api.get(COMPLAINTS + "/" + id, nl);
        assertEquals(200, seen.status(), seen.toString());
        assertEquals(304, Api.raw("GET", COMPLAINTS + "/" + id, null, nl, "If-None-Match", seen.header("ETag").orElseThrow()).status());
        assertEquals(200, Api.get(COMPLAINTS + "/" + id, de).status());
        assertEquals(200, Api.get(COMPLAINTS + "/" + id, Tokens.user("admin")).status());
        assertEquals(404, Api.get(COMPLAINTS + "/" + id, Tokens.user("ca-fr")).status());
        assertEquals(404, post(COMPLAINTS + "/" + id + "/examination", "", Tokens.user("ca-fr")).status());
        assertFalse(ids(Api.get(COMPLAINTS + "?size=100", Tokens.user("ca-fr"))).contains(id));
        assertEquals(403, Api.get(COMPLAINTS + "/" + id, Tokens.user("judge-nl")).status());
        assertEquals(403, post(COMPLAINTS, body, Tokens.user("admin")).status(), "only a Coordinating Authority files");
        assertTrue(ids(Api.get(COMPLAINTS + "?direction=received&size=100", de)).contains(id));
        assertTrue(ids(Api.get(COMPLAINTS + "?direction=forwarded&size=100", nl)).contains(id));
        assertFalse(ids(Api.get(COMPLAINTS + "?direction=received&size=100", nl)).contains(id));
        assertEquals(400, Api.get(COMPLAINTS + "?direction=sideways", nl).status());

        // only the authority of establishment decides, and only once it took the complaint up
        assertEquals(409, post(COMPLAINTS + "/" + id + "/examination", "", de).status(), "DE is not the authority of establishment");
        assertEquals(409, post(COMPLAINTS + "/" + id + "/decision", "{\"outcome\":\"UPHELD\",\"reasons\":\"r\"}", nl).status(),
                "not yet taken up");
        assertEquals(400, post(COMPLAINTS + "/" + id + "/decision", "{\"outcome\":\"MAYBE\",\"reasons\":\"r\"}", nl).status());
        assertEquals("FORWARDED", Db.value("select state from complaints where id = ?::uuid", id));

        List<String> problems = new ArrayList<>();
        try (Browser browser = Browser.start()) {
            PortalDriver portal = new PortalDriver(browser);
            browser.loginAs("ca-nl", LIST);
            portal.choose("complaints:direction", "FORWARDED");
            portal.clickAndWait("complaints:search");
            portal.awaitOrExplain("complaints-forwarded", d -> !d.findElements(By.cssSelector(
                    "a.csar-complaint-link[href$='" + id + "']")).isEmpty());
            problems.addAll(screenProblems(browser, "list"));
            browser.driver().findElement(By.cssSelector("a.csar-complaint-link[href$='" + id + "']")).click();
            portal.awaitOrExplain("complaint-opened", d -> !d.findElements(By.id("state")).isEmpty());
            assertEquals("FORWARDED", portal.find("state").getAttribute("data-state"));
            assertTrue(portal.text("summary").contains("lawful holiday photo"), portal.pageText());
            portal.clickAndWait("moves:take-up");
            portal.awaitOrExplain("complaint-taken-up", d -> "UNDER_EXAMINATION".equals(d.findElement(By.id("state")).getAttribute("data-state")));

            // the decision form: no outcome and no reasons are named on the page, nothing recorded
            portal.clickAndWait("decide:send");
            portal.awaitOrExplain("complaint-decision-errors", d -> !portal.text("decide:outcomeMessage").isEmpty());
            assertEquals("UNDER_EXAMINATION", Db.value("select state from complaints where id = ?::uuid", id));
            List<WebElement> outcomes = browser.driver().findElements(By.cssSelector("input[name='decide:outcome']"));
            assertEquals(List.of("UPHELD", "PARTLY_UPHELD", "REJECTED"), outcomes.stream().map(o -> o.getAttribute("value")).toList());
            outcomes.get(1).click();
            portal.type("decide:reasons", "One of the two items was restored (synthetic).");
            portal.clickAndWait("decide:send");
            portal.awaitOrExplain("complaint-decided", d -> "DECIDED".equals(d.findElement(By.id("state")).getAttribute("data-state")));
            assertEquals("PARTLY_UPHELD", portal.find("outcome").getAttribute("data-outcome"));
            assertEquals(List.of("FILE", "FORWARD", "TAKE_UP", "DECIDE"), browser.driver()
                    .findElements(By.cssSelector("#timeline-steps .csar-timeline-step")).stream()
                    .map(s -> s.getAttribute("data-event")).toList());
            problems.addAll(screenProblems(browser, "complaint"));

            // in Dutch
            portal.find("session:lang-nl").click();
            portal.awaitOrExplain("complaint-nl", d -> d.findElement(By.id("state")).getText().equals("Beslist"));
            assertTrue(portal.pageText().contains("Gedeeltelijk gegrond"), portal.pageText());
            browser.screenshot("complaints-complaint-nl");
            portal.find("session:lang-en").click();
            portal.awaitOrExplain("complaint-en", d -> d.findElement(By.id("state")).getText().equals("Decided"));

            // the order's page lists the complaint; NL files one about its own order from there: nothing to forward
            browser.open("/portal/orders/removal-order.xhtml?id=" + order);
            portal.awaitOrExplain("order-complaints", d -> !d.findElements(By.cssSelector("#complaint-list a[href$='" + id + "']")).isEmpty());
            portal.find("file-complaint").click();
            portal.awaitOrExplain("complaint-form", d -> !d.findElements(By.id("file:summary")).isEmpty());
            assertEquals(order, portal.find("file:orderId").getAttribute("value"));
            portal.clickAndWait("file:submit");
            portal.awaitOrExplain("complaint-form-errors", d -> !portal.text("file:summaryMessage").isEmpty());
            assertEquals(1, complaintsAbout(order), "nothing stored for an empty summary");
            portal.type("file:summary", "A Dutch user says the removal was disproportionate (synthetic).");
            portal.find("file:submit").click();
            portal.awaitOrExplain("complaint-domestic", d -> !d.findElements(By.id("state")).isEmpty());
            assertEquals("RECEIVED", portal.find("state").getAttribute("data-state"));
            assertTrue(browser.driver().findElements(By.id("moves:forward")).isEmpty(), "nothing to forward");
            assertFalse(browser.driver().findElements(By.id("moves:take-up")).isEmpty(), "NL takes its own complaint up");
            assertEquals(2, complaintsAbout(order));
            assertEquals(0, Db.count("select count(*) from complaints where order_id = ?::uuid and receiving_member_state = 'NL'"
                    + " and forwarded_at is not null", order));
        }

        // the decision is recorded and seen by the receiving authority too; FR's browser finds nothing
        assertEquals(List.of("DECIDED", "PARTLY_UPHELD", "ca-nl"), Db.rows("select state, outcome, decided_by from complaints"
                + " where id = ?::uuid", id).get(0).values().stream().map(Object::toString).toList());
        JsonObject decided = Api.get(COMPLAINTS + "/" + id, de).json();
        assertEquals("PARTLY_UPHELD", decided.getString("outcome"));
        assertEquals("One of the two items was restored (synthetic).", decided.getString("decisionReasons"));
        try (Browser browser = Browser.start()) {
            PortalDriver portal = new PortalDriver(browser);
            // signed in from the complaint's permanent link: the id is in the path, which the sign-in keeps
            browser.loginAs("ca-de", "/portal/complaints/" + id);
            assertEquals("PARTLY_UPHELD", portal.find("outcome").getAttribute("data-outcome"));
            assertTrue(browser.driver().findElements(By.id("decide:send")).isEmpty(), "DE does not decide");
            browser.screenshot("complaints-complaint-de");
        }
        try (Browser browser = Browser.start()) {
            PortalDriver portal = new PortalDriver(browser);
            // logged in first: the sign-in's return keeps the path, not the query string with the id
            browser.loginAs("ca-fr", "/portal/index.xhtml");
            browser.open("/portal/orders/complaint.xhtml?id=" + id);
            portal.find("not-found");
            assertFalse(portal.pageText().contains("holiday photo"), portal.pageText());
        }
        assertEquals(List.of(), problems);
    }
}
