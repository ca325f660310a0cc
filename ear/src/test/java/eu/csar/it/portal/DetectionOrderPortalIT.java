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
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The detection order screens in a real Chromium against the real stack (issue 10 §2, §6): the
 * Coordinating Authority of NL drafts a request in the wizard (a missing reference is named on the
 * first step and nothing is written; the COUNCIL-GA-2025 profile is refused with a message naming it),
 * sends it for consultation from the order's page; Alpha comments and records its plan over the
 * partner API with its real token, the EU Centre gives its opinion; the authority adjusts and submits
 * it. The issuing authority of NL finds it in its queue and issues it in the decision form (reasons are
 * required; the start date typed into the date picker); Alpha acknowledges
 * receipt over the API, and the authority's page shows the receipt on the timeline and the appeal
 * window's end with its countdown; Alpha answers with Annex II over the API, and the authority sees the
 * answer on the page, is told that an empty clarification is no clarification, and clarifies it, which
 * resumes the order; the issuing authority modifies it (a duration over the maximum is refused at the
 * field), and the order that replaces it opens. The Coordinating Authority of DE gets the not-found
 * page; the page reads in Dutch. Pages at 1280 and 390 px without sideways scrolling and without serious axe findings.
 */
@ExtendWith(ArquillianExtension.class)
class DetectionOrderPortalIT {

