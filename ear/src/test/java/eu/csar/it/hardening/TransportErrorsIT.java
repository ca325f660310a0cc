package eu.csar.it.hardening;

import eu.csar.it.support.Api;
import eu.csar.it.support.Deployments;
import eu.csar.it.support.ServerLog;
import eu.csar.it.support.Tokens;
import eu.csar.it.support.Tokens.Provider;
import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every error a partner meets on the API is something it can act on: an RFC 9457 problem with a
 * 4xx (REST) or a SOAP fault without internals, in the platform's words, never the runtime's message
 * codes, parser class names or a login page; and none leaves a stack trace in the server log.
 */
@ExtendWith(ArquillianExtension.class)
class TransportErrorsIT {

    static final String SOAP = "/ws/registry/provider-self-service";
    static final String NS = "urn:eu:csar:registry:v1";

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return Deployments.ear();
    }

    private ServerLog.Mark log;

    @BeforeEach
    void markLog() {
        log = ServerLog.mark();
    }

    @AfterEach
    void noStackTraceForAPartnersMistake() {
        log.assertNoStackTrace();
    }

    static JsonObject problem(Api.Response r, int status, String type) {
        assertEquals(status, r.status(), r.toString());
        assertTrue(r.header("Content-Type").orElse("").startsWith("application/problem+json"), r.headers().map().toString());
        JsonObject problem = r.json();
        assertEquals("urn:eu:csar:problem:" + type, problem.getString("type"), r.toString());
        assertEquals(status, problem.getInt("status"));
        assertFalse(r.body().contains("RESTEASY"), "no runtime message codes: " + r.body());
        return problem;
    }

    static Api.Response curl(String method, String path, String token) {
        return Api.raw(method, path, null, token, "Accept", "*/*");
    }

    @Test
    void aTokenlessApiCallAcceptingAnythingIs401ProblemNotARedirect() {
        Api.Response r = curl("GET", "/api/v1/providers", null);
        problem(r, 401, "not-authenticated");
        assertTrue(r.header("WWW-Authenticate").orElse("").startsWith("Bearer"), r.headers().map().toString());
        assertTrue(r.header("Location").isEmpty(), "no redirect to a login page");
    }

    @Test
    void aRejectedTokenIs401ProblemNotHtml() {
        Api.Response r = Api.raw("GET", "/api/v1/providers", null, "not.a.token", "Accept", "*/*");
        problem(r, 401, "not-authenticated");
    }

    @Test
    void aTokenlessSoapCallIs401FaultNotARedirect() {
        Api.Response r = Api.raw("POST", SOAP, Api.envelope("<r:GetOwnEntry xmlns:r=\"" + NS + "\"/>").getBytes(StandardCharsets.UTF_8),
                null, "Content-Type", "text/xml; charset=UTF-8", "SOAPAction", "\"\"", "Accept", "*/*");
        assertEquals(401, r.status(), r.toString());
        assertTrue(r.header("Content-Type").orElse("").startsWith("text/xml"), r.headers().map().toString());
        assertTrue(r.body().contains("<faultcode>soap:Client</faultcode>") && r.body().contains("urn:eu:csar:problem:not-authenticated"), r.body());
    }

    @Test
    void theWsdlIsReadableWithoutAToken() {
        Api.Response wsdl = curl("GET", SOAP + "?wsdl", null);
        assertEquals(200, wsdl.status(), wsdl.toString());
        assertTrue(wsdl.body().contains("UpdateContactPoint") && wsdl.body().contains("RegistryFault"), wsdl.body());
    }

    @Test
    void xmlThatDoesNotParseIsAGenericFaultWithoutParserInternals() {
        String token = Tokens.provider(Provider.BETA);
        for (String broken : new String[] {
                "<soap:Envelope xmlns:soap=\"http://schemas.xmlsoap.org/soap/envelope/\"><soap:Body><r:GetOwnEntry",
                Api.envelope("<r:NoSuchOperation xmlns:r=\"" + NS + "\"/>"),
                "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><x>&e;</x>"}) {
            Api.Response r = Api.soap(SOAP, "", broken, token);
            assertEquals(500, r.status(), "SOAP 1.1 faults travel with HTTP 500: " + r);
            assertTrue(r.body().contains("<faultcode>soap:Client</faultcode>"), r.body());
            assertTrue(r.body().contains("urn:eu:csar:problem:malformed-request"), r.body());
            assertFalse(r.body().contains("wstx") || r.body().contains("com.ctc") || r.body().contains("root:"), r.body());
        }
    }

    @Test
    void runtimeErrorsAreProblemsInThePlatformsWords() {
        String admin = Tokens.user("admin");
        problem(Api.get("/api/v1/no-such-resource", admin), 404, "not-found");

        Api.Response notAllowed = Api.raw("DELETE", "/api/v1/providers", null, admin, "Accept", "application/json");
        problem(notAllowed, 405, "method-not-allowed");
        String allow = notAllowed.header("Allow").orElse("");
        assertTrue(allow.contains("GET") && allow.contains("POST"), "Allow names the methods: " + notAllowed.headers().map());

        Api.Response unsupported = Api.raw("POST", "/api/v1/providers", "legalName=x".getBytes(StandardCharsets.UTF_8), admin,
                "Content-Type", "text/plain", "Accept", "application/json");
        problem(unsupported, 415, "unsupported-media-type");
    }

    @Test
    void unreadableOrOverflowingPagingIs400NamingTheParameter() {
        String admin = Tokens.user("admin");
        String auditor = Tokens.user("auditor");
        assertViolation(Api.get("/api/v1/providers?page=abc", admin), "page");
        assertViolation(Api.get("/api/v1/providers?size=x1", admin), "size");
        assertViolation(Api.get("/api/v1/providers?page=2147483647", admin), "page");
        assertViolation(Api.get("/api/v1/providers?page=2147483647&size=500", admin), "page");
        assertViolation(Api.get("/api/v1/providers?size=2147483647", admin), "size");
        assertViolation(Api.get("/api/v1/audit/entries?page=abc", auditor), "page");
        assertViolation(Api.get("/api/v1/audit/entries?page=2147483647", auditor), "page");
        assertViolation(Api.get("/api/v1/audit/entries?size=99999999", auditor), "size");
    }

    @Test
    void aProblemNeverEchoesMatrixParametersOfTheRawPath() {
        Api.Response r = Api.get("/api/v1/providers;evil=%3Cscript%3E/" + UUID.randomUUID(), Tokens.user("admin"));
        JsonObject problem = problem(r, 404, "not-found");
        String instance = problem.getString("instance", "");
        assertFalse(instance.contains(";") || instance.contains("evil") || instance.contains("script"), instance);
    }

    @Test
    void aProblemRepeatsAtMostEightyCharactersOfAPathSegment() {
        Api.Response r = Api.get("/api/v1/" + "x".repeat(6_000) + "/reports", Tokens.user("admin"));
        JsonObject problem = problem(r, 404, "not-found");
        assertEquals("/api/v1/" + "x".repeat(80) + "…/reports", problem.getString("instance", ""), r.toString());
    }

    static void assertViolation(Api.Response r, String field) {
        JsonObject problem = problem(r, 400, "validation-failed");
        assertEquals(field, problem.getJsonArray("violations").getJsonObject(0).getString("field"), r.toString());
    }
}
