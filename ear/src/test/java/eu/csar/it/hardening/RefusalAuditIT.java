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

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A call refused for the caller's role is recorded once, by the layer that refused it: a REST or SOAP
 * call by the web layer's role gate before its input is read ({@code Resource.method},
 * {@code Endpoint.method}), the service never called; the portal refuses the page
 * before it could call the service, and records that refusal once. The entry names the refused
 * operation as the platform knows it, never a path or anything else the caller chose.
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
        // refused by the REST layer's role gate before the body is read: the REST operation is named
        assertEquals(List.of(refused("ProviderSelfServiceResource.changeContactPoint")), refusals(mark, "ca-nl"));
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
        assertEquals(List.of(refused("ProviderSelfServiceEndpoint.updateContactPoint")), refusals(mark, "ca-nl"));
        log.assertNoStackTrace();
    }

    /**
     * In the portal a role never reaches a service it may not call: the page that would call it is
     * refused first (the page table follows the services' roles), and that refusal is the one row.
     */
    @Test
    void thePortalRefusesThePageBeforeTheServiceAndRecordsThatOnce() {
        long restMark = Fixtures.auditMark();
        Api.Response rest = Api.postJson("/api/v1/providers", Fixtures.provider("Refused Oy").json().build().toString(),
                Tokens.user("reviewer"));
        assertEquals(403, rest.status(), rest.toString());
        assertEquals(List.of(refused("ProviderResource.register")), refusals(restMark, "reviewer"));

        ServerLog.Mark log = ServerLog.mark();
        try (Browser browser = Browser.start()) {
            browser.loginAs("reviewer", "/portal/index.xhtml");
            long mark = Fixtures.auditMark();
            browser.open("/portal/registry/provider-edit.xhtml");
            browser.waitUp().until(d -> !refusals(mark, "reviewer").isEmpty());
            assertEquals(List.of(refused("/portal/registry/provider-edit.xhtml")), refusals(mark, "reviewer"));
            assertTrue(browser.driver().findElements(By.id("edit:save")).isEmpty(), "the form is not shown");
        }
        log.assertNoStackTrace();
    }
}
