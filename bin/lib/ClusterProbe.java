import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The two-node proof of bin/cluster probe: an indicator added through node A must be matchable on
 * node B within a second, without a rebuild. Grants the demo provider alpha MATCH access to
 * known-images (through node A), then N times: adds one synthetic indicator through node A's
 * test-support endpoint and, from the moment node A has answered (the row is committed), asks node
 * B's match API every 5 ms until node B answers with that indicator. Prints each latency's
 * p50 / p99 / max. Run by bin/cluster with the nodes' base URLs, Keycloak's URL and N; a JDK 17
 * single-file program, so it needs no build.
 */
public final class ClusterProbe {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final String ALPHA = "7f3b1c2e-0a4d-4c1e-9b8a-1d2e3f4a5b01";
    private static final long GIVE_UP_MS = 10_000;

    public static void main(String[] args) throws Exception {
        String nodeA = args[0];
        String nodeB = args[1];
        String keycloak = args[2];
        int rounds = Integer.parseInt(args[3]);
        String tokenUrl = keycloak + "/realms/eucentre/protocol/openid-connect/token";
        String admin = token(tokenUrl, "grant_type=password&client_id=csar-tests&username=admin&password=demo");
        String provider = token(tokenUrl, "grant_type=client_credentials&client_id=demo-provider-alpha&client_secret=demo-secret-alpha");

        Instant now = Instant.now();
        String grant = "{\"providerId\":\"" + ALPHA + "\",\"setId\":\"00000000-0000-4000-8000-000000000441\","
                + "\"validFrom\":\"" + now.minus(1, ChronoUnit.HOURS) + "\",\"validUntil\":\"" + now.plus(1, ChronoUnit.DAYS)
                + "\",\"profile\":\"COM-2022-209\",\"legalBasis\":\"DETECTION_ORDER\",\"orderReference\":\"CLUSTER-PROBE-"
                + now.toEpochMilli() + "\",\"purpose\":\"two-node follow-up probe (synthetic hashes)\",\"access\":\"MATCH\"}";
        expect(post(nodeA + "/api/v1/indicator-grants", admin, grant), 201, "grant on node A");

        Random random = new Random();
        List<Double> latencies = new ArrayList<>();
        int missed = 0;
        for (int i = 0; i < rounds; i++) {
            HttpResponse<String> added = post(nodeA + "/test-support/indicators", admin,
                    "{\"set\":\"known-images\",\"count\":1,\"seed\":" + random.nextLong() + ",\"clusterSize\":1}");
            expect(added, 200, "indicator added on node A");
            long committed = System.nanoTime();
            String value = field(added.body(), "value");
            String id = field(added.body(), "id");
            String query = "{\"hashes\":[{\"kind\":\"PDQ\",\"hash\":\"" + value + "\"}]}";
            boolean seen = false;
            while (!seen && (System.nanoTime() - committed) / 1_000_000 < GIVE_UP_MS) {
                HttpResponse<String> match = post(nodeB + "/api/v1/indicators/match", provider, query);
                expect(match, 200, "match on node B");
                seen = match.body().contains(id);
                if (!seen) {
                    Thread.sleep(5);
                }
            }
            if (seen) {
                latencies.add((System.nanoTime() - committed) / 1e6);
            } else {
                missed++;
            }
        }
        Collections.sort(latencies);
        System.out.printf("follow-up latency node A -> node B over %d adds: p50 %.0f ms, p99 %.0f ms, max %.0f ms; not seen within %d s: %d%n",
                latencies.size(), pct(latencies, 50), pct(latencies, 99), latencies.isEmpty() ? Double.NaN : latencies.get(latencies.size() - 1),
                GIVE_UP_MS / 1000, missed);
        if (missed > 0 || pct(latencies, 99) >= 1000) {
            System.exit(1);
        }
    }

    private static double pct(List<Double> sorted, int p) {
        if (sorted.isEmpty()) {
            return Double.NaN;
        }
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1));
    }

    private static String token(String url, String form) throws Exception {
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(url))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        expect(r, 200, "token from " + url + " (" + URLEncoder.encode(form.replaceAll("secret=[^&]*|password=[^&]*", ""), StandardCharsets.UTF_8) + ")");
        return field(r.body(), "access_token");
    }

    private static HttpResponse<String> post(String url, String token, String json) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json").header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static void expect(HttpResponse<String> r, int status, String what) {
        if (r.statusCode() != status) {
            throw new IllegalStateException(what + ": HTTP " + r.statusCode() + " " + r.body());
        }
    }

    /** The first string value of {@code name} in a JSON text (the answers here are small and flat enough). */
    private static String field(String json, String name) {
        Matcher m = Pattern.compile("\"" + Pattern.quote(name) + "\"\\s*:\\s*\"([^\"]*)\"").matcher(json);
        if (!m.find()) {
            throw new IllegalStateException("no " + name + " in " + json);
        }
        return m.group(1);
    }
}
