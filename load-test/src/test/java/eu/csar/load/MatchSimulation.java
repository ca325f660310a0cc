package eu.csar.load;

import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.constantConcurrentUsers;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

/**
 * Match as a service under load (docs/indicator-matching.md): {@code indicators} synthetic PDQ
 * indicators in known-images (clusters of 10, through /test-support/indicators, default 100,000),
 * a live MATCH grant for the demo provider Alpha, its rate limit lifted; then {@code users}
 * providers' clients send batches of 1,000 hashes (90% random, 10% near-duplicates of inserted
 * indicators, a few bits flipped) for {@code seconds}. Each request is one batch: Gatling's p99 is
 * the p99 per batch; hashes/s = requests/s × 1,000.
 */
public class MatchSimulation extends Simulation {

    static final int INDICATORS = Integer.getInteger("indicators", 100_000);
    static final int BATCHES = 64;
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private static final Pattern ACCESS_TOKEN = Pattern.compile("\"access_token\"\\s*:\\s*\"([^\"]+)\"");
    private static final Pattern VALUE = Pattern.compile("\"value\"\\s*:\\s*\"([0-9a-f]{64})\"");
    private static final Pattern NOW = Pattern.compile("\"now\"\\s*:\\s*\"([^\"]+)\"");

    private final String admin = LoadSetup.token("admin");
    private final List<String> seeds = setUpIndicators();
    private final String provider = clientToken("demo-provider-alpha", "demo-secret-alpha");
    private final List<String> bodies = batches();
    private final AtomicInteger next = new AtomicInteger();

    private final HttpProtocolBuilder protocol = http.baseUrl(LoadSetup.BASE_URL)
            .acceptHeader("application/json")
            .authorizationHeader("Bearer " + provider)
            .shareConnections();

    private final ScenarioBuilder matchers = scenario("match batch of 1000")
            .during(LoadSetup.DURATION).on(
                    exec(http("match 1000").post("/api/v1/indicators/match")
                            .header("Content-Type", "application/json")
                            .body(StringBody(session -> bodies.get(Math.floorMod(next.getAndIncrement(), bodies.size()))))
                            .check(status().is(200))));

    {
        setUp(matchers.injectClosed(constantConcurrentUsers(LoadSetup.USERS).during(1))).protocols(protocol);
    }

    /** Inserts the indicators in steps, grants Alpha, lifts its rate limit; returns inserted values to derive near-duplicates from. */
    private List<String> setUpIndicators() {
        List<String> values = new ArrayList<>();
        int step = 500_000;
        for (int done = 0; done < INDICATORS; done += step) {
            int n = Math.min(step, INDICATORS - done);
            String body = "{\"set\":\"known-images\",\"count\":" + n + ",\"seed\":" + (System.nanoTime() + done) + ",\"clusterSize\":10}";
            HttpResponse<String> r = post("/test-support/indicators", body, admin);
            require(r, 200, "insert synthetic indicators");
            Matcher m = VALUE.matcher(r.body());
            while (m.find()) {
                values.add(m.group(1));
            }
        }
        HttpResponse<String> clock = send(HttpRequest.newBuilder(URI.create(LoadSetup.BASE_URL + "/test-support/clock"))
                .header("Authorization", "Bearer " + admin).GET().build());
        Matcher now = NOW.matcher(clock.body());
        Instant from = now.find() ? Instant.parse(now.group(1)).minus(Duration.ofHours(1)) : Instant.now().minus(Duration.ofHours(1));
        String grant = "{\"providerId\":\"7f3b1c2e-0a4d-4c1e-9b8a-1d2e3f4a5b01\",\"setId\":\"00000000-0000-4000-8000-000000000441\","
                + "\"validFrom\":\"" + from + "\",\"validUntil\":\"" + from.plus(Duration.ofDays(30)) + "\",\"profile\":\"COUNCIL-GA-2025\","
                + "\"legalBasis\":\"VOLUNTARY_DETECTION\",\"purpose\":\"load test\",\"access\":\"MATCH\"}";
        require(send(HttpRequest.newBuilder(URI.create(LoadSetup.BASE_URL + "/api/v1/indicator-grants"))
                .header("Authorization", "Bearer " + admin).header("Content-Type", "application/json")
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .POST(HttpRequest.BodyPublishers.ofString(grant)).build()), 201, "grant");
        require(post("/test-support/indicators/match-settings", "{\"hashesPerSecond\":100000000,\"burst\":100000000}", admin),
                200, "lift the rate limit");
        if (values.isEmpty()) {
            throw new IllegalStateException("no sample values came back");
        }
        return values;
    }

    /** {@value #BATCHES} bodies of 1,000 PDQ hashes: 900 random, 100 within a few bits of an inserted one. */
    private List<String> batches() {
        SplittableRandom random = new SplittableRandom(7);
        List<String> out = new ArrayList<>();
        for (int b = 0; b < BATCHES; b++) {
            StringBuilder body = new StringBuilder(80_000).append("{\"hashes\":[");
            for (int i = 0; i < 1000; i++) {
                String hex = i % 10 == 0 ? flip(seeds.get(random.nextInt(seeds.size())), random, 1 + random.nextInt(8)) : random(random);
                body.append(i == 0 ? "" : ",").append("{\"kind\":\"PDQ\",\"hash\":\"").append(hex).append("\"}");
            }
            out.add(body.append("]}").toString());
        }
        return out;
    }

    private static String random(SplittableRandom random) {
        StringBuilder hex = new StringBuilder(64);
        for (int w = 0; w < 4; w++) {
            hex.append(String.format("%016x", random.nextLong()));
        }
        return hex.toString();
    }

    private static String flip(String hex, SplittableRandom random, int bits) {
        char[] c = hex.toCharArray();
        for (int f = 0; f < bits; f++) {
            int nibble = random.nextInt(64);
            int v = Character.digit(c[nibble], 16) ^ (1 << random.nextInt(4));
            c[nibble] = Character.forDigit(v, 16);
        }
        return new String(c);
    }

    private static String clientToken(String clientId, String secret) {
        String form = "grant_type=client_credentials&client_id=" + URLEncoder.encode(clientId, StandardCharsets.UTF_8)
                + "&client_secret=" + URLEncoder.encode(secret, StandardCharsets.UTF_8);
        HttpResponse<String> r = send(HttpRequest.newBuilder(URI.create(LoadSetup.KEYCLOAK_URL + "/realms/eucentre/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(form)).build());
        Matcher m = ACCESS_TOKEN.matcher(r.body());
        if (r.statusCode() != 200 || !m.find()) {
            throw new IllegalStateException("no token for " + clientId + ": " + r.statusCode() + " " + r.body());
        }
        return m.group(1);
    }

    private static HttpResponse<String> post(String path, String json, String token) {
        return send(HttpRequest.newBuilder(URI.create(LoadSetup.BASE_URL + path)).timeout(Duration.ofMinutes(30))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build());
    }

    private static void require(HttpResponse<String> r, int status, String what) {
        if (r.statusCode() != status) {
            throw new IllegalStateException(what + ": " + r.statusCode() + " " + r.body());
        }
    }

    private static HttpResponse<String> send(HttpRequest request) {
        try {
            return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
