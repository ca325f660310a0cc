package eu.csar.it.support;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;

import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * What a test needs, created by the test itself through the platform's own admin API (as the EU
 * Centre's systems would), so that no test depends on the demo data staying as it is or on another
 * test's leftovers. Names carry a random tag, so a test can find exactly its own rows.
 * <pre>
 * Fixtures.NewProvider p = Fixtures.provider("Zeta").establishedIn("NL").register();
 * Fixtures.suspend(p.id(), "test");
 * </pre>
 */
public final class Fixtures {

    private Fixtures() {
    }

    /** e.g. {@code "Zeta 3f9a1c2b"}: unique in the database, and searchable by its tag. */
    public static String unique(String name) {
        return name + " " + UUID.randomUUID().toString().substring(0, 8);
    }

    /** A provider as registered: id, legal name and the version to amend it with. */
    public record NewProvider(UUID id, String legalName, long version) {
    }

    public static ProviderBuilder provider(String name) {
        return new ProviderBuilder(unique(name));
    }

    /** The highest audit sequence number now: assert on entries after it, never on absolute counts. */
    public static long auditMark() {
        Object max = Db.value("select coalesce(max(seq), 0) from audit_entries");
        return ((Number) max).longValue();
    }

    public static JsonObject suspend(UUID providerId, String reason) {
        return statusChange(providerId, "{\"event\":\"SUSPEND\",\"reason\":\"" + reason + "\"}");
    }

    public static JsonObject reinstate(UUID providerId) {
        return statusChange(providerId, "{\"event\":\"REINSTATE\"}");
    }

    private static JsonObject statusChange(UUID providerId, String body) {
        Api.Response r = Api.postJson("/api/v1/providers/" + providerId + "/status-changes", body, Tokens.user("admin"));
        assertEquals(200, r.status(), r.toString());
        return r.json();
    }

    /** A valid registration, to adjust before sending. */
    public static final class ProviderBuilder {
        private final String legalName;
        private String establishment = "NL";
        private String representativeMemberState;
        private String contactEmail = "csa@" + UUID.randomUUID().toString().substring(0, 8) + ".example";

        private ProviderBuilder(String legalName) {
            this.legalName = legalName;
        }

        public ProviderBuilder establishedIn(String memberState) {
            this.establishment = memberState;
            return this;
        }

        /** No establishment in the Union, a legal representative in {@code memberState} (Art 24). */
        public ProviderBuilder representedIn(String memberState) {
            this.establishment = null;
            this.representativeMemberState = memberState;
            return this;
        }

        public ProviderBuilder contactEmail(String email) {
            this.contactEmail = email;
            return this;
        }

        public JsonObjectBuilder json() {
            JsonObjectBuilder b = Json.createObjectBuilder()
                    .add("legalName", legalName)
                    .add("serviceTypes", Json.createArrayBuilder().add("HOSTING"))
                    .add("services", Json.createArrayBuilder().add(Json.createObjectBuilder()
                            .add("name", "Box").add("type", "HOSTING").add("description", "File hosting (test)")
                            .add("offeredIn", offeredIn())))
                    .add("contactPoint", Json.createObjectBuilder().add("email", contactEmail)
                            .add("phone", "+31 20 555 0199").add("languages", Json.createArrayBuilder().add("en")));
            if (establishment != null) {
                b.add("mainEstablishment", establishment);
            }
            if (representativeMemberState != null) {
                b.add("legalRepresentative", Json.createObjectBuilder().add("name", "Rep of " + legalName)
                        .add("address", "1 Example Street").add("email", "rep@rep.example").add("phone", "+353 1 555 0100")
                        .add("memberState", representativeMemberState));
            }
            return b;
        }

        public NewProvider register() {
            Api.Response r = Api.postJson("/api/v1/providers", json().build().toString(), Tokens.user("admin"));
            assertEquals(201, r.status(), r.toString());
            JsonObject created = r.json();
            return new NewProvider(UUID.fromString(created.getString("id")), legalName, created.getJsonNumber("version").longValue());
        }

        private JsonArrayBuilder offeredIn() {
            return Json.createArrayBuilder().add(establishment != null ? establishment : representativeMemberState);
        }
    }
}
