package eu.csar.it.registry;

import eu.csar.it.support.Api;
import eu.csar.it.support.Db;
import eu.csar.it.support.Deployments;
import eu.csar.it.support.Tokens;
import eu.csar.it.support.Tokens.Provider;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The same provider self-service over SOAP: the WSDL is served, operations work with a bearer
 * token, and every refusal is a SOAP fault carrying the same problem type as the REST API.
 */
@ExtendWith(ArquillianExtension.class)
class ProviderSelfServiceSoapIT {

    static final String PATH = "/ws/registry/provider-self-service";
    static final String NS = "urn:eu:csar:registry:v1";

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return Deployments.ear();
    }

    static String updateContactPoint(String email, String phone) {
        return Api.envelope("<r:UpdateContactPoint xmlns:r=\"" + NS + "\"><r:contactPoint>"
                + "<r:email>" + email + "</r:email><r:phone>" + phone + "</r:phone>"
                + "<r:language>de</r:language><r:language>en</r:language></r:contactPoint></r:UpdateContactPoint>");
    }

    static Map<String, Object> betaRow() {
        return Db.rows("select * from providers where id = ?", Provider.BETA.providerId).get(0);
    }

    @Test
    void theWsdlDescribesTheOperations() {
        Api.Response wsdl = Api.get(PATH + "?wsdl", Tokens.provider(Provider.BETA));
        assertEquals(200, wsdl.status(), wsdl.toString());
        assertTrue(wsdl.body().contains("UpdateContactPoint") && wsdl.body().contains("UpdateLegalRepresentative")
                && wsdl.body().contains("RegistryFault"), wsdl.body());
    }

    @Test
    void aProviderReadsItsOwnEntry() {
        Api.Response r = Api.soap(PATH, "", Api.envelope("<r:GetOwnEntry xmlns:r=\"" + NS + "\"/>"), Tokens.provider(Provider.BETA));
        assertEquals(200, r.status(), r.toString());
        assertTrue(r.body().contains("Beta Messaging GmbH (demo)"), r.body());
        assertTrue(r.body().contains(Provider.BETA.providerId.toString()), r.body());
    }

    @Test
    void aProviderUpdatesItsContactPoint() {
        String email = "soap-" + UUID.randomUUID().toString().substring(0, 8) + "@beta.example";
        Api.Response r = Api.soap(PATH, "", updateContactPoint(email, "+49 30 555 0177"), Tokens.provider(Provider.BETA));
        assertEquals(200, r.status(), r.toString());
        assertEquals(email, betaRow().get("contact_email"));
        assertEquals("de,en", betaRow().get("contact_languages"));
    }

    @Test
    void invalidFieldsAreAFaultNamingThemAndNothingChanges() {
        Map<String, Object> before = betaRow();
        Api.Response r = Api.soap(PATH, "", updateContactPoint("not-an-email", "+49 30 555 0177"), Tokens.provider(Provider.BETA));
        assertEquals(500, r.status(), "SOAP 1.1 faults travel with HTTP 500: " + r);
        assertTrue(r.body().contains("Fault") && r.body().contains("urn:eu:csar:problem:validation-failed")
                && r.body().contains("<field>email</field>") || r.body().contains(":field>email<"), r.body());
        assertEquals(before, betaRow());
    }

    @Test
    void malformedXmlIsAFaultAndChangesNothing() {
        Map<String, Object> before = betaRow();
        Api.Response r = Api.soap(PATH, "", "<soap:Envelope xmlns:soap=\"http://schemas.xmlsoap.org/soap/envelope/\"><soap:Body><r:UpdateContactPoint",
                Tokens.provider(Provider.BETA));
        assertTrue(r.status() == 400 || r.status() == 500, r.toString());
        assertTrue(r.body().contains("Fault"), r.body());
        assertEquals(before, betaRow());
    }

    @Test
    void withoutATokenTheServiceAnswers401() {
        assertEquals(401, Api.soap(PATH, "", Api.envelope("<r:GetOwnEntry xmlns:r=\"" + NS + "\"/>"), null).status());
    }

    @Test
    void aPersonWithoutTheProviderRoleGetsAForbiddenFault() {
        Api.Response r = Api.soap(PATH, "", Api.envelope("<r:GetOwnEntry xmlns:r=\"" + NS + "\"/>"), Tokens.user("ca-nl"));
        assertEquals(500, r.status(), r.toString());
        assertTrue(r.body().contains("urn:eu:csar:problem:forbidden"), r.body());
    }
}
