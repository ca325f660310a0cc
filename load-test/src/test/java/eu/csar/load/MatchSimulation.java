package eu.csar.load;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.http.HttpProtocolBuilder;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
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
import static io.gatling.javaapi.core.CoreDsl.bodyString;
import static io.gatling.javaapi.core.CoreDsl.constantConcurrentUsers;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

/**
 * Match as a service under load (docs/indicator-matching.md): {@code indicators} synthetic PDQ
 * indicators in known-images (default 100,000), which bin/load seeds into the database before the
 * node starts (StartupSeed: the first {@code indicators} rows of {@link SyntheticPdqList} for
 * {@code seed} and {@code cluster}), so that the node loads them once at start-up; a live MATCH grant
 * for the demo provider Alpha, its rate limit lifted; then {@code users} providers' clients send
 * batches of 1,000 hashes ({@code near}% near-duplicates of seeded indicators with 1..8 bits flipped,
 * default 10; the rest random) for {@code seconds}. The simulation replays the same list to pick the
 * indicators it derives near-duplicates from, and first checks that the node's index holds the
 * whole list; all of this before the measured part ({@link MeasuredSimulation}), the replay
 * only once per list (its values kept in a file, {@link #preparedSamples}). Each answer is checked: 1,000 lines, and exactly the near-duplicate lines have
 * matches. Each request is one batch: Gatling's p99 is the p99 per batch; hashes/s = requests/s ×
 * 1,000.
 */
public class MatchSimulation extends MeasuredSimulation {

    static final int INDICATORS = Integer.getInteger("indicators", 100_000);
    /** The list's seed and group size: what bin/load gave StartupSeed. */
    static final long SEED = Long.getLong("seed", 9);
    static final int CLUSTER = Integer.getInteger("cluster", 10);
    /** Percent of each batch that are near-duplicates of seeded indicators (the rest: random hashes). */
    static final int NEAR_PERCENT = Integer.getInteger("near", 10);
    static final int BATCHES = 64;
    /** Seeded indicators to derive near-duplicates from, spread evenly over the list. */
    static final int SAMPLES = 10_000;
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private static final Pattern ACCESS_TOKEN = Pattern.compile("\"access_token\"\\s*:\\s*\"([^\"]+)\"");
    private static final Pattern NOW = Pattern.compile("\"now\"\\s*:\\s*\"([^\"]+)\"");
    private static final Pattern SIZE = Pattern.compile("\"size\"\\s*:\\s*(\\d+)");
    private static final Pattern LOADED = Pattern.compile("\"loaded\"\\s*:\\s*true");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final String admin = LoadSetup.token("admin");
    private final List<String> sampled = setUpIndicators();
    private final String provider = clientToken("demo-provider-alpha", "demo-secret-alpha");
    private final List<String> bodies = new ArrayList<>();
    /** Per body: the lines (1-based) that must match, the near-duplicates; random lines must not. */
    private final List<String> expected = new ArrayList<>();
    private final AtomicInteger next = new AtomicInteger();

    {
        batches();
    }

    private final HttpProtocolBuilder protocol = http.baseUrl(LoadSetup.BASE_URL)
            .acceptHeader("application/json")
            .authorizationHeader("Bearer " + provider)
            .shareConnections();

    private final ScenarioBuilder matchers = scenario("match batch of 1000")
            .during(LoadSetup.DURATION).on(
                    exec(session -> session.set("batch", Math.floorMod(next.getAndIncrement(), bodies.size())))
                            .exec(http("match 1000").post("/api/v1/indicators/match")
                                    .header("Content-Type", "application/json")
                                    .body(StringBody(session -> bodies.get(session.getInt("batch"))))
                                    .check(status().is(200))
                                    .check(bodyString().transform(MatchSimulation::matchedLines)
                                            .is(session -> expected.get(session.getInt("batch"))))));

    {
        setUp(matchers.injectClosed(constantConcurrentUsers(LoadSetup.USERS).during(1))).protocols(protocol);
    }

    /**
     * Checks that the node's index holds the seeded list, grants Alpha, lifts its rate limit; returns
     * the sampled values to derive near-duplicates from.
     */
    private List<String> setUpIndicators() {
        awaitIndex();
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
        // The rate limit lifted through its setting; the flood rule too: the same sampled indicators
        // are matched over and over, which would quarantine them (and change the answers) mid-run.
        require(post("/test-support/indicators/match-settings",
                        "{\"hashesPerSecond\":100000000,\"burst\":100000000,\"floodMinCount\":1000000000000}", admin),
                200, "lift the rate limit");
        return preparedSamples();
    }

