package eu.csar.it.registry;

import eu.csar.it.support.Api;
import eu.csar.it.support.Db;
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
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A provider's machine client keeps its own registry entry over REST, as a provider's engineer
 * would call it: real client-credentials tokens, rows checked in PostgreSQL, every refusal answered
 * with a problem and recorded in the audit trail, bad input changing nothing.
 */
@ExtendWith(ArquillianExtension.class)
class ProviderSelfServiceRestIT {

    static final String ME = "/api/v1/providers/me";

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return Deployments.ear();
    }

    static Map<String, Object> providerRow(Provider provider) {
        return Db.rows("select * from providers where id = ?", provider.providerId).get(0);
    }

    @Test
    void withoutATokenTheEntryIsNotServed() {
        assertEquals(401, Api.get(ME, null).status());
    }

    @Test
    void aProviderReadsItsOwnEntryWithItsCompetentAuthority() {
        Api.Response r = Api.get(ME, Tokens.provider(Provider.GAMMA));
        assertEquals(200, r.status(), r.toString());
        JsonObject entry = r.json();
        assertEquals(Provider.GAMMA.providerId.toString(), entry.getString("id"));
        assertEquals("Gamma Apps Inc. (demo)", entry.getString("legalName"));
        assertEquals("IE", entry.getJsonObject("legalRepresentative").getString("memberState"));
        assertEquals(List.of("IE"), entry.getJsonArray("competentAuthorities").getValuesAs(jakarta.json.JsonString::getString));
        assertEquals(1, Db.count("select count(*) from audit_entries where action = 'PROVIDER_READ' and provider_id = ? and outcome = 'SUCCESS'",
                Provider.GAMMA.providerId), "the read is audited");
    }

    @Test
    void changingTheContactPointIsStoredAuditedAndReachesTheCompetentAuthoritysInbox() throws Exception {
        String email = "csa-" + UUID.randomUUID().toString().substring(0, 8) + "@alpha.example";
        String body = "{\"email\":\"" + email + "\",\"phone\":\"+31 20 555 0199\",\"languages\":[\"nl\",\"en\",\"de\"]}";

        Api.Response r = Api.putJson(ME + "/contact-point", body, Tokens.provider(Provider.ALPHA));

        assertEquals(200, r.status(), r.toString());
        assertEquals(email, r.json().getJsonObject("contactPoint").getString("email"));
        Map<String, Object> row = providerRow(Provider.ALPHA);
        assertEquals(email, row.get("contact_email"));
        assertEquals("nl,en,de", row.get("contact_languages"));
        assertTrue(Db.count("select count(*) from audit_entries where action = 'PROVIDER_CONTACT_POINT_CHANGED' and provider_id = ?",
                Provider.ALPHA.providerId) >= 1);

        // The MDB delivers asynchronously: the NL authority (Alpha is established in NL) sees it in its inbox.
        String caNl = Tokens.user("ca-nl");
        JsonObject item = awaitInboxItem(caNl, Provider.ALPHA.providerId, "PROVIDER_CONTACT_POINT_CHANGED");
        assertEquals("NL", item.getString("recipient"));
        assertEquals("Alpha Hosting B.V. (demo)", item.getString("subjectLabel"));
        assertTrue(Api.get("/api/v1/inbox", Tokens.user("ca-de")).jsonArray().stream()
                        .map(v -> v.asJsonObject().getString("subjectId")).noneMatch(Provider.ALPHA.providerId.toString()::equals),
                "the DE authority has no jurisdiction over Alpha and is not told");
    }

    @Test
    void aNewLegalRepresentativeIsToldToTheAuthorityOfItsMemberState() throws Exception {
        String body = "{\"name\":\"Gamma EU Representative Ltd (demo)\",\"address\":\"2 Example Quay, Dublin\","
                + "\"email\":\"rep-" + UUID.randomUUID().toString().substring(0, 6) + "@gamma-eu.example\","
                + "\"phone\":\"+353 1 555 0104\",\"memberState\":\"ie\"}";
        Api.Response r = Api.putJson(ME + "/legal-representative", body, Tokens.provider(Provider.GAMMA));
        assertEquals(200, r.status(), r.toString());
        assertEquals("2 Example Quay, Dublin", providerRow(Provider.GAMMA).get("rep_address"));
        awaitInboxItem(Tokens.user("ca-ie"), Provider.GAMMA.providerId, "PROVIDER_LEGAL_REPRESENTATIVE_CHANGED");
    }

    @Test
    void malformedJsonIsA400ProblemAndChangesNothing() {
        Map<String, Object> before = providerRow(Provider.BETA);
        Api.Response r = Api.putJson(ME + "/contact-point", "{\"email\": \"x@y.example\", \"phone\": ", Tokens.provider(Provider.BETA));
        assertEquals(400, r.status(), r.toString());
        assertEquals("application/problem+json", r.header("Content-Type").orElse(""));
        assertEquals("urn:eu:csar:problem:malformed-request", r.json().getString("type"));
        assertEquals(before, providerRow(Provider.BETA));
    }

    @Test
    void invalidFieldsAreNamedAndNothingChanges() {
        Map<String, Object> before = providerRow(Provider.BETA);
        Api.Response r = Api.putJson(ME + "/contact-point", "{\"email\":\"not-an-email\",\"phone\":\"call me\",\"languages\":[]}",
                Tokens.provider(Provider.BETA));
        assertEquals(400, r.status(), r.toString());
        JsonObject problem = r.json();
        assertEquals("urn:eu:csar:problem:validation-failed", problem.getString("type"));
        List<String> fields = problem.getJsonArray("violations").stream().map(v -> v.asJsonObject().getString("field")).toList();
        assertEquals(List.of("email", "languages", "phone"), fields);
        assertEquals(before, providerRow(Provider.BETA));
    }

    @Test
    void aMemberStateThatIsNotInTheUnionIsRejectedByField() {
        Api.Response r = Api.putJson(ME + "/legal-representative",
                "{\"name\":\"R\",\"address\":\"A\",\"email\":\"r@example.org\",\"phone\":\"+44 20 555 0100\",\"memberState\":\"GB\"}",
                Tokens.provider(Provider.GAMMA));
        assertEquals(400, r.status(), r.toString());
        assertEquals("memberState", r.json().getJsonArray("violations").getJsonObject(0).getString("field"));
    }

    @Test
    void anotherProvidersEntryDoesNotExistForAProviderAndTheAttemptIsAudited() {
        String other = Provider.BETA.providerId.toString();
        Api.Response r = Api.get("/api/v1/providers/" + other, Tokens.provider(Provider.ALPHA));
        assertEquals(404, r.status(), r.toString());
        assertEquals("urn:eu:csar:problem:not-found", r.json().getString("type"));
        assertTrue(Db.count("select count(*) from audit_entries where actor = 'service-account-demo-provider-alpha' and object_id = ? and outcome = 'NOT_FOUND'",
                other) >= 1, "the refused read is in the audit trail, attributed to the client");
    }

    @Test
    void aPersonWithoutTheProviderRoleIsForbiddenAndTheRefusalIsAudited() {
        long before = Db.count("select count(*) from audit_entries where actor = 'ca-nl' and outcome = 'REFUSED'");
        Api.Response r = Api.get(ME, Tokens.user("ca-nl"));
        assertEquals(403, r.status(), r.toString());
        assertEquals("urn:eu:csar:problem:forbidden", r.json().getString("type"));
        assertEquals(before + 1, Db.count("select count(*) from audit_entries where actor = 'ca-nl' and outcome = 'REFUSED'"));
    }

    static JsonObject awaitInboxItem(String token, UUID providerId, String kind) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 30_000;
        while (System.currentTimeMillis() < deadline) {
            Api.Response inbox = Api.get("/api/v1/inbox", token);
            assertEquals(200, inbox.status(), inbox.toString());
            var match = inbox.jsonArray().stream().map(v -> v.asJsonObject())
                    .filter(o -> o.getString("subjectId").equals(providerId.toString()) && o.getString("kind").equals(kind))
                    .findFirst();
            if (match.isPresent()) {
                return match.get();
            }
            Thread.sleep(250);
        }
        throw new AssertionError("no " + kind + " notification for " + providerId + " within 30 s");
    }
}
