package eu.csar.load;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What every simulation needs before its users start, done once with the JDK's HTTP client: the
 * settings (system properties that bin/load passes), an access token of the demo admin (password
 * grant of the test-only client {@code csar-tests} that bin/load adds to Keycloak; DEMO credential),
 * and one freshly registered provider per virtual user, so that concurrent writers never contend
 * on one row.
 */
final class LoadSetup {

    static final String BASE_URL = System.getProperty("csar.url", "http://localhost:8080");
    static final String KEYCLOAK_URL = System.getProperty("csar.keycloak.url", "http://localhost:8180");
    static final int USERS = Integer.getInteger("users", 1);
    static final Duration DURATION = Duration.ofSeconds(Integer.getInteger("seconds", 30));
    static final String RUN_TAG = UUID.randomUUID().toString().substring(0, 8);

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private static final Pattern ACCESS_TOKEN = Pattern.compile("\"access_token\"\\s*:\\s*\"([^\"]+)\"");
    private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*\"([0-9a-f-]{36})\"");

    private LoadSetup() {
    }

    /** A bearer token of the demo user {@code username} (password demo). */
    static String token(String username) {
        return token("eucentre", "grant_type=password&client_id=csar-tests&username=" + URLEncoder.encode(username, StandardCharsets.UTF_8)
                + "&password=demo", username);
    }

    /** A bearer token from {@code realm}'s token endpoint for the form {@code form}; {@code who} names it in an error. */
    static String token(String realm, String form, String who) {
        HttpResponse<String> r = send(HttpRequest.newBuilder(URI.create(KEYCLOAK_URL + "/realms/" + realm + "/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(form)).build());
        Matcher m = ACCESS_TOKEN.matcher(r.body());
        if (r.statusCode() != 200 || !m.find()) {
            throw new IllegalStateException("no token for " + who + ": " + r.statusCode() + " " + r.body());
        }
        return m.group(1);
    }

    /** Registers {@code count} providers (established in NL) and returns their ids. */
    static List<String> registerProviders(String token, int count) {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            ids.add(registerProvider(token, profile("Load " + RUN_TAG + " " + i, "load-" + i + "@" + RUN_TAG + ".example", null)));
        }
        return ids;
    }

    /** Registers the provider entry {@code body} (as {@link #profile} writes it) and returns its id. */
    static String registerProvider(String token, String body) {
        HttpResponse<String> r = send(HttpRequest.newBuilder(URI.create(BASE_URL + "/api/v1/providers"))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
        Matcher m = ID.matcher(r.body());
        if (r.statusCode() != 201 || !m.find()) {
            throw new IllegalStateException("could not register a provider: " + r.statusCode() + " " + r.body());
        }
        return m.group(1);
    }

    /** A whole provider entry; with a version it is an amendment. */
    static String profile(String legalName, String contactEmail, Long version) {
        return profile(legalName, contactEmail, version, null);
    }

    /** A whole provider entry with its signing key (a PEM public key; none when null). */
    static String profile(String legalName, String contactEmail, Long version, String signingPublicKey) {
        return "{\"legalName\":\"" + legalName + "\",\"serviceTypes\":[\"HOSTING\"],"
                + "\"services\":[{\"name\":\"Box\",\"type\":\"HOSTING\",\"description\":\"File hosting (load test)\",\"offeredIn\":[\"NL\"]}],"
                + "\"mainEstablishment\":\"NL\","
                + "\"contactPoint\":{\"email\":\"" + contactEmail + "\",\"phone\":\"+31 20 555 0199\",\"languages\":[\"en\"]}"
                + (version == null ? "" : ",\"version\":" + version)
                + (signingPublicKey == null ? "" : ",\"signingPublicKey\":\"" + signingPublicKey.replace("\n", "\\n") + "\"") + "}";
    }

    static HttpResponse<String> send(HttpRequest request) {
        try {
            return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException("cannot reach " + request.uri(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
