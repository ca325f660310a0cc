package eu.csar.it.portal;

import eu.csar.it.support.Api;
import eu.csar.it.support.Browser;
import eu.csar.it.support.Db;
import eu.csar.it.support.Deployments;
import eu.csar.it.support.Pdfs;
import eu.csar.it.support.ResetsPlatformClock;
import eu.csar.it.support.Tokens.Provider;
import eu.csar.it.support.Tokens;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The removal order screens in a real Chromium against the real stack (issue 10 §3, §6): the
 * issuing authority of NL issues an order from the form (every missing field named on the page
 * first, nothing written), Alpha Hosting acknowledges receipt and reports execution over the partner
 * API, and the order's page shows each step on its timeline with the time to removal, which the
 * list's per-provider figures count; the annex PDF carries the order's id and verification hash and
 * is downloaded from the API and from the page. An order that runs out its 24-hour clock (the
 * platform clock moved) shows as overdue, one stopped by an Annex V notice as paused until the
 * authority clarifies it on the page. Pages in English and Dutch, at 1280 and 390 px without
 * sideways scrolling, and without serious axe findings. Screenshots in target/screenshots/.
 */
@ExtendWith(ArquillianExtension.class)
@ExtendWith(ResetsPlatformClock.class)
class RemovalOrderPortalIT {

