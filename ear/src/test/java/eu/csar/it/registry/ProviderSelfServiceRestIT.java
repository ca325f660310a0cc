package eu.csar.it.registry;

import eu.csar.it.support.Api;
import eu.csar.it.support.Db;
import eu.csar.it.support.Deployments;
import eu.csar.it.support.Fixtures;
import eu.csar.it.support.Inbox;
import eu.csar.it.support.Tokens.Provider;
import eu.csar.it.support.Tokens;
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
        long mark = Fixtures.auditMark();
        Api.Response r = Api.get(ME, Tokens.provider(Provider.GAMMA));
        assertEquals(200, r.status(), r.toString());
        JsonObject entry = r.json();
        assertEquals(Provider.GAMMA.providerId.toString(), entry.getString("id"));
        assertEquals("Gamma Apps Inc. (demo)", entry.getString("legalName"));
        assertEquals("IE", entry.getJsonObject("legalRepresentative").getString("memberState"));
        assertEquals(List.of("IE"), entry.getJsonArray("competentAuthorities").getValuesAs(jakarta.json.JsonString::getString));
        assertEquals(1, Db.count("select count(*) from audit_entries where seq > ? and action = 'PROVIDER_READ' and provider_id = ? "
                + "and object_id = ? and outcome = 'SUCCESS'", mark, Provider.GAMMA.providerId, Provider.GAMMA.providerId.toString()),
                "the read is audited");
    }

    @Test
    void changingTheContactPointIsStoredAuditedAndReachesTheCompetentAuthoritysInbox() throws Exception {
        String email = "csa-" + UUID.randomUUID().toString().substring(0, 8) + "@alpha.example";
        String body = "{\"email\":\"" + email + "\",\"phone\":\"+31 20 555 0199\",\"languages\":[\"nl\",\"en\",\"de\"]}";

        long mark = Fixtures.auditMark();
        Inbox nlInbox = Inbox.watch(Tokens.user("ca-nl"));
        Inbox deInbox = Inbox.watch(Tokens.user("ca-de"));
        Api.Response r = Api.putJson(ME + "/contact-point", body, Tokens.provider(Provider.ALPHA));

        assertEquals(200, r.status(), r.toString());
        assertEquals(email, r.json().getJsonObject("contactPoint").getString("email"));
        Map<String, Object> row = providerRow(Provider.ALPHA);
        assertEquals(email, row.get("contact_email"));
        assertEquals("nl,en,de", row.get("contact_languages"));
        assertEquals(1, Db.count("select count(*) from audit_entries where seq > ? and action = 'PROVIDER_CONTACT_POINT_CHANGED' "
                + "and provider_id = ?", mark, Provider.ALPHA.providerId));

        // The MDB delivers asynchronously: the NL authority (Alpha is established in NL) sees it in its inbox.
        JsonObject item = nlInbox.awaitNew(Provider.ALPHA.providerId, "PROVIDER_CHANGED");
        assertEquals(List.of("CONTACT_POINT"), Inbox.codes(item, "changes"), item.toString());
        assertEquals("NL", item.getString("recipient"));
        assertEquals("Alpha Hosting B.V. (demo)", item.getString("subjectLabel"));
        assertTrue(Db.count("select count(*) from audit_entries where seq > ? and action = 'NOTIFICATION_DELIVERED' and actor = 'system' "
                + "and object_id = ?", mark, Provider.ALPHA.providerId.toString()) >= 1, "the delivery is audited as the platform's own work");
        assertEquals(List.of(), deInbox.newItemsAbout(Provider.ALPHA.providerId),
                "the DE authority has no jurisdiction over Alpha and is not told");
    }

    @Test
    void aNewLegalRepresentativeIsToldToTheAuthorityOfItsMemberState() throws Exception {
        String body = "{\"name\":\"Gamma EU Representative Ltd (demo)\",\"address\":\"2 Example Quay, Dublin\","
                + "\"email\":\"rep-" + UUID.randomUUID().toString().substring(0, 6) + "@gamma-eu.example\","
                + "\"phone\":\"+353 1 555 0104\",\"memberState\":\"ie\"}";
        Inbox ieInbox = Inbox.watch(Tokens.user("ca-ie"));
        Api.Response r = Api.putJson(ME + "/legal-representative", body, Tokens.provider(Provider.GAMMA));
        assertEquals(200, r.status(), r.toString());
        assertEquals("2 Example Quay, Dublin", providerRow(Provider.GAMMA).get("rep_address"));
        JsonObject told = ieInbox.awaitNew(Provider.GAMMA.providerId, "PROVIDER_CHANGED");
        assertEquals(List.of("LEGAL_REPRESENTATIVE"), Inbox.codes(told, "changes"), told.toString());
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
        List<String> fields = problem.getJsonArray("violations").stream().map(v -> v.asJsonObject().getString("field", "?")).toList();
        assertEquals(List.of("email", "languages", "phone"), fields, r::toString);
        assertEquals(before, providerRow(Provider.BETA));
    }

    @Test
    void aMemberStateThatIsNotInTheUnionIsRejectedByField() {
        Api.Response r = Api.putJson(ME + "/legal-representative",
                "{\"name\":\"R\",\"address\":\"A\",\"email\":\"r@example.org\",\"phone\":\"+44 20 7946 0958\",\"memberState\":\"GB\"}",
                Tokens.provider(Provider.GAMMA));
        assertEquals(400, r.status(), r.toString());
        assertEquals("memberState", r.json().getJsonArray("violations").getJsonObject(0).getString("field"));
    }

    @Test
    void anotherProvidersEntryDoesNotExistForAProviderAndTheAttemptIsAudited() {
        long mark = Fixtures.auditMark();
        String other = Provider.BETA.providerId.toString();
        Api.Response r = Api.get("/api/v1/providers/" + other, Tokens.provider(Provider.ALPHA));
        assertEquals(404, r.status(), r.toString());
        assertEquals("urn:eu:csar:problem:not-found", r.json().getString("type"));
        assertEquals(1, Db.count("select count(*) from audit_entries where seq > ? and actor = 'service-account-demo-provider-alpha' "
                + "and object_id = ? and outcome = 'NOT_FOUND'", mark, other), "the refused read is in the audit trail, attributed to the client");
    }

    @Test
    void aPersonWithoutTheProviderRoleIsForbiddenAndTheRefusalIsAudited() {
        long mark = Fixtures.auditMark();
        Api.Response r = Api.get(ME, Tokens.user("ca-nl"));
        assertEquals(403, r.status(), r.toString());
        assertEquals("urn:eu:csar:problem:forbidden", r.json().getString("type"));
        assertEquals(List.of(Map.of("action", "OPERATION_REFUSED", "object_type", "Operation",
                        "object_id", "ProviderSelfServiceResource.ownEntry")),
                Db.rows("select action, object_type, object_id from audit_entries where seq > ? and actor = 'ca-nl' "
                        + "and outcome = 'REFUSED'", mark), "one refusal, naming the operation, not the path the caller chose");
    }
}
