package eu.csar.it.registry;

import eu.csar.it.support.Api;
import eu.csar.it.support.Deployments;
import eu.csar.it.support.Tokens;
import eu.csar.it.support.Tokens.Provider;
import jakarta.json.JsonObject;
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
 * Tenancy of the registry for authorities: a Coordinating Authority lists and opens only the
 * providers under its Member State's jurisdiction (establishment, else legal representative);
 * EU Centre staff see all; roles without registry rights are forbidden.
 */
@ExtendWith(ArquillianExtension.class)
class ProviderRegistryRestIT {

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return Deployments.ear();
    }

    static List<String> listedNames(String token) {
        Api.Response r = Api.get("/api/v1/providers?size=500", token);
        assertEquals(200, r.status(), r.toString());
        return r.json().getJsonArray("items").stream().map(v -> v.asJsonObject().getString("legalName")).toList();
    }

    @Test
    void theDutchAuthorityListsOnlyProvidersUnderDutchJurisdiction() {
        List<String> names = listedNames(Tokens.user("ca-nl"));
        assertTrue(names.contains("Alpha Hosting B.V. (demo)"), names::toString);
        assertTrue(names.contains("Epsilon Access B.V. (demo)"), names::toString);
        assertFalse(names.contains("Beta Messaging GmbH (demo)"), names::toString);
        assertFalse(names.contains("Gamma Apps Inc. (demo)"), names::toString);
        assertFalse(names.contains("Delta Search SAS (demo)"), names::toString);
    }

    @Test
    void theIrishAuthorityHasJurisdictionOverTheProviderWhoseLegalRepresentativeIsInIreland() {
        List<String> names = listedNames(Tokens.user("ca-ie"));
        assertTrue(names.contains("Gamma Apps Inc. (demo)"), names::toString);
        assertFalse(names.contains("Alpha Hosting B.V. (demo)"), names::toString);
    }

    @Test
    void anAuthorityForTwoMemberStatesSeesBoth() {
        List<String> names = listedNames(Tokens.user("ca-nl-de"));
        assertTrue(names.contains("Alpha Hosting B.V. (demo)") && names.contains("Beta Messaging GmbH (demo)"), names::toString);
        assertFalse(names.contains("Delta Search SAS (demo)"), names::toString);
    }

    @Test
    void openingAProviderOfAnotherJurisdictionAnswersNotFound() {
        String caNl = Tokens.user("ca-nl");
        assertEquals(200, Api.get("/api/v1/providers/" + Provider.ALPHA.providerId, caNl).status());
        Api.Response other = Api.get("/api/v1/providers/" + Provider.BETA.providerId, caNl);
        assertEquals(404, other.status(), other.toString());
    }

    @Test
    void centreStaffSeeEveryProviderWithFiltersAndTotals() {
        String admin = Tokens.user("admin");
        List<String> names = listedNames(admin);
        assertTrue(names.containsAll(List.of("Alpha Hosting B.V. (demo)", "Beta Messaging GmbH (demo)",
                "Gamma Apps Inc. (demo)", "Delta Search SAS (demo)", "Epsilon Access B.V. (demo)")), names::toString);
        JsonObject suspended = Api.get("/api/v1/providers?status=suspended", admin).json();
        assertTrue(suspended.getJsonArray("items").stream()
                .allMatch(v -> v.asJsonObject().getString("status").equals("SUSPENDED")));
        assertTrue(suspended.getJsonNumber("total").longValue() >= 1);
    }

    @Test
    void badQueryParametersAreNamed() {
        Api.Response r = Api.get("/api/v1/providers?serviceType=CAR_WASH", Tokens.user("admin"));
        assertEquals(400, r.status(), r.toString());
        assertEquals("serviceType", r.json().getJsonArray("violations").getJsonObject(0).getString("field"));
        assertEquals(400, Api.get("/api/v1/providers/not-a-uuid", Tokens.user("admin")).status());
    }

    @Test
    void policeHaveNoRegistryRights() {
        Api.Response r = Api.get("/api/v1/providers", Tokens.user("police-fr"));
        assertEquals(403, r.status(), r.toString());
    }

    @Test
    void thePublicRegisterNeedsNoLoginAndShowsOnlyPublicFieldsOfActiveProviders() {
        Api.Response r = Api.get("/api/public/register", null);
        assertEquals(200, r.status(), r.toString());
        var entries = r.jsonArray().stream().map(v -> v.asJsonObject()).toList();
        assertTrue(entries.stream().anyMatch(e -> e.getString("legalName").equals("Gamma Apps Inc. (demo)")
                && e.getString("representativeMemberState").equals("IE")));
        assertTrue(entries.stream().noneMatch(e -> e.getString("legalName").equals("Epsilon Access B.V. (demo)")),
                "a suspended provider is not in the public register");
        assertTrue(entries.stream().noneMatch(e -> e.containsKey("id") || e.containsKey("signingPublicKey") || e.containsKey("status")),
                "no internal fields");
    }

    @Test
    void theOpenApiDocumentDescribesTheRegistryApiWithoutLogin() {
        Api.Response r = Api.get("/openapi?format=JSON", null);
        assertEquals(200, r.status(), r.toString());
        JsonObject paths = r.json().getJsonObject("paths");
        assertTrue(paths.containsKey("/api/v1/providers/me/contact-point"), paths.keySet()::toString);
        assertTrue(paths.containsKey("/api/public/register"), paths.keySet()::toString);
        assertTrue(r.body().contains("Provider self-service") && r.body().contains("application/problem+json"), "tags and problem responses");
    }
}
