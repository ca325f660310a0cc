package eu.csar.it.support;

import jakarta.json.Json;
import jakarta.json.JsonObject;

import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * Real access tokens from the Keycloak that bin/test started (realm {@code eucentre}), never mocks.
 * People: password grant through the test-only public client {@code csar-tests}, which bin/test adds
 * to its Keycloak from {@code src/test/resources/keycloak/} (browsers use the
 * real login page instead, see {@link Browser}). Providers: client credentials of the demo provider
 * clients. All credentials are the realm's DEMO credentials.
 * <p>
 * A token is reused for the same client, user and password until a minute before it expires, as a
 * real client does: every password grant costs Keycloak a password hash and a session, and the
 * tests asked for several hundred.
 */
public final class Tokens {

    public static final String KEYCLOAK_URL = System.getProperty("csar.keycloak.url", "http://localhost:8180");
    public static final String TOKEN_ENDPOINT = KEYCLOAK_URL + "/realms/eucentre/protocol/openid-connect/token";
    public static final String DEMO_PASSWORD = "demo";

    /** The demo provider machine clients and the provider ids their tokens carry. */
    public enum Provider {
        ALPHA("demo-provider-alpha", "demo-secret-alpha", "7f3b1c2e-0a4d-4c1e-9b8a-1d2e3f4a5b01"),
        BETA("demo-provider-beta", "demo-secret-beta", "7f3b1c2e-0a4d-4c1e-9b8a-1d2e3f4a5b02"),
        GAMMA("demo-provider-gamma", "demo-secret-gamma", "7f3b1c2e-0a4d-4c1e-9b8a-1d2e3f4a5b03"),
        /** Zeta Net (NL): an internet access service and a search engine, for blocking and delisting orders. */
        ZETA("demo-provider-zeta", "demo-secret-zeta", "7f3b1c2e-0a4d-4c1e-9b8a-1d2e3f4a5b06");

        public final String clientId;
        public final String secret;
        public final UUID providerId;

        Provider(String clientId, String secret, String providerId) {
            this.clientId = clientId;
            this.secret = secret;
            this.providerId = UUID.fromString(providerId);
        }
    }

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    /** Kept this long before a cached token's expiry it is no longer handed out. */
    private static final Duration MARGIN = Duration.ofSeconds(60);
    private static final Map<String, Issued> CACHE = new ConcurrentHashMap<>();

    /** An access token and the instant after which it is no longer handed out. */
    private record Issued(String token, Instant useUntil) {
    }

    private Tokens() {
    }

    /** Access token of a demo user ({@code admin}, {@code ca-nl}, {@code ca-nl-de}, ...; password demo). */
    public static String user(String username) {
        return password(username, DEMO_PASSWORD);
    }

    public static String password(String username, String password) {
        return password("csar-tests", username, password);
    }

    /** Password grant through another test-only client that bin/test added (e.g. {@code csar-tests-no-audience}). */
    public static String password(String clientId, String username, String password) {
        return CACHE.compute(clientId + "\n" + username + "\n" + password, (key, issued) ->
                issued != null && Instant.now().isBefore(issued.useUntil()) ? issued : passwordGrant(clientId, username, password)).token();
    }

    private static Issued passwordGrant(String clientId, String username, String password) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("grant_type", "password");
        form.put("client_id", clientId);
        form.put("username", username);
        form.put("password", password);
        form.put("scope", "openid");
        return request(form);
    }

    /** Access token of a demo provider machine client (role {@code provider}, claim {@code provider_id}). */
    public static String provider(Provider provider) {
        return clientCredentials(provider.clientId, provider.secret);
    }

    public static String clientCredentials(String clientId, String secret) {
        return CACHE.compute(clientId + "\n" + secret, (key, issued) ->
                issued != null && Instant.now().isBefore(issued.useUntil()) ? issued : clientCredentialsGrant(clientId, secret)).token();
    }

    private static Issued clientCredentialsGrant(String clientId, String secret) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("grant_type", "client_credentials");
        form.put("client_id", clientId);
        form.put("client_secret", secret);
        return request(form);
    }

    private static Issued request(Map<String, String> form) {
        String body = form.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        HttpRequest request = HttpRequest.newBuilder(URI.create(TOKEN_ENDPOINT))
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
        try {
            HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("Keycloak refused a token for " + form.get("client_id") + "/"
                        + form.getOrDefault("username", "-") + ": " + response.statusCode() + " " + response.body()
                        + " (is Keycloak running? bin/test starts it)");
            }
            JsonObject json = Json.createReader(new StringReader(response.body())).readObject();
            Instant useUntil = Instant.now().plusSeconds(json.getJsonNumber("expires_in").longValue()).minus(MARGIN);
            return new Issued(json.getString("access_token"), useUntil);
        } catch (IOException e) {
            throw new IllegalStateException("Keycloak not reachable at " + TOKEN_ENDPOINT + " (bin/test starts it)", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
