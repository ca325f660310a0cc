package eu.csar.it.hardening;

import eu.csar.it.support.Api;
import eu.csar.it.support.Browser;
import eu.csar.it.support.Db;
import eu.csar.it.support.Deployments;
import eu.csar.it.support.Fixtures;
import eu.csar.it.support.ServerLog;
import eu.csar.it.support.Tokens;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A service call refused for the caller's role is recorded once, at the services' boundary, the
 * same way whichever transport carried it: a REST call, a SOAP call, a save on a portal page. The
 * entry names the refused operation as the platform knows it ({@code Bean.method}), never a path or
 * anything else the caller chose.
 */
@ExtendWith(ArquillianExtension.class)
class RefusalAuditIT {

    static final String CONTACT_POINT = "{\"email\":\"csa@refused.example\",\"phone\":\"+31 20 555 0101\",\"languages\":[\"en\"]}";

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return Deployments.ear();
    }

    /** The refusals recorded for {@code actor} after {@code mark}. */
    static List<Map<String, Object>> refusals(long mark, String actor) {
        return Db.rows("select action, object_type, object_id, outcome from audit_entries where seq > ? and actor = ? "
                + "and outcome <> 'SUCCESS' order by seq", mark, actor);
    }

    static Map<String, Object> refused(String operation) {
        return Map.of("action", "OPERATION_REFUSED", "object_type", "Operation", "object_id", operation, "outcome", "REFUSED");
    }

    @Test
    void aRefusedRestCallIsRecordedOnceByTheOperationNeverByThePath() {
        ServerLog.Mark log = ServerLog.mark();
        long mark = Fixtures.auditMark();
        Api.Response r = Api.putJson("/api/v1/providers/me/contact-point;x=%3Cscript%3E", CONTACT_POINT, Tokens.user("ca-nl"));
        assertEquals(403, r.status(), r.toString());
        assertEquals("urn:eu:csar:problem:forbidden", r.json().getString("type"));
        assertEquals(List.of(refused("ProviderSelfService.changeContactPoint")), refusals(mark, "ca-nl"));
        log.assertNoStackTrace();
    }

    @Test
    void aRefusedSoapCallIsRecordedOnceLikeTheSameRestCall() {
        ServerLog.Mark log = ServerLog.mark();
        long mark = Fixtures.auditMark();
        Api.Response r = Api.soap("/ws/registry/provider-self-service", "", Api.envelope(
                "<r:UpdateContactPoint xmlns:r=\"urn:eu:csar:registry:v1\"><r:contactPoint><r:email>csa@refused.example</r:email>"
                        + "<r:phone>+31 20 555 0101</r:phone><r:language>en</r:language></r:contactPoint></r:UpdateContactPoint>"),
                Tokens.user("ca-nl"));
        assertTrue(r.body().contains("urn:eu:csar:problem:forbidden"), r.toString());
        assertEquals(List.of(refused("ProviderSelfService.changeContactPoint")), refusals(mark, "ca-nl"));
        log.assertNoStackTrace();
    }

    @Test
    void aRefusedSaveOnAPortalPageIsRecordedOnceLikeTheSameRestCall() {
        long restMark = Fixtures.auditMark();
        Api.Response rest = Api.postJson("/api/v1/providers", Fixtures.provider("Refused Oy").json().build().toString(),
                Tokens.user("reviewer"));
        assertEquals(403, rest.status(), rest.toString());
        assertEquals(List.of(refused("ProviderRegistry.register")), refusals(restMark, "reviewer"));

        ServerLog.Mark log = ServerLog.mark();
        try (Browser browser = Browser.start()) {
            browser.loginAs("reviewer", "/portal/registry/provider-edit.xhtml");
            long mark = Fixtures.auditMark();
            // a complete, valid entry, so that only the role can stop it
            type(browser, "edit:legalName", Fixtures.unique("Refused Oy"));
            browser.driver().findElement(By.cssSelector("label[for='edit:serviceTypes:0']")).click();
            widget(browser, "edit:mainEstablishment", "FI");
            type(browser, "edit:contactEmail", "csa@refused.example");
            type(browser, "edit:contactPhone", "+358 9 555 0199");
            type(browser, "edit:contactLanguages", "fi, en");
            clickAndWait(browser, "edit:addService");
            type(browser, "edit:services:0:serviceName", "RefusedBox");
            widget(browser, "edit:services:0:serviceType", "HOSTING");
            type(browser, "edit:services:0:serviceDescription", "File hosting (invented, test)");
            widget(browser, "edit:services:0:serviceOfferedIn", "FI");
            clickAndWait(browser, "edit:save");
            browser.waitUp().until(d -> d.findElement(By.tagName("body")).getText().contains("not permitted"));
            browser.screenshot("hardening-refused-portal-save");
            browser.waitUp().until(d -> !refusals(mark, "reviewer").isEmpty());
            assertEquals(List.of(refused("ProviderRegistry.register")), refusals(mark, "reviewer"));
        }
        log.assertNoStackTrace();
    }

    /** Chooses a value in a PrimeFaces drop-down (whose native select is hidden) through its widget. */
    private static void widget(Browser browser, String id, String value) {
        browser.waitUp().until(ExpectedConditions.presenceOfElementLocated(By.id(id)));
        ((JavascriptExecutor) browser.driver()).executeScript("PrimeFaces.getWidgetById(arguments[0]).selectValue(arguments[1]);", id, value);
    }

    private static void clickAndWait(Browser browser, String id) {
        browser.waitUp().until(ExpectedConditions.presenceOfElementLocated(By.id(id))).click();
        browser.waitUp().until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(
                "return document.readyState === 'complete' && (!window.PrimeFaces || PrimeFaces.ajax.Queue.isEmpty());")));
    }

    private static void type(Browser browser, String id, String text) {
        WebElement field = browser.waitUp().until(ExpectedConditions.presenceOfElementLocated(By.id(id)));
        ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].scrollIntoView(true);", field);
        field.clear();
        field.sendKeys(text);
    }
}