    static final String ORDERS = "/api/v1/removal-orders";
    static final String FORM = "/portal/orders/issue-removal-order.xhtml";
    static final String LIST = "/portal/orders/removal-orders.xhtml";

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return Deployments.ear();
    }

    static Api.Response post(String path, String body, String token) {
        return Api.post(path, body, token, "Content-Type", "application/json", "Idempotency-Key", UUID.randomUUID().toString());
    }

    static String alpha() {
        return Tokens.provider(Provider.ALPHA);
    }

    static String orderId(String url) {
        int at = url.indexOf("id=");
        if (at >= 0) {
            return url.substring(at + 3, at + 39);
        }
        return url.substring(url.indexOf("/removal-orders/") + 16, url.indexOf("/removal-orders/") + 52);
    }

    /** The "26 h 05 min" the pages show for a duration. */
    static String shown(Duration d) {
        return d.toHours() + " h " + String.format("%02d", d.toMinutesPart()) + " min";
    }

    /** Sideways scrolling at 1280 and 390 px and serious axe findings, for the page on screen. */
    static List<String> screenProblems(Browser browser, String page) {
        return ScreenGeometry.problems(browser, "removal-orders", page, ScreenGeometry.PHONE);
    }

    @Test
    void issuedFromTheFormAcknowledgedAndExecutedWithTheTimelineTimeToRemovalAndTheAnnexPdf() throws IOException {
        String reference = "IT-PORTAL-" + UUID.randomUUID().toString().substring(0, 8);
        String url = "https://alphadrive.example/f/" + UUID.randomUUID();
        List<String> problems = new ArrayList<>();
        try (Browser browser = Browser.start()) {
            PortalDriver portal = new PortalDriver(browser);
            browser.loginAs("judge-nl", FORM);
            portal.find("issue:submit");
            problems.addAll(screenProblems(browser, "form"));

            // nothing filled in: every required field says so on the page, and no order is written
            long before = Db.count("select count(*) from removal_orders");
            portal.clickAndWait("issue:submit");
            portal.awaitOrExplain("removal-order-form-errors", d -> !portal.text("issue:referenceMessage").isEmpty());
            for (String field : List.of("reference", "authority", "provider", "items", "reasons")) {
                assertFalse(portal.text("issue:" + field + "Message").isEmpty(), field + " has no message:\n" + portal.pageText());
            }
            assertFalse(portal.messageFor("issue:reference").isEmpty(), "the message is the field's description for screen readers");
            browser.screenshot("removal-order-form-errors");
            assertEquals(before, Db.count("select count(*) from removal_orders"));

            portal.type("issue:reference", reference)
                    .type("issue:authority", "Rechtbank Den Haag (demo)")
                    .choose("issue:provider", Provider.ALPHA.providerId.toString())
                    .type("issue:items", url + "\nfile-id 4711 (synthetic)")
                    .type("issue:reasons", "Synthetic statement of reasons for a browser test");
            browser.screenshot("removal-order-form");
            portal.find("issue:submit").click();
            // the order's page, whose address portal.js turns into the permalink /portal/removal-orders/{id}
            portal.awaitOrExplain("removal-order-issued", d -> d.getCurrentUrl().contains("removal-order.xhtml?id=")
                    || d.getCurrentUrl().matches(".*/portal/removal-orders/[0-9a-f-]{36}$"));
            portal.find("state");
            String id = orderId(browser.driver().getCurrentUrl());
            assertEquals(reference, Db.value("select reference from removal_orders where id = ?::uuid", id));
            assertEquals(2L, Db.count("select count(*) from removal_order_items where order_id = ?::uuid", id),
                    "one item a line: the URL and the content reference");
            assertEquals("TRANSMITTED", portal.find("state").getAttribute("data-state"));
            assertTrue(portal.pageText().contains(reference + " issued and transmitted to"), portal.pageText());
            assertEquals("acknowledgement", portal.find("next-deadline").getAttribute("data-kind"));
            long ackLeft = Long.parseLong(portal.find("countdown").getAttribute("data-csar-countdown"));
            assertTrue(ackLeft > 0 && ackLeft <= Duration.ofHours(12).toSeconds(), "the profile's acknowledgement period: " + ackLeft);
            browser.screenshot("removal-order-transmitted");

            // the provider acknowledges receipt and reports execution over the partner API
            Api.Response receipt = post(ORDERS + "/" + id + "/receipt", "", alpha());
            assertEquals(200, receipt.status(), receipt.toString());
            browser.driver().navigate().refresh();
            assertEquals("RECEIVED", portal.find("state").getAttribute("data-state"));
            assertEquals("execution", portal.find("next-deadline").getAttribute("data-kind"));
            long executionLeft = Long.parseLong(portal.find("countdown").getAttribute("data-csar-countdown"));
            assertTrue(executionLeft > Duration.ofHours(23).toSeconds() && executionLeft <= Duration.ofHours(24).toSeconds(),
                    "24 hours from receipt (Art 14(3)): " + executionLeft);
            browser.screenshot("removal-order-received");

            // three hours and ten minutes later (the platform clock moved), the provider reports execution
            Api.Response later = Api.postJson("/test-support/clock/advance", "{\"by\":\"PT3H10M\"}", Tokens.user("admin"));
            assertEquals(200, later.status(), later.toString());
            Api.Response executed = post(ORDERS + "/" + id + "/execution", "{\"measureTaken\":\"REMOVED\"}", alpha());
            assertEquals(200, executed.status(), executed.toString());
            JsonObject order = executed.json();
            browser.driver().navigate().refresh();
            assertEquals("EXECUTED", portal.find("state").getAttribute("data-state"));
            Duration timeToRemoval = Duration.parse(order.getString("timeToRemoval"));
            assertTrue(timeToRemoval.compareTo(Duration.ofMinutes(190)) >= 0 && timeToRemoval.compareTo(Duration.ofMinutes(200)) < 0,
                    "receipt to execution: " + timeToRemoval);
            assertEquals(shown(timeToRemoval), portal.text("time-to-removal"));
            List<WebElement> steps = browser.driver().findElements(By.cssSelector("#timeline-steps .csar-timeline-step"));
            assertEquals(List.of("ISSUE", "TRANSMIT", "ACKNOWLEDGE", "REPORT_EXECUTION"),
                    steps.stream().map(s -> s.getAttribute("data-event")).toList());
            assertTrue(steps.get(3).getText().contains("Execution reported (Annex VI)"), steps.get(3).getText());
            assertTrue(steps.get(0).getText().contains("judge-nl"), "who issued it: " + steps.get(0).getText());
            assertEquals(order.getString("verificationHash"), portal.text("verification-hash"));
            browser.screenshot("removal-order-executed");
            problems.addAll(screenProblems(browser, "order"));

            // the annex PDF: from the page (the browser's session) and from the partner API
            String href = portal.annexHref();
            assertTrue(href.endsWith("/portal/removal-orders/" + id + "/annex.pdf"), href);
            assertEquals("200 application/pdf %PDF", portal.download(href));
            Api.Binary pdf = Api.getBytes(ORDERS + "/" + id + "/annex.pdf", Tokens.user("judge-nl"));
            assertEquals(200, pdf.status());
            assertEquals("%PDF", new String(pdf.body(), 0, 4, StandardCharsets.US_ASCII));
            assertEquals("sha-256=" + order.getString("verificationHash"), pdf.header("Verification-Hash").orElse(""));
            String text = Pdfs.text(pdf.body());
            for (String expected : List.of("ANNEX IV - REMOVAL ORDER", id, order.getString("verificationHash"), reference, url,
                    "Rechtbank Den Haag (demo)", order.getString("providerName"))) {
                assertTrue(text.contains(expected), "the PDF lacks " + expected + ":\n" + text);
            }
            assertEquals(200, Api.getBytes(ORDERS + "/" + id + "/annex.pdf", alpha()).status(), "the addressee may have it");
            assertEquals(404, Api.getBytes(ORDERS + "/" + id + "/annex.pdf", Tokens.provider(Provider.BETA)).status());
            assertEquals(404, Api.getBytes(ORDERS + "/" + id + "/annex.pdf", Tokens.user("ca-de")).status());
            assertTrue(Db.count("select count(*) from audit_events where action = 'REMOVAL_ORDER_ANNEX_READ' and object_id = ?"
                    + " and outcome = 'SUCCESS'", id) >= 3, "every download audited");

            // the order in Dutch
            portal.find("session:lang-nl").click();
            portal.awaitHeading("Verwijderingsbevel " + reference);
            assertEquals("Uitgevoerd", portal.text("state"));
            assertTrue(portal.pageText().contains("Uitvoering gemeld (bijlage VI)"), portal.pageText());
            browser.screenshot("removal-order-executed-nl");
            problems.addAll(screenProblems(browser, "order nl"));
            portal.find("session:lang-en").click();
            portal.awaitHeading("Removal order " + reference);

            // the list: the order under its state, and Alpha's time to removal
            browser.open(LIST);
            portal.find("orders:table");
            portal.chooseAlso("orders:states", "EXECUTED");
            portal.clickAndWait("orders:search");
            portal.awaitOrExplain("removal-orders-executed", d -> portal.text("orders:table").contains(reference));
            List<WebElement> alphaRows = browser.driver().findElements(By.xpath(
                    "//span[@class='csar-ttr-provider' and text()='" + order.getString("providerName") + "']/ancestor::tr"));
            assertEquals(1, alphaRows.size(), portal.pageText());
            long executedForAlpha = Db.count("select count(*) from removal_orders where provider_id = ?::uuid"
                    + " and executed_at is not null and issuing_member_state = 'NL'", Provider.ALPHA.providerId.toString());
            assertEquals(String.valueOf(executedForAlpha),
                    alphaRows.get(0).findElement(By.className("csar-ttr-executed")).getText());
            browser.screenshot("removal-orders-list");
            problems.addAll(screenProblems(browser, "list"));
            portal.choose("orders:deadline", "overdue");
            portal.clickAndWait("orders:search");
            assertFalse(portal.text("orders:table").contains(reference), "an executed order is not overdue");
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    @Test
    void anOrderRunningOutItsClockShowsOverdueAndAPausedOneShowsPausedUntilClarified() {
        String late = issueAndAcknowledge("IT-LATE-");
        String paused = issueAndAcknowledge("IT-PAUSED-");
        Api.Response annexV = post(ORDERS + "/" + paused + "/cannot-execute",
                "{\"reason\":\"FORCE_MAJEURE\",\"explanation\":\"Data centre flooded (synthetic)\"}", alpha());
        assertEquals(200, annexV.status(), annexV.toString());

        try (Browser browser = Browser.start()) {
            PortalDriver portal = new PortalDriver(browser);
            browser.loginAs("judge-nl", "/portal/removal-orders/" + paused);
            assertEquals("PAUSED", portal.find("state").getAttribute("data-state"));
            assertEquals("paused", portal.find("next-deadline").getAttribute("data-kind"));
            assertEquals("true", portal.find("countdown").getAttribute("data-paused"));
            assertTrue(portal.text("countdown").startsWith("Paused (Annex V)"), portal.text("countdown"));
            assertEquals("Force majeure", portal.text("pause-reason"));
            browser.screenshot("removal-order-paused");

            // the issuing authority clarifies on the page: the full period runs again
            portal.clickAndWait("clarify:send");
            assertFalse(portal.text("clarify:textMessage").isEmpty(), "an empty clarification is refused next to its field");
            assertEquals("PAUSED", Db.value("select state from removal_orders where id = ?::uuid", paused));
            portal.type("clarify:text", "Execute once the data centre is back (synthetic)");
            portal.clickAndWait("clarify:send");
            portal.awaitOrExplain("removal-order-clarified", d -> "RECEIVED".equals(portal.find("state").getAttribute("data-state")));
            assertEquals("RECEIVED", Db.value("select state from removal_orders where id = ?::uuid", paused));
            assertEquals("execution", portal.find("next-deadline").getAttribute("data-kind"));
            assertTrue(Long.parseLong(portal.find("countdown").getAttribute("data-csar-countdown")) > Duration.ofHours(23).toSeconds());

            // the 24-hour clock runs out
            Api.Response advanced = Api.postJson("/test-support/clock/advance", "{\"by\":\"PT25H\"}", Tokens.user("admin"));
            assertEquals(200, advanced.status(), advanced.toString());
            JsonObject overdue = Api.get(ORDERS + "/" + late, Tokens.user("judge-nl")).json();
            assertTrue(overdue.containsKey("executionOverdueAt"), overdue.toString());

            browser.open(LIST);
            portal.find("orders:table");
            portal.choose("orders:deadline", "overdue");
            portal.clickAndWait("orders:search");
            portal.awaitOrExplain("removal-orders-overdue", d -> portal.text("orders:table").contains(reference(late)));
            browser.screenshot("removal-orders-overdue");

            browser.open("/portal/removal-orders/" + late);
            assertEquals("RECEIVED", portal.find("state").getAttribute("data-state"));
            assertEquals("Overdue", portal.text("overdue"));
            assertEquals("0", portal.find("countdown").getAttribute("data-csar-countdown"));
            assertEquals("The deadline has passed", portal.text("countdown"));
            assertFalse(portal.text("overdue-since").isEmpty());
            browser.screenshot("removal-order-overdue");
        }
    }

    static String reference(String id) {
        return (String) Db.value("select reference from removal_orders where id = ?::uuid", id);
    }

    static String issueAndAcknowledge(String prefix) {
        String body = Json.createObjectBuilder().add("reference", prefix + UUID.randomUUID().toString().substring(0, 8))
                .add("issuingAuthority", "Rechtbank Den Haag (demo)").add("providerId", Provider.ALPHA.providerId.toString())
                .add("items", Json.createArrayBuilder()
                        .add(Json.createObjectBuilder().add("kind", "URL").add("locator", "https://alphadrive.example/f/" + UUID.randomUUID())))
                .add("reasons", "Synthetic statement of reasons for a browser test").add("nonDisclosure", false).build().toString();
        Api.Response issued = post(ORDERS, body, Tokens.user("judge-nl"));
        assertEquals(201, issued.status(), issued.toString());
        String id = issued.json().getString("id");
        Api.Response receipt = post(ORDERS + "/" + id + "/receipt", "", alpha());
        assertEquals(200, receipt.status(), receipt.toString());
        return id;
    }
}
