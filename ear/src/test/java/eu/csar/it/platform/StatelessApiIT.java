package eu.csar.it.platform;

import eu.csar.it.support.Api;
import eu.csar.it.support.Deployments;
import eu.csar.it.support.Fixtures;
import eu.csar.it.support.Tokens;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Calls with a bearer token are stateless: the platform creates no HTTP session for them (no
 * {@code Set-Cookie: JSESSIONID}), so a partner system's thousands of calls leave no sessions
 * behind in the server's memory, and each call costs no session creation (docs/write-path.md).
 * Neither does the public register. The portal, which needs its session, still gets one.
 */
@ExtendWith(ArquillianExtension.class)
class StatelessApiIT {

    static final String SOAP_NS = "urn:eu:csar:registry:v1";

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return Deployments.ear();
    }

    @Test
    void restCallsWithABearerTokenGetNoSessionCookie() {
        String admin = Tokens.user("admin");
        Api.Response me = Api.get("/api/v1/me", admin);
        assertEquals(200, me.status(), me.toString());
        assertNoSession(me);

        Fixtures.ProviderBuilder profile = Fixtures.provider("Stateless Ltd");
        Api.Response created = Api.postJson("/api/v1/providers", profile.json().build().toString(), admin);
        assertEquals(201, created.status(), created.toString());
        assertNoSession(created);
        String id = created.json().getString("id");

        Api.Response read = Api.get("/api/v1/providers/" + id, admin);
        assertEquals(200, read.status(), read.toString());
        assertNoSession(read);

        Api.Response amended = Api.putJson("/api/v1/providers/" + id, profile.contactEmail("new@stateless.example").json()
                .add("version", created.json().getJsonNumber("version").longValue()).build().toString(), admin);
        assertEquals(200, amended.status(), amended.toString());
        assertNoSession(amended);

        Api.Response provider = Api.get("/api/v1/providers/me", Tokens.provider(Tokens.Provider.ALPHA));
        assertEquals(200, provider.status(), provider.toString());
        assertNoSession(provider);
    }

    @Test
    void refusedAndUnauthenticatedCallsGetNoSessionCookieEither() {
        Api.Response forbidden = Api.get("/api/v1/audit/entries", Tokens.user("ca-nl"));
        assertEquals(403, forbidden.status(), forbidden.toString());
        assertNoSession(forbidden);
        Api.Response noToken = Api.get("/api/v1/providers", null);
        assertEquals(401, noToken.status(), noToken.toString());
        assertNoSession(noToken);
        Api.Response register = Api.get("/api/public/register", null);
        assertEquals(200, register.status(), register.toString());
        assertNoSession(register);
    }

    @Test
    void soapCallsWithABearerTokenGetNoSessionCookie() {
        Api.Response r = Api.soap("/ws/registry/provider-self-service", "",
                Api.envelope("<r:GetOwnEntry xmlns:r=\"" + SOAP_NS + "\"/>"), Tokens.provider(Tokens.Provider.BETA));
        assertEquals(200, r.status(), r.toString());
        assertNoSession(r);
    }

    private static void assertNoSession(Api.Response r) {
        List<String> sessions = r.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID=")).toList();
        assertTrue(sessions.isEmpty(), "a bearer or anonymous API call created an HTTP session: " + sessions);
    }
}
