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

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A removal order running out its clock, in a real Chromium on the real stack (issue 10 §3, §7):
 * the issuing authority of NL issues an order to Alpha, which does not acknowledge it; the platform
 * clock moves past the acknowledgement period and the order's page shows it ESCALATED; Alpha
 * acknowledges late and does not execute; the clock moves past the 24 hours and the page shows it
 * overdue; the authority records on the page that its item is still online, and the provider gets a
 * repeat notice at once and another a profile interval later (the count and the timeline steps on
 * the page). At 1280 and 390 px without sideways scrolling and without serious axe findings.
 * Screenshots in target/screenshots/removal-order-clock-*.
 */
@ExtendWith(ArquillianExtension.class)
class RemovalOrderClockPortalIT {

    static final String ORDERS = RemovalOrderPortalIT.ORDERS;

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return Deployments.ear();
    }

    static String issue() {
        String body = Json.createObjectBuilder().add("reference", "IT-CLOCK-" + UUID.randomUUID().toString().substring(0, 8))
                .add("issuingAuthority", "Rechtbank Den Haag (demo)").add("providerId", Provider.ALPHA.providerId.toString())
                .add("items", Json.createArrayBuilder()
                        .add(Json.createObjectBuilder().add("kind", "URL").add("locator", "https://alphadrive.example/f/" + UUID.randomUUID())))
                .add("reasons", "Synthetic statement of reasons for a browser test").add("nonDisclosure", false).build().toString();
        Api.Response issued = RemovalOrderPortalIT.post(ORDERS, body, Tokens.user("judge-nl"));
        assertEquals(201, issued.status(), issued.toString());
        return issued.json().getString("id");
    }

    static void advance(String by) {
        Api.Response moved = Api.postJson("/test-support/clock/advance", "{\"by\":\"" + by + "\"}", Tokens.user("admin"));
        assertEquals(200, moved.status(), moved.toString());
    }

    static List<String> steps(Browser browser) {
        return browser.driver().findElements(By.cssSelector("#timeline-steps .csar-timeline-step")).stream()
                .map(s -> s.getAttribute("data-event")).toList();
    }

    @Test
    void anOrderNotAcknowledgedIsEscalatedThenOverdueAndAnItemStillOnlineGetsRepeatNotices() {
        String id = issue();
        List<String> problems = new ArrayList<>();
        try (Browser browser = Browser.start()) {
            PortalDriver portal = new PortalDriver(browser);
            browser.loginAs("judge-nl", "/portal/removal-orders/" + id);
            assertEquals("TRANSMITTED", portal.find("state").getAttribute("data-state"));
            assertEquals("acknowledgement", portal.find("next-deadline").getAttribute("data-kind"));
            browser.screenshot("removal-order-clock-1-transmitted");

            advance("PT13H");
            browser.driver().navigate().refresh();
            assertEquals("ESCALATED", portal.find("state").getAttribute("data-state"));
            assertTrue(steps(browser).contains("ESCALATE"), steps(browser).toString());
            assertTrue(browser.driver().findElements(By.id("check:record")).isEmpty(), "nothing to check before execution or overdue");
            browser.screenshot("removal-order-clock-2-escalated");

            assertEquals(200, RemovalOrderPortalIT.post(ORDERS + "/" + id + "/receipt", "", RemovalOrderPortalIT.alpha()).status());
            advance("PT25H");
            browser.driver().navigate().refresh();
            assertEquals("RECEIVED", portal.find("state").getAttribute("data-state"));
            assertEquals("Overdue", portal.text("overdue"));
            assertEquals("The deadline has passed", portal.text("countdown"));
            browser.screenshot("removal-order-clock-3-overdue");

            // the authority finds the item still online and records it on the page
            portal.clickAndWait("check:record");
            assertFalse(portal.text("check:outcomeMessage").isEmpty(), "no outcome chosen: said next to the field");
            assertEquals(0L, Db.count("select count(*) from removal_order_online_checks where order_id = ?::uuid", id));
            portal.choose("check:item", "0").tick("check:outcome", 0);
            portal.clickAndWait("check:record");
            portal.awaitOrExplain("removal-order-clock-check", d -> "1".equals(portal.find("repeat-notices").getAttribute("data-count")));
            assertEquals(1L, Db.count("select count(*) from removal_order_online_checks where order_id = ?::uuid and still_online", id));
            assertTrue(steps(browser).containsAll(List.of("ONLINE_CHECK", "REPEAT_NOTICE")), steps(browser).toString());
            browser.screenshot("removal-order-clock-4-still-online");

            advance("PT25H");
            browser.driver().navigate().refresh();
            assertEquals("2", portal.find("repeat-notices").getAttribute("data-count"));
            assertEquals(2, steps(browser).stream().filter("REPEAT_NOTICE"::equals).count());
            assertEquals(2, Api.get(ORDERS + "/" + id, RemovalOrderPortalIT.alpha()).json().getInt("repeatNotices"),
                    "the provider reads the notices in its order");
            browser.screenshot("removal-order-clock-5-repeat-notice");
            problems.addAll(RemovalOrderPortalIT.screenProblems(browser, "order clock"));
        } finally {
            Api.post("/test-support/clock/reset", "", Tokens.user("admin"));
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }
}
