package eu.csar.it.hardening;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The realm that bin/up imports (wildfly-config/keycloak/eucentre-realm.json), read as a file: no
 * password-grant client (the tests' clients are added by bin/test to its own Keycloak only), every
 * client whose tokens reach the platform puts csar-portal in their audience, Dutch and English on
 * the login page, and the platform's one name.
 */
class DemoRealmTest {

    private static final Path REALM = Path.of("../wildfly-config/keycloak/eucentre-realm.json");
    private static final Path TEST_CLIENTS = Path.of("src/test/resources/keycloak");

    private static JsonObject read(Path file) throws IOException {
        try (Reader in = Files.newBufferedReader(file); JsonReader json = Json.createReader(in)) {
            return json.readObject();
        }
    }

    private static List<JsonObject> clients() throws IOException {
        return read(REALM).getJsonArray("clients").getValuesAs(JsonObject.class);
    }

    private static boolean hasPortalAudience(JsonObject client) {
        return client.getJsonArray("protocolMappers").getValuesAs(JsonObject.class).stream()
                .anyMatch(m -> "oidc-audience-mapper".equals(m.getString("protocolMapper"))
                        && "csar-portal".equals(m.getJsonObject("config").getString("included.client.audience"))
                        && "true".equals(m.getJsonObject("config").getString("access.token.claim")));
    }

    @Test
    void theRealmOfBinUpHasNoPasswordGrantClient() throws IOException {
        for (JsonObject client : clients()) {
            assertFalse(client.getBoolean("directAccessGrantsEnabled", false),
                    client.getString("clientId") + " offers the password grant");
            assertFalse(client.getString("clientId").startsWith("csar-tests"), client.getString("clientId"));
        }
    }

    @Test
    void everyClientOfTheRealmIssuesTokensForThePlatform() throws IOException {
        for (JsonObject client : clients()) {
            assertTrue(hasPortalAudience(client), client.getString("clientId") + " lacks the csar-portal audience");
        }
    }

    @Test
    void theTestClientsLiveWithTheTestsAndOnlyOneOfThemIsForThePlatform() throws IOException {
        JsonObject tests = read(TEST_CLIENTS.resolve("csar-tests.json"));
        JsonObject other = read(TEST_CLIENTS.resolve("csar-tests-no-audience.json"));
        assertEquals("csar-tests", tests.getString("clientId"));
        assertTrue(hasPortalAudience(tests));
        assertEquals("csar-tests-no-audience", other.getString("clientId"));
        assertFalse(hasPortalAudience(other));
    }

    @Test
    void theLoginPageSpeaksDutchAndEnglishAndUsesThePlatformsName() throws IOException {
        JsonObject realm = read(REALM);
        assertTrue(realm.getBoolean("internationalizationEnabled"));
        assertEquals(List.of("en", "nl"), realm.getJsonArray("supportedLocales").getValuesAs(JsonValue.class).stream()
                .map(v -> ((jakarta.json.JsonString) v).getString()).sorted().toList());

        Properties messages = new Properties();
        try (Reader in = Files.newBufferedReader(Path.of("../web/src/main/resources/eu/csar/web/messages_en.properties"))) {
            messages.load(in);
        }
        assertEquals(messages.getProperty("app.short"), realm.getString("displayName"));
        assertEquals(messages.getProperty("app.short"), realm.getString("displayNameHtml"));
    }
}
