package eu.csar.it.portal;

import eu.csar.it.support.Api;
import eu.csar.it.support.Browser;
import eu.csar.it.support.Db;
import eu.csar.it.support.Deployments;
import eu.csar.it.support.Fixtures;
import eu.csar.it.support.Inbox;
import eu.csar.it.support.Tokens.Provider;
import eu.csar.it.support.Tokens;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The whole notification path as its users see it: a provider's engineer changes the contact
 * point over the API; the message travels through Artemis to the MDB; the competent authority (DE
 * for Beta Messaging) finds it in its portal inbox and marks it read; another authority does not.
 * The inbox says what changed for which provider, in English and Dutch, links the provider by the
 * permalink that survives a login, shows the unread count in the menu, who read a notification,
 * and marks all read at once.
 */
@ExtendWith(ArquillianExtension.class)
class InboxPortalIT {

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return Deployments.ear();
    }

    @Test
    void aProvidersNewContactPointAppearsInTheCompetentAuthoritysInbox() {
        String body = "{\"email\":\"inbox-" + UUID.randomUUID().toString().substring(0, 8) + "@beta.example\","
                + "\"phone\":\"+49 30 555 0150\",\"languages\":[\"de\"]}";
        Inbox nlInbox = Inbox.watch(Tokens.user("ca-nl"));
        Api.Response change = Api.putJson("/api/v1/providers/me/contact-point", body, Tokens.provider(Provider.BETA));
        assertEquals(200, change.status(), change.toString());

        try (Browser browser = Browser.start()) {
            PortalDriver portal = new PortalDriver(browser);
            browser.loginAs("ca-de", "/portal/inbox.xhtml");
            // Delivery is asynchronous: reload until the MDB has put it in the inbox.
            browser.waitUp().withTimeout(Duration.ofSeconds(45)).pollingEvery(Duration.ofSeconds(2)).until(d -> {
                d.navigate().refresh();
                return portal.text("inbox:table").contains("Beta Messaging GmbH (demo)");
            });
            browser.screenshot("portal-ca-de-inbox");
            String inbox = portal.text("inbox:table");
            assertTrue(inbox.contains("Changed: point of contact."), inbox);

            int unread = browser.driver().findElements(By.cssSelector("tr.csar-unread")).size();
            assertTrue(unread >= 1, "the new notification is shown as unread");
            browser.driver().findElement(By.cssSelector("tr.csar-unread button")).click();
            browser.waitUp().until(d -> d.findElements(By.cssSelector("tr.csar-unread")).size() == unread - 1);
        }

        assertEquals(List.of(), nlInbox.newItemsAbout(Provider.BETA.providerId), "the NL authority is not told about a DE provider");
    }

    @Test
    void theInboxSaysWhatChangedLinksTheProviderCountsUnreadShowsWhoReadItAndMarksAllRead() throws Exception {
        Fixtures.ProviderBuilder profile = Fixtures.provider("Postvak GmbH").establishedIn("DE");
        Fixtures.NewProvider p = profile.register();
        Inbox deInbox = Inbox.watch(Tokens.user("ca-de"));
        long version = p.version();
        for (String mailbox : List.of("eins", "zwei")) {
            Api.Response amended = Api.putJson("/api/v1/providers/" + p.id(), profile.contactEmail(mailbox + "-"
                    + UUID.randomUUID().toString().substring(0, 6) + "@postvak.example").json().add("legalName", p.legalName())
                    .add("version", version).build().toString(), Tokens.user("admin"));
            assertEquals(200, amended.status(), amended.toString());
            version = amended.json().getJsonNumber("version").longValue();
        }
        long deadline = System.currentTimeMillis() + 30_000;
        while (deInbox.newItemsAbout(p.id()).size() < 2 && System.currentTimeMillis() < deadline) {
            Thread.sleep(250);
        }
        assertEquals(2, deInbox.newItemsAbout(p.id()).size(), "two contact changes, two notifications");

        try (Browser browser = Browser.start()) {
            PortalDriver portal = new PortalDriver(browser);
            browser.loginAs("ca-de", "/portal/inbox.xhtml");
            portal.awaitHeading("Inbox");
            long unread = unreadCount();
            assertTrue(unread >= 2);
            assertEquals("Inbox (" + unread + ")", portal.text("nav-inbox"), "the unread count in the menu");
            assertEquals("Inbox, " + unread + " unread", portal.find("nav-inbox").getAttribute("aria-label"));

            List<WebElement> rows = rows(browser, p.legalName());
            assertEquals(2, rows.size());
            WebElement older = rows.get(1);
            assertTrue(older.getText().contains("Changed: point of contact."), older.getText());
            String link = older.findElement(By.linkText(p.legalName())).getAttribute("href");
            assertTrue(link.endsWith("/portal/providers/" + p.id()), "the permalink, which survives a login: " + link);

            older.findElement(By.cssSelector("button")).click();
            portal.awaitAjax();
            portal.awaitOrExplain("portal-inbox-read-by", d -> rowText(browser, p.legalName(), 1).contains("read by ca-de on "));
            assertEquals("Inbox (" + (unread - 1) + ")", portal.text("nav-inbox"), "the menu counts one fewer");
            browser.screenshot("portal-ca-de-inbox-summary-read-by");

            portal.find("session:lang-nl").click();
            portal.awaitHeading("Postvak");
            String dutch = rowText(browser, p.legalName(), 1);
            assertTrue(dutch.contains("Gewijzigd: contactpunt."), dutch);
            assertTrue(dutch.contains("gelezen door ca-de op "), dutch);
            assertEquals("Postvak (" + (unread - 1) + ")", portal.text("nav-inbox"));
            browser.screenshot("portal-ca-de-inbox-dutch");

            assertEquals("Alles markeren als gelezen", portal.text("inbox:mark-all-read"));
            portal.clickAndWait("inbox:mark-all-read");
            portal.awaitOrExplain("portal-inbox-all-read", d -> d.findElements(By.cssSelector("tr.csar-unread")).isEmpty());
            assertTrue(portal.pageText().contains("gemarkeerd als gelezen"), portal.pageText());
            assertTrue(rowText(browser, p.legalName(), 0).contains("gelezen door ca-de op "));
            assertEquals("Postvak", portal.text("nav-inbox"), "nothing unread: no count");
            assertEquals(0, unreadCount());
            browser.screenshot("portal-ca-de-inbox-all-read-dutch");
        }

        try (Browser loggedOut = Browser.start()) {
            loggedOut.loginAs("ca-de", "/portal/providers/" + p.id());
            PortalDriver portal = new PortalDriver(loggedOut);
            portal.awaitOrExplain("portal-inbox-permalink-after-login", d -> portal.pageText().contains(p.legalName()));
        }
    }

    @Test
    void anAuthorityThatLostAProviderSeesWhyAndNoLongerGetsALinkToIt() throws Exception {
        Fixtures.ProviderBuilder profile = Fixtures.provider("Emigrant Ltd").representedIn("IE");
        Fixtures.NewProvider p = profile.register();
        Inbox ieInbox = Inbox.watch(Tokens.user("ca-ie"));
        Api.Response moved = Api.putJson("/api/v1/providers/" + p.id(), profile.representedIn("FR").json()
                .add("legalName", p.legalName()).add("version", p.version()).build().toString(), Tokens.user("admin"));
        assertEquals(200, moved.status(), moved.toString());
        ieInbox.awaitNew(p.id(), "PROVIDER_LEFT_JURISDICTION");

        try (Browser browser = Browser.start()) {
            PortalDriver portal = new PortalDriver(browser);
            browser.loginAs("ca-ie", "/portal/inbox.xhtml");
            portal.awaitHeading("Inbox");
            WebElement row = rows(browser, p.legalName()).get(0);
            assertTrue(row.getText().contains("Left your jurisdiction. Changed: legal representative. Competent now: FR (before: IE)."),
                    row.getText());
            assertTrue(row.getText().contains("(no longer under your jurisdiction)"), row.getText());
            assertEquals(List.of(), row.findElements(By.tagName("a")), "no link to a provider Ireland may no longer open");
            browser.screenshot("portal-ca-ie-inbox-provider-left");

            browser.open("/portal/index.xhtml");
            portal.awaitOrExplain("portal-ca-ie-home-inbox-card", d -> portal.text("card-inbox").contains(p.legalName()));
            assertTrue(portal.text("card-inbox").contains("Left your jurisdiction."), portal.text("card-inbox"));
        }
    }

    /**
     * The EU Centre's shared inbox as a reviewer sees it: a reminder of its opinion on a draft detection
     * order (delivered by the deadline sweep, which DetectionOrderIT drives; put here as the row the sweep
     * writes), with the due time, the order's permanent link and "EU Centre" as its recipient, in English
     * and Dutch, at 1280 and 390 px without sideways scrolling or serious accessibility findings; the
     * home card shows it too. A Coordinating Authority's inbox does not.
     */
    @Test
    void theEuCentresReviewerFindsTheReminderOfItsOpinionWithTheOrdersLink() {
        UUID order = UUID.randomUUID();
        String reference = "NL-DO-REMINDER-" + order.toString().substring(0, 6);
        reminder("EU_CENTRE", "DetectionOrder", order, reference, "detection-order.centre-opinion", "2026-12-29T09:00:00Z");

        try (Browser browser = Browser.start()) {
            PortalDriver portal = new PortalDriver(browser);
            browser.loginAs("reviewer", "/portal/inbox.xhtml");
            portal.awaitHeading("Inbox");
            WebElement row = rows(browser, reference).get(0);
            assertTrue(row.getText().contains("Reminder: the EU Centre's opinion on the draft request falls due on 2026-12-29 09:00 UTC."),
                    row.getText());
            assertTrue(row.getText().contains("EU Centre"), "whose inbox: " + row.getText());
            String link = row.findElement(By.linkText(reference)).getAttribute("href");
            assertTrue(link.endsWith("/portal/detection-orders/" + order), "the order's permanent link: " + link);
            List<String> problems = new java.util.ArrayList<>(
                    ScreenGeometry.problems(browser, "inbox", "eu-centre-reminder", ScreenGeometry.DESKTOP, ScreenGeometry.PHONE));

            portal.find("session:lang-nl").click();
            portal.awaitHeading("Postvak");
            String dutch = rowText(browser, reference, 0);
            assertTrue(dutch.contains("Herinnering: het advies van het EU-centrum over het ontwerpverzoek moet uiterlijk "
                    + "2026-12-29 09:00 UTC gegeven zijn."), dutch);
            assertTrue(dutch.contains("EU-centrum"), dutch);
            problems.addAll(ScreenGeometry.problems(browser, "inbox", "eu-centre-reminder-dutch", ScreenGeometry.DESKTOP));
            assertEquals(List.of(), problems);

            browser.open("/portal/index.xhtml");
            portal.awaitOrExplain("portal-eu-centre-home-inbox", d -> portal.text("card-inbox").contains(reference));
        }
        Api.Response nl = Api.get("/api/v1/inbox", Tokens.user("ca-nl"));
        assertEquals(200, nl.status(), nl.toString());
        assertTrue(nl.jsonArray().getValuesAs(jakarta.json.JsonObject.class).stream()
                .noneMatch(o -> o.getString("subjectId").equals(order.toString())), "not in a Member State's inbox");
        Api.Response centre = Api.get("/api/v1/inbox", Tokens.user("admin"));
        assertTrue(centre.jsonArray().getValuesAs(jakarta.json.JsonObject.class).stream()
                .anyMatch(o -> o.getString("subjectId").equals(order.toString())), "the administrators share the Centre's inbox");
    }

    /**
     * A provider's own inbox as its staff see it, in Dutch: a reminder of its next risk assessment (the row
     * RiskClocks writes; RiskAssessmentIT drives the real sweep), in the provider's words, linking its own
     * risk page, for "Uw organisatie".
     */
    @Test
    void aProvidersStaffFindTheirOwnReminderInDutch() {
        UUID assessment = UUID.randomUUID();
        String label = "Alpha Hosting reminder " + assessment.toString().substring(0, 6);
        reminder("PROVIDER:" + Provider.ALPHA.providerId, "RiskAssessment", assessment, label, "risk-assessment.update",
                "2029-12-01T10:00:00Z");

        try (Browser browser = Browser.start()) {
            PortalDriver portal = new PortalDriver(browser);
            browser.loginAs("alpha-staff", "/portal/inbox.xhtml");
            portal.awaitHeading("Inbox");
            portal.find("session:lang-nl").click();
            portal.awaitHeading("Postvak");
            String dutch = rowText(browser, label, 0);
            assertTrue(dutch.contains("Herinnering: uw volgende risicobeoordeling moet uiterlijk 2029-12-01 10:00 UTC gegeven zijn."),
                    dutch);
            assertTrue(dutch.contains("Uw organisatie"), dutch);
            String link = rows(browser, label).get(0).findElement(By.linkText(label)).getAttribute("href");
            assertTrue(link.endsWith("/portal/risk/own.xhtml"), "the provider's own risk page: " + link);
        }
    }

    /** Puts the row the deadline sweep writes for a reminder into the inbox {@code recipient}. */
    private static void reminder(String recipient, String subjectType, UUID subject, String label, String deadline, String due) {
        Db.execute("insert into notifications (id, recipient, kind, subject_type, subject_id, subject_label, changes,"
                + " competent_before, competent_after, due_at, created_at, source_message_id) values ('" + UUID.randomUUID()
                + "', '" + recipient + "', 'DEADLINE_REMINDER', '" + subjectType + "', '" + subject + "', '" + label
                + "', '" + deadline + "', '', '', '" + due + "', now(), 'it-reminder-" + subject + "')");
    }

    /** The inbox's rows about the provider of this name, newest first. */
    private static List<WebElement> rows(Browser browser, String legalName) {
        return browser.waitUp().until(d -> {
            List<WebElement> rows = d.findElements(By.xpath("//tbody/tr[contains(normalize-space(.), '" + legalName + "')]"));
            return rows.isEmpty() ? null : rows;
        });
    }

    private static String rowText(Browser browser, String legalName, int index) {
        return browser.waitUp().ignoring(StaleElementReferenceException.class)
                .until(d -> rows(browser, legalName).get(index).getText());
    }

    private static long unreadCount() {
        Api.Response r = Api.get("/api/v1/inbox/unread-count", Tokens.user("ca-de"));
        assertEquals(200, r.status(), r.toString());
        return r.json().getJsonNumber("unread").longValue();
    }
}