    /**
     * The values to derive near-duplicates from: read from the file a first run wrote
     * ({@code prepared} names its folder; bin/load passes load-test/target), else the list replayed
     * (about 13 s of one core at 10 million) and written there for the next runs. Either way before
     * the measured part starts ({@link MeasuredSimulation}).
     */
    static List<String> preparedSamples() {
        String folder = System.getProperty("prepared", "");
        if (folder.isEmpty()) {
            return samples();
        }
        Path file = Path.of(folder, "match-samples-" + INDICATORS + "-" + CLUSTER + "-" + SEED + ".txt");
        try {
            if (Files.exists(file)) {
                List<String> values = Files.readAllLines(file);
                System.out.println("near-duplicate centres from " + file + ": " + values.size());
                return values;
            }
            List<String> values = samples();
            Path part = Path.of(file + ".part");
            Files.write(part, values);
            Files.move(part, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return values;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@value #SAMPLES} values of the seeded list (or all of a shorter one), evenly spread: the list replayed from its seed. */
    static List<String> samples() {
        SyntheticPdqList list = new SyntheticPdqList(SEED, CLUSTER);
        int every = Math.max(1, INDICATORS / SAMPLES);
        List<String> values = new ArrayList<>();
        for (int k = 0; k < INDICATORS; k++) {
            SyntheticPdqList.Entry e = list.next();
            if (k % every == 0) {
                values.add(e.hex());
            }
        }
        return values;
    }

    /**
     * Waits until the node's index is loaded and holds at least the seeded list (the node loads it at
     * start-up, before it is ready; this catches a database seeded with fewer rows or another list).
     */
    private void awaitIndex() {
        long deadline = System.nanoTime() + Duration.ofMinutes(10).toNanos();
        String body = "";
        while (System.nanoTime() < deadline) {
            body = send(HttpRequest.newBuilder(URI.create(LoadSetup.BASE_URL + "/test-support/indicators/index"))
                    .header("Authorization", "Bearer " + admin).GET().build()).body();
            Matcher size = SIZE.matcher(body);
            if (LOADED.matcher(body).find() && size.find() && Long.parseLong(size.group(1)) >= INDICATORS) {
                System.out.println("the node's index holds " + size.group(1) + " indicators");
                return;
            }
            try {
                Thread.sleep(1000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new IllegalStateException("the node's index does not hold the " + INDICATORS + " seeded indicators after 10 minutes"
                + " (was the database seeded by bin/load match?): " + body);
    }

    /**
     * {@value #BATCHES} bodies of 1,000 PDQ hashes: {@link #NEAR_PERCENT}% within 1..8 bits of a
     * seeded one (spread evenly over the batch), the rest random (a random 256-bit hash is within
     * 31 bits of none of them, for all practical purposes).
     */
    private void batches() {
        SplittableRandom random = new SplittableRandom(7);
        for (int b = 0; b < BATCHES; b++) {
            StringBuilder body = new StringBuilder(80_000).append("{\"hashes\":[");
            List<Integer> near = new ArrayList<>();
            for (int i = 0; i < 1000; i++) {
                boolean nearDuplicate = (i + 1) * NEAR_PERCENT / 100 > i * NEAR_PERCENT / 100;
                String hex = nearDuplicate ? flip(sampled.get(random.nextInt(sampled.size())), random, 1 + random.nextInt(8)) : random(random);
                if (nearDuplicate) {
                    near.add(i + 1);
                }
                body.append(i == 0 ? "" : ",").append("{\"kind\":\"PDQ\",\"hash\":\"").append(hex).append("\"}");
            }
            bodies.add(body.append("]}").toString());
            expected.add(near.toString());
        }
    }

    /** The lines of an answer that have at least one match, as a list's text ("[1, 11, ...]"), or why the answer is wrong. */
    static String matchedLines(String answer) {
        try {
            JsonNode root = JSON.readTree(answer);
            List<Integer> lines = new ArrayList<>();
            for (JsonNode line : root.path("results")) {
                if (!line.path("matches").isEmpty()) {
                    lines.add(line.path("line").asInt());
                }
            }
            if (root.path("results").size() != 1000 || root.path("hashes").asInt() != 1000) {
                return "not 1,000 lines: " + root.path("results").size();
            }
            return lines.toString();
        } catch (java.io.IOException e) {
            return "not JSON: " + e.getMessage();
        }
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
