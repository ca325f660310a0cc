package eu.csar.it.portal;

import eu.csar.it.support.Browser;
import eu.csar.it.support.Db;
import eu.csar.it.support.Deployments;
import eu.csar.it.support.Fixtures;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The provider form as a centre admin uses it (issue 7): one Save shows every mistake at once, in
 * the user's language, next to its outlined field, listed at the top, with the cursor on the first
 * one; values are checked as a careful clerk would ("a@b" and "hello" as a key are refused); Enter
 * in a field saves and never removes a service; a removed service can be put back; Cancel asks
 * before dropping edits, and only then.
 */
@ExtendWith(ArquillianExtension.class)
class ProviderFormValidationPortalIT {

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return Deployments.ear();
    }

    /** The message shown next to a field (the p:message in the same block). */
    static String errorAt(PortalDriver portal, String fieldId) {
        return portal.driver().findElements(By.xpath("//*[@id='" + fieldId + "']/ancestor::div[1]//*[contains(@class,'ui-message-error')]"))
                .stream().map(WebElement::getText).filter(t -> !t.isBlank()).findFirst().orElse("");
    }

    static boolean outlined(PortalDriver portal, String fieldId) {
        return portal.find(fieldId).getAttribute("class").contains("ui-state-error");
    }

    static String focused(PortalDriver portal) {
        return (String) ((JavascriptExecutor) portal.driver()).executeScript("return document.activeElement && document.activeElement.id;");
    }

    static int serviceRows(PortalDriver portal) {
        return portal.driver().findElements(By.cssSelector("input[id^='edit:services:'][id$=':serviceName']")).size();
    }

    /** Everything a hurried user gets wrong at once; legal name, service types, establishment and the service name left empty. */
    static void fillWrongly(PortalDriver portal) {
        portal.type("edit:contactEmail", "a@b")
                .type("edit:contactPhone", "12345")
                .type("edit:contactLanguages", "en, xx")
                .type("edit:signingPublicKey", "hello")
                .clickAndWait("edit:addService");
    }

    @Test
    void oneSaveShowsEveryMistakeAtItsFieldInEnglishAndInDutch() {
        long providersBefore = Db.count("select count(*) from providers");
        try (Browser browser = Browser.start()) {
            PortalDriver portal = new PortalDriver(browser);
            browser.loginAs("admin", "/portal/registry/provider-edit.xhtml");
            portal.find("edit:legalName");
            assertEquals("", portal.find("edit:mainEstablishment_input").getAttribute("value"),
                    "Main establishment starts at \"Choose...\", not at \"No establishment in the Union\"");

            fillWrongly(portal);
            portal.clickAndWait("edit:save");
            portal.awaitOrExplain("portal-form-validation-en", d -> !errorAt(portal, "edit:contactEmail").isBlank());
            browser.screenshot("portal-form-validation-one-round-en");

            Map<String, String> expected = Map.of(
                    "edit:legalName", "is required",
                    "edit:serviceTypes", "is required",
                    "edit:mainEstablishment", "choose a Member State",
                    "edit:contactEmail", "must be an e-mail address",
                    "edit:contactPhone", "must be a valid phone number in international form",
                    "edit:contactLanguages", "ISO 639-1",
                    "edit:signingPublicKey", "must be a PEM public key",
                    "edit:services:0:serviceName", "is required");
            expected.forEach((field, text) -> assertTrue(errorAt(portal, field).contains(text),
                    field + " shows \"" + text + "\" after the first Save: " + errorAt(portal, field)));
            for (String field : List.of("edit:legalName", "edit:mainEstablishment", "edit:contactEmail", "edit:contactPhone",
                    "edit:signingPublicKey", "edit:services:0:serviceName")) {
                assertTrue(outlined(portal, field), field + " is outlined");
            }
            String summary = portal.text("messages");
            assertTrue(summary.contains("Please correct these fields:") && summary.contains("Legal name") && summary.contains("Email")
                    && summary.contains("Signing public key"), "a summary at the top lists the fields: " + summary);
            portal.awaitOrExplain("portal-form-focus-en", d -> "edit:legalName".equals(focused(portal))); // the cursor is on the first field to correct
            assertFalse(portal.pageText().contains("must not be null"), "no raw provider messages");

            portal.find("session:lang-nl").click();
            portal.awaitHeading("Nieuwe aanbieder");
            fillWrongly(portal);
            portal.clickAndWait("edit:save");
            portal.awaitOrExplain("portal-form-validation-nl", d -> !errorAt(portal, "edit:contactEmail").isBlank());
            browser.screenshot("portal-form-validation-one-round-nl");
            assertTrue(errorAt(portal, "edit:legalName").contains("is verplicht"), errorAt(portal, "edit:legalName"));
            assertTrue(errorAt(portal, "edit:contactEmail").contains("e-mailadres"), errorAt(portal, "edit:contactEmail"));
            assertTrue(errorAt(portal, "edit:contactPhone").contains("telefoonnummer"), errorAt(portal, "edit:contactPhone"));
            assertTrue(errorAt(portal, "edit:signingPublicKey").contains("PEM-publieke sleutel"), errorAt(portal, "edit:signingPublicKey"));
            assertTrue(errorAt(portal, "edit:mainEstablishment").contains("kies een lidstaat"), errorAt(portal, "edit:mainEstablishment"));
            assertTrue(portal.text("messages").contains("Verbeter deze velden:") && portal.text("messages").contains("Juridische naam"),
                    portal.text("messages"));
            assertFalse(portal.pageText().contains("mag niet null zijn"), "no raw provider messages in Dutch either");
            portal.awaitOrExplain("portal-form-focus-nl", d -> "edit:legalName".equals(focused(portal)));
            portal.find("session:lang-en").click();
            portal.awaitHeading("New provider");
        }
        assertEquals(providersBefore, Db.count("select count(*) from providers"), "nothing was registered");
    }

    @Test
    void enterInAFieldSavesAndNeverRemovesAServiceAndARemovedServiceCanBePutBack() {
        String name = Fixtures.unique("Enter key Oy");
        try (Browser browser = Browser.start()) {
            PortalDriver portal = new PortalDriver(browser);
            browser.loginAs("admin", "/portal/registry/provider-edit.xhtml");
            portal.clickAndWait("edit:addService");
            portal.awaitOrExplain("portal-form-focus-new-service", // after Add service the cursor is in the new service
                    d -> "edit:services:0:serviceName".equals(focused(portal)));
            portal.type("edit:services:0:serviceName", "KeepMe");

            portal.find("edit:legalName").sendKeys(name, Keys.ENTER);
            portal.awaitAjax().awaitOrExplain("portal-form-enter-legal-name", d -> !errorAt(portal, "edit:contactEmail").isBlank());
            assertEquals(1, serviceRows(portal), "Enter in Legal name neither added nor removed a service");
            assertEquals("KeepMe", portal.find("edit:services:0:serviceName").getAttribute("value"));

            portal.find("edit:services:0:serviceName").sendKeys(Keys.ENTER);
            portal.awaitAjax();
            assertEquals(1, serviceRows(portal), "Enter in a service field does not press its Remove");
            browser.screenshot("portal-form-enter-keeps-services");

            portal.clickAndWait("edit:services:0:removeService");
            assertEquals(0, serviceRows(portal));
            assertTrue(portal.text("undoRemove").contains("KeepMe"), portal.pageText());
            portal.clickAndWait("edit:undoRemoveService");
            assertEquals(1, serviceRows(portal), "Undo puts the removed service back");
            assertEquals("KeepMe", portal.find("edit:services:0:serviceName").getAttribute("value"), "with what was typed in it");

            portal.tick("edit:serviceTypes", 0)
                    .choose("edit:mainEstablishment", "FI")
                    .type("edit:contactEmail", "csa@enter-key.example")
                    .type("edit:contactPhone", "+358 9 555 0199")
                    .choose("edit:services:0:serviceType", "HOSTING")
                    .chooseAlso("edit:services:0:serviceOfferedIn", "FI")
                    .type("edit:contactLanguages", "fi, en");
            portal.find("edit:contactLanguages").sendKeys(Keys.ENTER);
            browser.waitUp().until(d -> onProviderPage(d.getCurrentUrl()));
            assertEquals(name, portal.text("legalName"), "Enter saved the provider");
            assertEquals(1L, Db.count("select count(*) from providers p join provider_services s on s.provider_id = p.id "
                    + "where p.legal_name = ? and s.name = 'KeepMe'", name));
        }
    }

    @Test
    void cancelAsksBeforeDroppingEditsAndOnlyThen() {
        Fixtures.NewProvider provider = Fixtures.provider("Cancel Oy").establishedIn("FI").register();
        String edit = "/portal/registry/provider-edit.xhtml?id=" + provider.id();
        try (Browser browser = Browser.start()) {
            PortalDriver portal = new PortalDriver(browser);
            browser.loginAs("admin", "/portal/");
            browser.open(edit);
            portal.find("edit:legalName");
            portal.find("edit:cancel").findElement(By.tagName("a")).click();
            browser.waitUp().until(d -> onProviderPage(d.getCurrentUrl()));

            browser.open(edit);
            portal.type("edit:legalName", "Renamed " + UUID.randomUUID());
            portal.find("edit:cancel").findElement(By.tagName("a")).click();
            WebElement dialog = browser.waitUp().until(d -> {
                WebElement e = d.findElement(By.id("edit:discard"));
                return e.isDisplayed() ? e : null;
            });
            browser.screenshot("portal-form-cancel-asks");
            assertTrue(dialog.getText().contains("Leave it without saving?"), dialog.getText());
            portal.find("edit:discardKeep").click();
            browser.waitUp().until(d -> !d.findElement(By.id("edit:discard")).isDisplayed());
            assertTrue(browser.driver().getCurrentUrl().contains("provider-edit"), "Keep editing stays on the form");
            assertTrue(portal.find("edit:legalName").getAttribute("value").startsWith("Renamed "), "with the edits");

            portal.find("edit:cancel").findElement(By.tagName("a")).click();
            browser.waitUp().until(d -> d.findElement(By.id("edit:discard")).isDisplayed());
            portal.find("edit:discardConfirm").click();
            browser.waitUp().until(d -> onProviderPage(d.getCurrentUrl()));
            assertEquals(provider.legalName(), portal.text("legalName"), "the edits were dropped");
        }
        assertEquals(provider.legalName(), Db.value("select legal_name from providers where id = ?", provider.id()));
    }

    /** The provider's page, whose address bar shows its permalink /portal/providers/{id} once loaded. */
    private static boolean onProviderPage(String url) {
        return url.contains("/portal/providers/") && !url.endsWith("/edit") || url.contains("/portal/registry/provider.xhtml?id=");
    }
}
