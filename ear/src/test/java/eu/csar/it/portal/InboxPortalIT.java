package eu.csar.it.portal;

import eu.csar.it.support.Api;
import eu.csar.it.support.Browser;
import eu.csar.it.support.Deployments;
import eu.csar.it.support.Inbox;
import eu.csar.it.support.Tokens.Provider;
import eu.csar.it.support.Tokens;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The whole notification path as its users see it: a provider's engineer changes the contact
 * point over the API; the message travels through Artemis to the MDB; the competent authority (DE
 * for Beta Messaging) finds it in its portal inbox and marks it read; another authority does not.
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
            assertTrue(inbox.contains("Point of contact changed"), inbox);

            int unread = browser.driver().findElements(By.cssSelector("tr.csar-unread")).size();
            assertTrue(unread >= 1, "the new notification is shown as unread");
            browser.driver().findElement(By.cssSelector("tr.csar-unread button")).click();
            browser.waitUp().until(d -> d.findElements(By.cssSelector("tr.csar-unread")).size() == unread - 1);
        }

        assertEquals(List.of(), nlInbox.newItemsAbout(Provider.BETA.providerId), "the NL authority is not told about a DE provider");
    }
}
