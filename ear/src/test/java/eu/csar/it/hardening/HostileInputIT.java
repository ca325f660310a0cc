package eu.csar.it.hardening;

import eu.csar.it.support.Api;
import eu.csar.it.support.Db;
import eu.csar.it.support.Deployments;
import eu.csar.it.support.ServerLog;
import eu.csar.it.support.Tokens;
import eu.csar.it.support.Tokens.Provider;
import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Bad input that used to fail in PostgreSQL with a 500 (and the partner's contact data logged at
 * ERROR) or to be stored altered (a lone surrogate as {@code ?}, broken UTF-8 as U+FFFD, bidi
 * overrides and zero-width characters in the public register): over REST and SOAP each is now a
 * 400 problem (a fault over SOAP) naming the field, the provider's row is unchanged, and the server
 * log holds neither a stack trace nor the e-mail address that was sent.
 */
@ExtendWith(ArquillianExtension.class)
class HostileInputIT {

    static final String CONTACT = "/api/v1/providers/me/contact-point";
    static final String REPRESENTATIVE = "/api/v1/providers/me/legal-representative";
    static final String SOAP = "/ws/registry/provider-self-service";
    static final String NS = "urn:eu:csar:registry:v1";
    static final List<String> THIRTY_FIVE_LANGUAGES = Collections.nCopies(35, "en");

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return Deployments.ear();
    }

    static Map<String, Object> row(Provider provider) {
        return Db.rows("select * from providers where id = ?", provider.providerId).get(0);
    }

    static String email() {
        return "hostile-" + UUID.randomUUID().toString().substring(0, 8) + "@beta.example";
    }

    static String contactJson(String email, String phone, String languagesJson) {
        return "{\"email\":\"" + email + "\",\"phone\":\"" + phone + "\",\"languages\":" + languagesJson + "}";
    }

    /** {@code name} and {@code address} are JSON string contents, so they may carry escapes such as a lone surrogate. */
    static String representativeJson(String name, String address, String email) {
        return "{\"name\":\"" + name + "\",\"address\":\"" + address + "\",\"email\":\"" + email
                + "\",\"phone\":\"+353 1 555 0103\",\"memberState\":\"IE\"}";
    }

    /**
     * Sends a request as {@code provider} and checks what a partner and an operator would see: a
     * validation problem naming {@code field}, the row as before, a clean log without {@code sentEmail}.
     */
    static JsonObject assertRefusedByField(Provider provider, String field, String sentEmail, Supplier<Api.Response> request) {
        Map<String, Object> before = row(provider);
        ServerLog.Mark log = ServerLog.mark();
        Api.Response r = request.get();
        assertEquals(400, r.status(), r.toString());
        assertEquals("application/problem+json", r.header("Content-Type").orElse(""), r.toString());
        JsonObject problem = r.json();
        assertEquals("urn:eu:csar:problem:validation-failed", problem.getString("type"), r.toString());
        List<String> fields = problem.getJsonArray("violations").stream().map(v -> v.asJsonObject().getString("field", "?")).toList();
        assertTrue(fields.contains(field), "the problem names " + field + ": " + r);
        assertEquals(before, row(provider), "nothing changed in PostgreSQL");
        log.assertNoStackTrace();
        log.assertNotContaining(sentEmail);
        return problem;
    }

    @Test
    void aMissingLanguageInTheListIsNamedByItsPosition() {
        String email = email();
        assertRefusedByField(Provider.BETA, "languages[1]", email,
                () -> Api.putJson(CONTACT, contactJson(email, "+49 30 555 0177", "[\"en\",null]"), Tokens.provider(Provider.BETA)));
    }

    @Test
    void moreLanguagesThanTheColumnHoldsAreRefusedBeforeTheDatabase() {
        String email = email();
        String languages = THIRTY_FIVE_LANGUAGES.stream().map(l -> "\"" + l + "\"").collect(Collectors.joining(",", "[", "]"));
        assertRefusedByField(Provider.BETA, "languages", email,
                () -> Api.putJson(CONTACT, contactJson(email, "+49 30 555 0177", languages), Tokens.provider(Provider.BETA)));
    }

    @Test
    void anEmailWithoutADotInItsDomainAndAnImpossiblePhoneNumberAreRefused() {
        String email = email();
        assertRefusedByField(Provider.BETA, "email", email,
                () -> Api.putJson(CONTACT, contactJson("a@b", "+49 30 555 0177", "[\"de\"]"), Tokens.provider(Provider.BETA)));
        assertRefusedByField(Provider.BETA, "phone", email,
                () -> Api.putJson(CONTACT, contactJson(email, "+1 555 0103", "[\"de\"]"), Tokens.provider(Provider.BETA)));
    }

    /**
     * What the JSON binding used to take silently: a list where a text belongs (stored as its first
     * element), a stray brace after the body (ignored), a body sent as {@code *}{@code /*} (read as
     * XML, then a 500). Each is refused, nothing changes, the log stays clean.
     */
    @Test
    void aBodyTheBindingWouldBendIsRefusedAsItWasSent() {
        String email = email();
        String body = representativeJson("Gamma Rep (test)", "1 Example Quay, Dublin", email);
        assertRefusedAsIs(Provider.GAMMA, email, 400, "urn:eu:csar:problem:malformed-request",
                () -> Api.putJson(REPRESENTATIVE, body.replace("\"address\":\"1 Example Quay, Dublin\"", "\"address\":[\"x\"]"),
                        Tokens.provider(Provider.GAMMA)));
        assertRefusedAsIs(Provider.GAMMA, email, 400, "urn:eu:csar:problem:malformed-request",
                () -> Api.putJson(REPRESENTATIVE, body + "}", Tokens.provider(Provider.GAMMA)));
        assertRefusedAsIs(Provider.GAMMA, email, 415, "urn:eu:csar:problem:unsupported-media-type",
                () -> Api.raw("PUT", REPRESENTATIVE, body.getBytes(java.nio.charset.StandardCharsets.UTF_8),
                        Tokens.provider(Provider.GAMMA), "Content-Type", "*/*", "Accept", "*/*"));
    }

    static void assertRefusedAsIs(Provider provider, String sentEmail, int status, String type, Supplier<Api.Response> request) {
        Map<String, Object> before = row(provider);
        ServerLog.Mark log = ServerLog.mark();
        Api.Response r = request.get();
        assertEquals(status, r.status(), r.toString());
        assertEquals("application/problem+json", r.header("Content-Type").orElse(""), r.toString());
        assertEquals(type, r.json().getString("type"), r.toString());
        assertEquals(before, row(provider), "nothing changed in PostgreSQL");
        log.assertNoStackTrace();
        log.assertNotContaining(sentEmail);
    }

    @Test
    void aNulCharacterInAnAddressIsRefusedInsteadOfFailingInPostgreSql() {
        String email = email();
        assertRefusedByField(Provider.GAMMA, "address", email, () -> Api.putJson(REPRESENTATIVE,
                representativeJson("Gamma Rep (test)", "1 Example Quay\\u0000Dublin", email), Tokens.provider(Provider.GAMMA)));
    }

    @Test
    void aLoneSurrogateIsRefusedInsteadOfBeingStoredAsAQuestionMark() {
        String email = email();
        assertRefusedByField(Provider.GAMMA, "name", email, () -> Api.putJson(REPRESENTATIVE,
                representativeJson("Gamma \\ud800 Rep", "1 Example Quay, Dublin", email), Tokens.provider(Provider.GAMMA)));
    }

    @Test
    void bidiOverridesAndZeroWidthCharactersNeverReachThePublicRegister() {
        String email = email();
        for (String hidden : new String[]{"\\u202e", "\\u202a", "\\u2066", "\\u2069", "\\u200b", "\\u200d", "\\ufeff", "\\u2060"}) {
            assertRefusedByField(Provider.GAMMA, "name", email, () -> Api.putJson(REPRESENTATIVE,
                    representativeJson("Gamma" + hidden + "Rep", "1 Example Quay, Dublin", email), Tokens.provider(Provider.GAMMA)));
            assertRefusedByField(Provider.GAMMA, "address", email, () -> Api.putJson(REPRESENTATIVE,
                    representativeJson("Gamma Rep", "1 Example" + hidden + " Quay", email), Tokens.provider(Provider.GAMMA)));
        }
    }

    @Test
    void invalidUtf8InAJsonBodyIsRefusedNamingTheFieldInsteadOfBecomingAReplacementCharacter() {
        String email = email();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes("{\"name\":\"Gamma Rep\",\"address\":\"1 Example ".getBytes(StandardCharsets.UTF_8));
        body.writeBytes(new byte[]{(byte) 0xC3, (byte) 0x28, (byte) 0xFF}); // a broken two-byte sequence and a byte UTF-8 never uses
        body.writeBytes((" Quay\",\"email\":\"" + email + "\",\"phone\":\"+353 1 555 0103\",\"memberState\":\"IE\"}")
                .getBytes(StandardCharsets.UTF_8));
        assertRefusedByField(Provider.GAMMA, "address", email, () -> Api.raw("PUT", REPRESENTATIVE, body.toByteArray(),
                Tokens.provider(Provider.GAMMA), "Content-Type", "application/json"));
    }

    @Test
    void aRegistrationWithAnUnusableSigningKeyOrHiddenCharactersIsRefusedByFieldAndNothingIsRegistered() {
        String name = "Hostile " + UUID.randomUUID().toString().substring(0, 8);
        String email = email();
        String body = "{\"legalName\":\"" + name + "\\u202e\",\"serviceTypes\":[\"HOSTING\"],\"mainEstablishment\":\"NL\","
                + "\"services\":[{\"name\":\"Box\\u200b\",\"type\":\"HOSTING\",\"offeredIn\":[\"NL\"]}],"
                + "\"contactPoint\":" + contactJson(email, "+31 20 555 0199", "[\"nl\"]") + ",\"signingPublicKey\":\"hello\"}";
        ServerLog.Mark log = ServerLog.mark();
        Api.Response r = Api.postJson("/api/v1/providers", body, Tokens.user("admin"));
        assertEquals(400, r.status(), r.toString());
        List<String> fields = r.json().getJsonArray("violations").stream().map(v -> v.asJsonObject().getString("field", "?")).toList();
        assertEquals(List.of("legalName", "services[0].name", "signingPublicKey"), fields, r.toString());
        assertEquals(0, Db.count("select count(*) from providers where legal_name like ?", name + "%"));
        log.assertNoStackTrace();
        log.assertNotContaining(email);
    }

    // --- SOAP: the same rules through the same service, answered with a RegistryFault ---

    static String soapContactPoint(String email, String languagesXml) {
        return Api.envelope("<r:UpdateContactPoint xmlns:r=\"" + NS + "\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\">"
                + "<r:contactPoint><r:email>" + email + "</r:email><r:phone>+49 30 555 0177</r:phone>" + languagesXml
                + "</r:contactPoint></r:UpdateContactPoint>");
    }

    static String soapRepresentative(String name, String address, String email) {
        return Api.envelope("<r:UpdateLegalRepresentative xmlns:r=\"" + NS + "\"><r:legalRepresentative>"
                + "<r:name>" + name + "</r:name><r:address>" + address + "</r:address><r:email>" + email + "</r:email>"
                + "<r:phone>+353 1 555 0103</r:phone><r:memberState>IE</r:memberState></r:legalRepresentative></r:UpdateLegalRepresentative>");
    }

    /** A SOAP 1.1 fault (HTTP 500 by the standard) carrying the validation problem, the row unchanged, a clean log. */
    static void assertFaultNamingField(Provider provider, String field, String sentEmail, String envelope) {
        Map<String, Object> before = row(provider);
        ServerLog.Mark log = ServerLog.mark();
        Api.Response r = Api.soap(SOAP, "", envelope, Tokens.provider(provider));
        assertEquals(500, r.status(), r.toString());
        assertTrue(r.body().contains("<type>urn:eu:csar:problem:validation-failed</type>"), r.body());
        assertTrue(r.body().contains("<field>" + field + "</field>"), "the fault names " + field + ": " + r.body());
        assertEquals(before, row(provider), "nothing changed in PostgreSQL");
        log.assertNoStackTrace();
        log.assertNotContaining(sentEmail);
    }

    @Test
    void overSoapTooManyLanguagesAMissingLanguageAndABadEmailAreFaultsNamingTheField() {
        String email = email();
        String many = THIRTY_FIVE_LANGUAGES.stream().map(l -> "<r:language>" + l + "</r:language>").collect(Collectors.joining());
        assertFaultNamingField(Provider.BETA, "languages", email, soapContactPoint(email, many));
        assertFaultNamingField(Provider.BETA, "languages[1]", email,
                soapContactPoint(email, "<r:language>de</r:language><r:language></r:language>"));
        assertFaultNamingField(Provider.BETA, "email", email, soapContactPoint("a@b", "<r:language>de</r:language>"));
    }

    @Test
    void overSoapBidiOverridesAndZeroWidthCharactersAreFaultsNamingTheField() {
        String email = email();
        assertFaultNamingField(Provider.GAMMA, "name", email, soapRepresentative("Gamma&#x202E;Rep", "1 Example Quay, Dublin", email));
        assertFaultNamingField(Provider.GAMMA, "address", email, soapRepresentative("Gamma Rep", "1 Example&#x200B; Quay", email));
        assertFaultNamingField(Provider.GAMMA, "address", email, soapRepresentative("Gamma Rep", "1 Example&#x2066; Quay", email));
    }

    /** NUL and lone surrogates cannot be written in XML 1.0, even as character references: the parser refuses them. */
    @Test
    void overSoapCharactersXmlCannotCarryAreFaultsAndChangeNothing() {
        String email = email();
        for (String envelope : new String[]{soapRepresentative("Gamma Rep", "1 Example&#0; Quay", email),
                soapRepresentative("Gamma &#xD800; Rep", "1 Example Quay", email)}) {
            Map<String, Object> before = row(Provider.GAMMA);
            ServerLog.Mark log = ServerLog.mark();
            Api.Response r = Api.soap(SOAP, "", envelope, Tokens.provider(Provider.GAMMA));
            assertTrue(r.status() == 400 || r.status() == 500, r.toString());
            assertTrue(r.body().contains("<faultcode>soap:Client</faultcode>"), r.body());
            assertFalse(r.body().contains("wstx"), r.body());
            assertEquals(before, row(Provider.GAMMA));
            log.assertNoStackTrace();
            log.assertNotContaining(email);
        }
    }
}
