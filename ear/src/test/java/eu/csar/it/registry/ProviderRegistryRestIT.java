package eu.csar.it.registry;

import eu.csar.it.support.Api;
import eu.csar.it.support.Db;
import eu.csar.it.support.Deployments;
import eu.csar.it.support.Fixtures.NewProvider;
import eu.csar.it.support.Fixtures;
import eu.csar.it.support.Tokens;
import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Tenancy of the registry for authorities: a Coordinating Authority lists and opens only the
 * providers under its Member State's jurisdiction (establishment, else legal representative);
 * EU Centre staff see all; roles without registry rights are forbidden. Each test registers its own
 * providers under a tag and lists only those.
 */
@ExtendWith(ArquillianExtension.class)
class ProviderRegistryRestIT {

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return Deployments.ear();
    }

    /** Names the caller lists among the providers whose name contains {@code tag} (a test's own). */
    static List<String> listedNames(String token, String tag) {
        Api.Response r = Api.get("/api/v1/providers?size=500&name=" + URLEncoder.encode(tag, StandardCharsets.UTF_8), token);
        assertEquals(200, r.status(), r.toString());
        return r.json().getJsonArray("items").stream().map(v -> v.asJsonObject().getString("legalName")).toList();
    }

    /** One provider per kind of jurisdiction, all names carrying the same tag. */
    record World(String tag, NewProvider nl, NewProvider de, NewProvider fr, NewProvider representedInIe) {
        static World create() {
            String tag = Fixtures.unique("Tenancy");
            return new World(tag, Fixtures.provider(tag + " NL").establishedIn("NL").register(),
                    Fixtures.provider(tag + " DE").establishedIn("DE").register(),
                    Fixtures.provider(tag + " FR").establishedIn("FR").register(),
                    Fixtures.provider(tag + " IE-rep").representedIn("IE").register());
        }
    }

    @Test
    void theDutchAuthorityListsOnlyProvidersUnderDutchJurisdiction() {
        World w = World.create();
        assertEquals(List.of(w.nl().legalName()), listedNames(Tokens.user("ca-nl"), w.tag()));
    }

    @Test
    void theIrishAuthorityHasJurisdictionOverTheProviderWhoseLegalRepresentativeIsInIreland() {
        World w = World.create();
        assertEquals(List.of(w.representedInIe().legalName()), listedNames(Tokens.user("ca-ie"), w.tag()));
    }

    @Test
    void anAuthorityForTwoMemberStatesSeesBoth() {
        World w = World.create();
        assertEquals(List.of(w.de().legalName(), w.nl().legalName()), listedNames(Tokens.user("ca-nl-de"), w.tag()));
    }

    @Test
    void openingAProviderOfAnotherJurisdictionAnswersNotFoundAndIsAudited() {
        World w = World.create();
        String caNl = Tokens.user("ca-nl");
        long mark = Fixtures.auditMark();
        assertEquals(200, Api.get("/api/v1/providers/" + w.nl().id(), caNl).status());
        Api.Response other = Api.get("/api/v1/providers/" + w.de().id(), caNl);
        assertEquals(404, other.status(), other.toString());
        assertEquals(404, Api.get("/api/v1/providers/" + UUID.randomUUID(), caNl).status(), "the same as one that does not exist");
        assertEquals(1, Db.count("select count(*) from audit_entries where seq > ? and actor = 'ca-nl' and object_id = ? "
                + "and outcome = 'NOT_FOUND'", mark, w.de().id().toString()));
    }

    @Test
    void centreStaffSeeEveryProviderWithFiltersAndTotals() {
        World w = World.create();
        String admin = Tokens.user("admin");
        assertEquals(4, listedNames(admin, w.tag()).size());
        Fixtures.suspend(w.fr().id(), "test");
        JsonObject suspended = Api.get("/api/v1/providers?status=suspended&name=" + URLEncoder.encode(w.tag(), StandardCharsets.UTF_8), admin).json();
        assertEquals(List.of(w.fr().legalName()), suspended.getJsonArray("items").stream()
                .map(v -> v.asJsonObject().getString("legalName")).toList());
        assertEquals("SUSPENDED", suspended.getJsonArray("items").getJsonObject(0).getString("status"));
        assertEquals(1, suspended.getJsonNumber("total").longValue());
        JsonObject paged = Api.get("/api/v1/providers?size=2&page=1&name=" + URLEncoder.encode(w.tag(), StandardCharsets.UTF_8), admin).json();
        assertEquals(4, paged.getJsonNumber("total").longValue());
        assertEquals(2, paged.getJsonArray("items").size(), "the second page of two");
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
        World w = World.create();
        Fixtures.suspend(w.fr().id(), "test");
        Api.Response r = Api.get("/api/public/register", null);
        assertEquals(200, r.status(), r.toString());
        var entries = r.jsonArray().stream().map(v -> v.asJsonObject()).toList();
        assertTrue(entries.stream().anyMatch(e -> e.getString("legalName").equals(w.representedInIe().legalName())
                && e.getString("representativeMemberState").equals("IE")));
        assertTrue(entries.stream().anyMatch(e -> e.getString("legalName").equals(w.nl().legalName())));
        assertTrue(entries.stream().noneMatch(e -> e.getString("legalName").equals(w.fr().legalName())),
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
