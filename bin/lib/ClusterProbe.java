import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The two-node proof of bin/cluster probe: an indicator added through node A must be matchable on
 * node B within a second, without a rebuild. Grants the demo provider alpha MATCH access to
 * known-images (through node A), then N times: adds one synthetic indicator through node A's
 * test-support endpoint and, from the moment node A has answered (the row is committed), asks node
 * B's match API every 20 ms (PROBE_POLL_MS) until node B answers with that indicator. Prints each latency's
 * p50 / p99 / max. Run by bin/cluster with the nodes' base URLs, Keycloak's URL and N; a JDK 17
 * single-file program, so it needs no build.
 *
 * <p>Given the two nodes' server logs as well (bin/cluster passes them and switches the category
 * eu.csar.indicators.followup to DEBUG on both nodes), it joins their follow-up trace lines with its
 * own timings per change seq and prints where the time went, leg by leg: node A's after-commit
 * observer to its topic message, the message to node B's consumer (the Artemis cluster bridge), the
 * consumer to node B's index (the catch-up), node B's index to this probe seeing the indicator
 * (its poll interval and HTTP calls); and the slowest adds' timelines.
 */
public final class ClusterProbe {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final String ALPHA = "7f3b1c2e-0a4d-4c1e-9b8a-1d2e3f4a5b01";
    private static final long GIVE_UP_MS = 10_000;
    /**
     * How often node B is asked (PROBE_POLL_MS, default 20): every 5 ms kept node B's two cores busy
     * answering the probe (each match call is a committed, audited transaction) while it caught up.
     */
    private static final long POLL_MS = Long.parseLong(System.getenv().getOrDefault("PROBE_POLL_MS", "20"));

