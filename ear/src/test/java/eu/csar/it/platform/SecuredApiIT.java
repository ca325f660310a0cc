package eu.csar.it.platform;

import eu.csar.it.support.Api;
import eu.csar.it.support.Deployments;
import eu.csar.it.support.Tokens;
import eu.csar.it.support.Tokens.Provider;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The security chain end to end: a real Keycloak token, WildFly's OIDC bearer check, the identity
 * propagated into the EJB tier, and the Caller reading roles, Member States and provider id from it
 * ({@code GET /api/v1/me} is answered by an EJB).
 */
@ExtendWith(ArquillianExtension.class)
class SecuredApiIT {

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return Deployments.ear();
    }

    @Test
    void withoutATokenTheApiAnswers401() {
        Api.Response r = Api.get("/api/v1/me", null);
        assertEquals(401, r.status(), r.toString());
    }

    @Test
    void aForgedTokenIsRefused() {
        String forged = "eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJ4IiwicHJvdmlkZXJfaWQiOiI3ZjNiMWMyZS0wYTRkLTRjMWUtOWI4YS0xZDJlM2Y0YTViMDEifQ.c2ln";
        assertEquals(401, Api.get("/api/v1/me", forged).status());
    }

    @Test
    void aProviderClientIsItsProviderAndNothingElse() {
        JsonObject me = okJson(Api.get("/api/v1/me", Tokens.provider(Provider.BETA)));
        assertEquals(Provider.BETA.providerId.toString(), me.getString("providerId"));
        assertEquals(List.of("provider"), strings(me, "roles"));
        assertEquals(List.of("provider"), strings(me, "containerRoles"), "EJB tier must see the same role");
        assertEquals(List.of(), strings(me, "memberStates"));
    }

    @Test
    void aCoordinatingAuthorityActsForItsMemberState() {
        JsonObject me = okJson(Api.get("/api/v1/me", Tokens.user("ca-nl")));
        assertEquals("ca-nl", me.getString("name"));
        assertTrue(me.getBoolean("authenticated"));
        assertEquals(List.of("NL"), strings(me, "memberStates"));
        assertTrue(strings(me, "roles").contains("coordinating-authority"), me.toString());
        assertTrue(strings(me, "containerRoles").contains("coordinating-authority"), me.toString());
        assertFalse(me.containsKey("providerId") && !me.isNull("providerId"), "a person has no provider id");
    }

    @Test
    void anAuthorityInTwoMemberStatesGetsBoth() {
        JsonObject me = okJson(Api.get("/api/v1/me", Tokens.user("ca-nl-de")));
        assertEquals(List.of("DE", "NL"), strings(me, "memberStates"));
    }

    @Test
    void centreStaffHaveNoMemberState() {
        JsonObject me = okJson(Api.get("/api/v1/me", Tokens.user("admin")));
        assertEquals(List.of("centre-admin"), strings(me, "containerRoles"));
        assertEquals(List.of(), strings(me, "memberStates"));
    }

    @Test
    void theApiIsDocumentedWithOpenApi() {
        Api.Response r = Api.get("/openapi", null);
        assertEquals(200, r.status());
        assertTrue(r.body().contains("/api/v1/me"), r.body());
    }

    private static JsonObject okJson(Api.Response r) {
        assertEquals(200, r.status(), r.toString());
        return r.json();
    }

    private static List<String> strings(JsonObject o, String key) {
        return o.getJsonArray(key).getValuesAs(JsonString.class).stream().map(JsonString::getString).sorted().toList();
    }
}