    static final String ORDERS = "/api/v1/detection-orders";
    static final String WIZARD = "/portal/orders/draft-detection-order.xhtml";
    static final String KNOWN_IMAGES = "00000000-0000-4000-8000-000000000441";

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return Deployments.ear();
    }

    static Api.Response post(String path, String body, String token) {
        return Api.post(path, body, token, "Content-Type", "application/json", "Idempotency-Key", UUID.randomUUID().toString());
    }

    static String text(String text) {
        return Json.createObjectBuilder().add("text", text).build().toString();
    }

    static void ok(Api.Response r) {
        assertEquals(200, r.status(), r.toString());
    }

    static String state(String id) {
        return (String) Db.value("select state from detection_orders where id = ?::uuid", id);
    }

    /** Sideways scrolling at 1280 and 390 px and serious axe findings, for the page on screen; a screenshot at each width. */
    static List<String> screenProblems(Browser browser, String page) {
        return ScreenGeometry.problems(browser, "detection-order", page, ScreenGeometry.DESKTOP, ScreenGeometry.PHONE);
    }

    /**
     * Chooses in a p:selectOneMenu as a user does: opens its panel, waits until the panel has finished
     * opening (a click during its transition only hovers the item), and clicks the item with
     * {@code label}, which fires the menu's change behaviour (the p:ajax); tries again, up to three
     * times, when the menu's label did not take the choice.
     */
    static void chooseWithAjax(Browser browser, String id, String label) {
        PortalDriver portal = new PortalDriver(browser);
        for (int attempt = 1; attempt <= 3; attempt++) {
            portal.find(id).click();
            String panel = "[id='" + id + "_panel']";
            WebElement item = browser.waitUp().until(d -> {
                List<WebElement> panels = d.findElements(By.cssSelector(panel));
                String classes = panels.isEmpty() ? "" : panels.get(0).getAttribute("class");
                boolean opening = classes.contains("overlay-enter") && !classes.contains("overlay-enter-done");
                if (panels.isEmpty() || !panels.get(0).isDisplayed() || opening) {
                    return null;
                }
                return d.findElements(By.cssSelector(panel + " li.ui-selectonemenu-item")).stream()
                        .filter(li -> li.isDisplayed() && label.equals(li.getAttribute("data-label"))).findFirst().orElse(null);
            });
            item.click();
            try {
                browser.waitUp().withTimeout(Duration.ofSeconds(3))
                        .until(d -> label.equals(d.findElement(By.id(id + "_label")).getText()));
                return;
            } catch (org.openqa.selenium.TimeoutException notTaken) {
                // the click came too early: the panel is still open or closed without the choice
            }
        }
        throw new AssertionError(label + " could not be chosen in " + id);
    }

    static void next(PortalDriver portal) {
        portal.driver().findElement(By.cssSelector(".ui-wizard-nav-next")).click();
        portal.awaitAjax();
    }

    @Test
    void draftedInTheWizardConsultedSubmittedIssuedAndAcknowledgedWithTheTimeline() {
        String reference = "IT-DO-PORTAL-" + UUID.randomUUID().toString().substring(0, 8);
        String setId = UUID.randomUUID().toString();
        String setCode = "it-do-portal-" + setId.substring(0, 8);
        Db.execute("insert into indicator_sets (id, code, parent_id, kinds, source, created_at) values ('" + setId + "', '"
                + setCode + "', '" + KNOWN_IMAGES + "', 'PDQ', 'THIRD_PARTY_LIST', now())");
        List<String> problems = new ArrayList<>();
        String id;
        try (Browser browser = Browser.start()) {
            PortalDriver portal = new PortalDriver(browser);
            browser.loginAs("ca-nl", WIZARD);
            portal.find("draft:reference");
            problems.addAll(screenProblems(browser, "wizard"));

            // the first step without a reference: named next to the field, the step stays, nothing written
            long before = Db.count("select count(*) from detection_orders");
            chooseWithAjax(browser, "draft:provider", "Alpha Hosting B.V. (demo)");
            portal.awaitAjax();
            portal.awaitOrExplain("detection-order-services", d -> d.findElements(By.cssSelector("select[id='draft:service_input'] option")).size() > 1);
            String service = (String) ((JavascriptExecutor) browser.driver()).executeScript(
                    "return document.getElementById('draft:service_input').options[1].value;");
            portal.choose("draft:service", service);
            next(portal);
            portal.awaitOrExplain("detection-order-wizard-error", d -> !portal.text("draft:referenceMessage").isEmpty());
            assertFalse(portal.messageFor("draft:reference").isEmpty(), "the message is the field's description for screen readers");
            browser.screenshot("detection-order-wizard-error");
            assertEquals(before, Db.count("select count(*) from detection_orders"));

            // under COUNCIL-GA-2025 there are no detection orders: the refusal names the profile
            portal.type("draft:reference", reference).choose("draft:profile", "COUNCIL-GA-2025");
            next(portal);
            portal.awaitOrExplain("detection-order-profile-refused", d -> portal.text("messages").contains("COUNCIL-GA-2025"));
            assertTrue(portal.text("messages").contains("provides no detection orders"), portal.text("messages"));
            assertFalse(portal.pageText().contains("Internal"), portal.pageText());
            browser.screenshot("detection-order-wizard-profile-refused");
            problems.addAll(screenProblems(browser, "wizard refused"));

            portal.choose("draft:profile", "COM-2022-209");
            next(portal);
            portal.awaitOrExplain("detection-order-type", d -> !d.findElements(By.id("draft:type")).isEmpty());
            portal.driver().findElement(By.cssSelector("label[for='draft:type:0']")).click();
            next(portal);
            portal.awaitOrExplain("detection-order-sets", d -> !d.findElements(By.id("draft:sets")).isEmpty());
            portal.driver().findElement(By.xpath("//label[text()='" + setCode + "']")).click();
            next(portal);
            portal.awaitOrExplain("detection-order-terms", d -> !d.findElements(By.id("draft:duration")).isEmpty());
            portal.type("draft:duration", "12")
                    .type("draft:safeguards", "Human review of every hit; no content leaves the provider (synthetic)")
                    .type("draft:technology", "TECH-PDQ-1 (synthetic reference)")
                    .type("draft:reasons", "Synthetic risk assessment findings for a browser test");
            next(portal);
            portal.awaitOrExplain("detection-order-confirm", d -> !d.findElements(By.id("draft:save")).isEmpty());
            assertTrue(portal.text("summary").contains(setCode), portal.text("summary"));
            assertTrue(portal.text("summary").contains("12 months"), portal.text("summary"));
            browser.screenshot("detection-order-wizard-confirm");
            portal.find("draft:save").click();
            // the page opens, and the address bar then shows the order's permanent link
            portal.awaitOrExplain("detection-order-drafted", d -> d.getCurrentUrl().matches(".*/portal/detection-orders/[0-9a-f-]{36}$"));
            String url = browser.driver().getCurrentUrl();
            id = url.substring(url.length() - 36);
            assertEquals(id, portal.text("order-id"));
            assertEquals(reference, Db.value("select reference from detection_orders where id = ?::uuid", id));
            assertEquals("DRAFTED", portal.find("state").getAttribute("data-state"));
            assertTrue(portal.pageText().contains("Detection order request " + reference + " drafted for"), portal.pageText());
            // the set by its name, its id kept in a title for support; the duration in words, not "P12M"
            assertEquals(setCode, portal.text("sets"));
            assertEquals(setId, portal.find("sets").findElement(By.cssSelector(".csar-set")).getAttribute("title"));
            assertTrue(portal.find("sets").findElements(By.tagName("a")).isEmpty(), "a Coordinating Authority may not open the sets page");
            assertEquals("12 months", portal.text("duration"));
            assertEquals("P12M", portal.find("duration").getAttribute("title"));
            assertFalse(portal.pageText().matches("(?s).*\\bP\\d+[YMWD]\\b.*"), portal.pageText());

            // consultation: the comment period, then Alpha and the EU Centre answer, the authority adjusts
            portal.type("consult:weeks", "2").clickAndWait("consult:send");
            portal.awaitOrExplain("detection-order-consulted", d -> "IN_CONSULTATION".equals(portal.find("state").getAttribute("data-state")));
            assertEquals("IN_CONSULTATION", state(id));
            assertEquals("comments", portal.find("next-deadline").getAttribute("data-kind"));
            assertEquals("2 weeks", portal.text("comment-period"));
            long commentsLeft = Long.parseLong(portal.find("countdown").getAttribute("data-csar-countdown"));
            assertTrue(commentsLeft > Duration.ofDays(13).toSeconds() && commentsLeft <= Duration.ofDays(14).toSeconds(),
                    "two weeks for the comments: " + commentsLeft);
            ok(post(ORDERS + "/" + id + "/comments", text("Public links only, please (synthetic)"), Tokens.provider(Provider.ALPHA)));
            ok(post(ORDERS + "/" + id + "/centre-opinion", text("Proportionate for public links (synthetic)"), Tokens.user("admin")));
            browser.driver().navigate().refresh();
            portal.type("adjust:text", "Limited to public links (synthetic)").clickAndWait("adjust:save");
            portal.awaitOrExplain("detection-order-adjusted", d -> "ADJUSTED".equals(portal.find("state").getAttribute("data-state")));
            ok(post(ORDERS + "/" + id + "/implementation-plan", text("Hash on upload, review queue (synthetic)"),
                    Tokens.provider(Provider.ALPHA)));
            browser.driver().navigate().refresh();
            assertEquals("PLAN_RECORDED", portal.find("state").getAttribute("data-state"));
            portal.clickAndWait("submit:send");
            portal.awaitOrExplain("detection-order-submitted", d -> "SUBMITTED".equals(portal.find("state").getAttribute("data-state")));
            assertEquals("SUBMITTED", state(id));
            browser.screenshot("detection-order-submitted");
        }

        Instant now = Instant.parse(Api.get("/test-support/clock", Tokens.user("admin")).json().getString("now"));
        String start = now.plus(Duration.ofDays(130)).atZone(ZoneOffset.UTC).toLocalDate().toString();
        try (Browser browser = Browser.start()) {
            PortalDriver portal = new PortalDriver(browser);
            browser.loginAs("judge-nl", "/portal/index.xhtml");
            browser.open("/portal/orders/detection-orders.xhtml?queue=true");
            portal.awaitOrExplain("detection-order-queue", d -> portal.text("orders:table").contains(reference));
            problems.addAll(screenProblems(browser, "queue"));
            browser.driver().findElement(By.linkText(reference)).click();
            portal.find("decide:issue");
            // reasons are required
            portal.type("decide:authority", "Rechtbank Den Haag (demo)");
            portal.clickAndWait("decide:issue");
            portal.awaitOrExplain("detection-order-decision-error", d -> !portal.text("decide:reasonsMessage").isEmpty());
            assertEquals("SUBMITTED", state(id));
            // the reasons, then the start typed as a user types it, and Tab on to the button
            portal.type("decide:reasons", "Significant risk remains after mitigation (synthetic)");
            portal.type("decide:start_input", start);
            portal.find("decide:start_input").sendKeys(Keys.TAB);
            portal.clickAndWait("decide:issue");
            portal.awaitOrExplain("detection-order-issued", d -> "TRANSMITTED".equals(portal.find("state").getAttribute("data-state")));
            assertEquals("TRANSMITTED", state(id));
            assertEquals("Rechtbank Den Haag (demo)", Db.value("select issuing_authority from detection_orders where id = ?::uuid", id));
            assertEquals(start, Db.value("select to_char(start_at at time zone 'UTC', 'YYYY-MM-DD') from detection_orders where id = ?::uuid",
                    id), "the typed date reached the order");
            browser.screenshot("detection-order-issued");
        }

        // Alpha acknowledges receipt over the partner API with its own token
        ok(post(ORDERS + "/" + id + "/receipt", "", Tokens.provider(Provider.ALPHA)));

        try (Browser browser = Browser.start()) {
            PortalDriver portal = new PortalDriver(browser);
            // signed in from the order's permanent link: the id is in the path, which the sign-in keeps
            browser.loginAs("ca-nl", "/portal/detection-orders/" + id);
            assertEquals("RECEIVED", portal.find("state").getAttribute("data-state"));
            assertEquals("final", portal.find("next-deadline").getAttribute("data-kind"));
            assertTrue(Long.parseLong(portal.find("countdown").getAttribute("data-csar-countdown")) > Duration.ofDays(27).toSeconds());
            List<WebElement> steps = browser.driver().findElements(By.cssSelector("#timeline-steps .csar-timeline-step"));
            List<String> events = steps.stream().map(s -> s.getAttribute("data-event")).toList();
            assertEquals(List.of("DRAFT", "SEND_FOR_CONSULTATION", "RECORD_PROVIDER_COMMENTS", "RECORD_CENTRE_OPINION", "ADJUST_DRAFT",
                    "RECORD_IMPLEMENTATION_PLAN", "SUBMIT_TO_ISSUING_AUTHORITY", "ISSUE", "TRANSMIT", "ACKNOWLEDGE_RECEIPT"), events);
            assertTrue(steps.get(9).getText().contains("Receipt acknowledged by the provider"), steps.get(9).getText());
            assertTrue(steps.get(7).getText().contains("judge-nl"), "who issued it: " + steps.get(7).getText());
            assertFalse(portal.text("received").isEmpty());
            browser.screenshot("detection-order-received");
            problems.addAll(screenProblems(browser, "order"));

            portal.find("session:lang-nl").click();
            portal.awaitHeading("Detectiebevel " + reference);
            assertEquals("Ontvangen", portal.text("state"));
            assertEquals("12 maanden", portal.text("duration"));
            assertEquals("2 weken", portal.text("comment-period"));
            assertTrue(portal.pageText().contains("Ontvangst bevestigd door de aanbieder"), portal.pageText());
            browser.screenshot("detection-order-received-nl");
            problems.addAll(screenProblems(browser, "order nl"));
            portal.find("session:lang-en").click();
            portal.awaitHeading("Detection order " + reference);
            assertTrue(portal.text("mid-term").contains("Not needed"), "12 months is not over the threshold: " + portal.text("mid-term"));

            // Alpha cannot execute the order (Annex II over the partner API); the authority clarifies it on the page
            ok(post(ORDERS + "/" + id + "/annex-ii", Json.createObjectBuilder().add("ground", "INSUFFICIENT_INFORMATION")
                    .add("explanation", "The order does not say which links are public (synthetic)")
                    .add("clarificationRequested", "Which link types are in scope? (synthetic)").build().toString(),
                    Tokens.provider(Provider.ALPHA)));
            browser.driver().navigate().refresh();
            assertEquals("PAUSED_BEFORE_FINAL", portal.find("state").getAttribute("data-state"));
            assertTrue(portal.text("annex-ii").contains("Insufficient information"), portal.text("annex-ii"));
            assertTrue(portal.text("clarification-requested").contains("Which link types are in scope?"));
            assertTrue(portal.text("clarification").contains("Awaited"), portal.text("clarification"));
            assertTrue(portal.find("annex-ii-pdf").getAttribute("href").endsWith("/portal/detection-orders/" + id + "/annex-ii.pdf"));
            portal.clickAndWait("clarify:send");
            portal.awaitOrExplain("detection-order-clarification-error", d -> !portal.text("clarify:textMessage").isEmpty());
            assertEquals("PAUSED_BEFORE_FINAL", state(id), "an empty clarification changes nothing");
            browser.screenshot("detection-order-annex-ii");
            problems.addAll(screenProblems(browser, "annex ii"));
            portal.type("clarify:text", "Public share links and embedded previews (synthetic)").clickAndWait("clarify:send");
            portal.awaitOrExplain("detection-order-clarified", d -> "RECEIVED".equals(portal.find("state").getAttribute("data-state")));
            assertEquals("RECEIVED", state(id));
            assertTrue(portal.text("clarification").contains("Public share links and embedded previews"), portal.text("clarification"));
            assertTrue(portal.pageText().contains("The order is clarified and runs again."), portal.pageText());
            ((JavascriptExecutor) browser.driver()).executeScript("document.getElementById('execution').scrollIntoView();");
            browser.screenshot("detection-order-clarified");

            browser.open("/portal/orders/detection-orders.xhtml");
            portal.chooseAlso("orders:states", "RECEIVED");
            portal.clickAndWait("orders:search");
            portal.awaitOrExplain("detection-orders-received", d -> portal.text("orders:table").contains(reference));
            problems.addAll(screenProblems(browser, "list"));
        }

        // a centre admin may open the sets page: the set's name links to its row there
        try (Browser browser = Browser.start()) {
            PortalDriver portal = new PortalDriver(browser);
            browser.loginAs("admin", "/portal/detection-orders/" + id);
            WebElement link = portal.find("sets").findElement(By.tagName("a"));
            assertEquals(setCode, link.getText());
            assertEquals(setId, link.getAttribute("title"));
            assertTrue(link.getAttribute("href").endsWith("/portal/indicators/sets.xhtml#set-" + setCode), link.getAttribute("href"));
            link.click();
            portal.awaitOrExplain("detection-order-set-page", d -> !d.findElements(By.id("set-" + setCode)).isEmpty());
        }

        // the issuing authority modifies the order at the Coordinating Authority's request: the replacement opens
        try (Browser browser = Browser.start()) {
            PortalDriver portal = new PortalDriver(browser);
            browser.loginAs("judge-nl", "/portal/index.xhtml");
            browser.open("/portal/orders/detection-order.xhtml?id=" + id);
            assertEquals("Rechtbank Den Haag (demo)", portal.find("modify:authority").getAttribute("value"), "filled in from the order");
            assertTrue(portal.find("modify:safeguards").getAttribute("value").contains("Human review"), "filled in from the order");
            portal.type("modify:months", "30").type("modify:reasons", "A second reviewer after the clarification (synthetic)");
            portal.clickAndWait("modify:save");
            portal.awaitOrExplain("detection-order-modify-too-long", d -> !portal.text("modify:monthsMessage").isEmpty());
            assertEquals("RECEIVED", state(id), "30 months is over the maximum: nothing changed");
            portal.type("modify:months", "18").clickAndWait("modify:save");
            portal.awaitOrExplain("detection-order-modified", d -> !d.findElements(By.id("replaces")).isEmpty());
            assertEquals(id, portal.text("replaces"));
            assertEquals("TRANSMITTED", portal.find("state").getAttribute("data-state"));
            assertTrue(portal.pageText().contains("Detection order " + reference + " modified"), portal.pageText());
            assertEquals("MODIFIED", state(id));
            browser.screenshot("detection-order-modified");
            problems.addAll(screenProblems(browser, "modified"));
        }

        try (Browser browser = Browser.start()) {
            PortalDriver portal = new PortalDriver(browser);
            // logged in first: the sign-in's return keeps the path, not the query string with the id
            browser.loginAs("ca-de", "/portal/index.xhtml");
            browser.open("/portal/orders/detection-order.xhtml?id=" + id);
            assertTrue(portal.text("not-found").contains("does not exist or is not yours to see"), portal.pageText());
            assertTrue(browser.driver().findElements(By.id("state")).isEmpty());
            browser.screenshot("detection-order-not-found");
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }
}