    /** One add as the probe saw it (epoch ms): sent, answered by node A (committed), seen on node B. */
    private record Add(long seq, long sent, long answered, long seen, int polls) {
    }

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
        List<Add> adds = new ArrayList<>();
        List<Double> latencies = new ArrayList<>();
        int missed = 0;
        for (int i = 0; i < rounds; i++) {
            long sent = System.currentTimeMillis();
            HttpResponse<String> added = post(nodeA + "/test-support/indicators", admin,
                    "{\"set\":\"known-images\",\"count\":1,\"seed\":" + random.nextLong() + ",\"clusterSize\":1}");
            expect(added, 200, "indicator added on node A");
            long committed = System.nanoTime();
            long answered = System.currentTimeMillis();
            long seq = Long.parseLong(number(added.body(), "upToSeq"));
            String value = field(added.body(), "value");
            String id = field(added.body(), "id");
            String query = "{\"hashes\":[{\"kind\":\"PDQ\",\"hash\":\"" + value + "\"}]}";
            boolean seen = false;
            int polls = 0;
            while (!seen && (System.nanoTime() - committed) / 1_000_000 < GIVE_UP_MS) {
                HttpResponse<String> match = post(nodeB + "/api/v1/indicators/match", provider, query);
                polls++;
                expect(match, 200, "match on node B");
                seen = match.body().contains(id);
                if (!seen) {
                    Thread.sleep(POLL_MS);
                }
            }
            if (seen) {
                latencies.add((System.nanoTime() - committed) / 1e6);
                adds.add(new Add(seq, sent, answered, System.currentTimeMillis(), polls));
            } else {
                missed++;
            }
        }
        Collections.sort(latencies);
        System.out.printf("follow-up latency node A -> node B over %d adds: p50 %.0f ms, p99 %.0f ms, max %.0f ms; not seen within %d s: %d%n",
                latencies.size(), pct(latencies, 50), pct(latencies, 99), latencies.isEmpty() ? Double.NaN : latencies.get(latencies.size() - 1),
                GIVE_UP_MS / 1000, missed);
        if (args.length >= 6) {
            legs(adds, trace(Path.of(args[4])), trace(Path.of(args[5])));
        }
        if (missed > 0 || pct(latencies, 99) >= 1000) {
            System.exit(1);
        }
    }

    /** A follow-up trace line of a node's log: leg, seq, epoch ms. */
    private record Mark(String leg, long seq, long at, String detail) {
    }

    private static final Pattern MARK = Pattern.compile("follow-up (\\w+) seq=(-?\\d+) at=(\\d+) ?(.*)");

    private static List<Mark> trace(Path log) throws Exception {
        List<Mark> marks = new ArrayList<>();
        if (!Files.exists(log)) {
            return marks;
        }
        for (String line : Files.readAllLines(log, StandardCharsets.UTF_8)) {
            Matcher m = MARK.matcher(line);
            if (m.find()) {
                marks.add(new Mark(m.group(1), Long.parseLong(m.group(2)), Long.parseLong(m.group(3)), m.group(4)));
            }
        }
        return marks;
    }

    /** The first mark of {@code leg} covering {@code seq} (its seq at least that) at or after {@code from}. */
    private static Mark first(List<Mark> marks, String leg, long seq, long from) {
        for (Mark m : marks) {
            if (m.leg().equals(leg) && m.seq() >= seq && m.at() >= from) {
                return m;
            }
        }
        return null;
    }

    /** Joins both nodes' trace with the probe's timings and prints each leg's p50 / p99 / max and the slowest adds. */
    private static void legs(List<Add> adds, List<Mark> a, List<Mark> b) {
        if (a.isEmpty() || b.isEmpty()) {
            System.out.println("no follow-up trace in the node logs (category eu.csar.indicators.followup at DEBUG)");
            return;
        }
        Map<String, List<Double>> legs = new LinkedHashMap<>();
        for (String leg : List.of("add answered after commit (A)", "commit -> published (A relay)", "published -> received (B consumer)",
                "received -> applied (B catch-up)", "applied on B -> seen by probe", "probe latency (answered -> seen)")) {
            legs.put(leg, new ArrayList<>());
        }
        int byPoll = 0;
        int untraced = 0;
        List<String[]> timelines = new ArrayList<>();
        for (Add add : adds) {
            Mark committed = first(a, "committed", add.seq(), add.sent() - 1000);
            Mark published = committed == null ? null : first(a, "published", add.seq(), committed.at());
            Mark received = published == null ? null : first(b, "received", add.seq(), published.at() - 5);
            Mark applied = committed == null ? null : first(b, "applied", add.seq(), committed.at());
            if (committed == null || applied == null) {
                untraced++;
                continue;
            }
            legs.get("add answered after commit (A)").add((double) (add.answered() - committed.at()));
            if (published != null) {
                legs.get("commit -> published (A relay)").add((double) (published.at() - committed.at()));
            }
            if (published != null && received != null) {
                legs.get("published -> received (B consumer)").add((double) (received.at() - published.at()));
            }
            if (received != null && applied.at() >= received.at()) {
                legs.get("received -> applied (B catch-up)").add((double) (applied.at() - received.at()));
            } else {
                byPoll++;
            }
            legs.get("applied on B -> seen by probe").add((double) (add.seen() - applied.at()));
            legs.get("probe latency (answered -> seen)").add((double) (add.seen() - add.answered()));
            timelines.add(new String[] {Long.toString(add.seen() - add.answered()), String.format(
                    "seq %d: probe latency %d ms; answered +%d after commit, published +%s, B received +%s, B applied +%d (%s), seen +%d, %d polls",
                    add.seq(), add.seen() - add.answered(), add.answered() - committed.at(),
                    published == null ? "-" : Long.toString(published.at() - committed.at()),
                    received == null ? "-" : Long.toString(received.at() - committed.at()), applied.at() - committed.at(), applied.detail(),
                    add.seen() - committed.at(), add.polls())});
        }
        System.out.printf("where the time went (ms, from both nodes' follow-up trace; %d adds traced, %d not; %d applied on B before"
                + " its consumer had the message, i.e. by the poll or an earlier catch-up):%n", timelines.size(), untraced, byPoll);
        for (Map.Entry<String, List<Double>> leg : legs.entrySet()) {
            List<Double> v = leg.getValue();
            Collections.sort(v);
            System.out.printf("  %-38s n=%3d  p50 %6.0f  p99 %6.0f  max %6.0f%n", leg.getKey(), v.size(), pct(v, 50), pct(v, 99),
                    v.isEmpty() ? Double.NaN : v.get(v.size() - 1));
        }
        timelines.sort(Comparator.comparingLong((String[] t) -> Long.parseLong(t[0])).reversed());
        System.out.println("slowest adds (ms after node A's commit):");
        timelines.stream().limit(5).forEach(t -> System.out.println("  " + t[1]));
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

    /** The first number value of {@code name} in a JSON text. */
    private static String number(String json, String name) {
        Matcher m = Pattern.compile("\"" + Pattern.quote(name) + "\"\\s*:\\s*(\\d+)").matcher(json);
        if (!m.find()) {
            throw new IllegalStateException("no " + name + " in " + json);
        }
        return m.group(1);
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
