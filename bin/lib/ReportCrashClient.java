import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The load client of bin/crash-test reports and receiver-down (issue 11 §6): a provider's integration
 * and a reviewer, as a real partner would behave while the platform crashes under them.
 *
 * <p>THREADS provider threads submit REPORTS one-call reports ({@code POST /api/v1/reports/complete})
 * of the demo provider alpha, each with synthetic hashes (an MD5 and a PDQ), signed with a detached
 * ES256 JWS over the RFC 8785 canonical document the client writes itself (docs/reports.md "The
 * canonical document"), and each with its own {@code Idempotency-Key}. A request that gets no answer
 * (connection refused or reset, a timeout) or an answer that is not the platform's (5xx, a 404 or 503
 * while the server starts) is sent again with the SAME key and the same bytes, until it gets a 2xx.
 * Every key is written to {@code keys.tsv} before its first request, every 2xx to {@code accepted.tsv}
 * (key, report id, status, attempts, whether it was a replay), so bin/crash-test can compare them with
 * PostgreSQL and choose when to kill the server.
 *
 * <p>One reviewer thread (demo user reviewer, role centre-reviewer) takes each accepted report, claims
 * it ({@code POST /api/v1/review/reports/{id}/claim}) and decides to forward it to NL and Europol
 * ({@code /forward}), retrying in the same way; these two calls take no key, so a forward whose answer
 * was lost and that answers 409 on its retry is settled by reading the report's state as its provider.
 * Each decision goes to {@code forwarded.tsv} (report id, how it was learnt). Exits 0 once every report
 * is accepted and forwarded, 1 on an answer that a retry must never get (409 for a taken id, 422 for a
 * reused key, any other 4xx) or when DEADLINE_SECONDS pass first. JDK 17 single-file program: no build.
 *
 * <p>Arguments: WildFly URL, Keycloak URL, reports, threads, output directory, the provider's private
 * key (PKCS#8 DER, EC P-256, registered by the caller as alpha's signing key).
 */
public final class ReportCrashClient {

    private static final String ALPHA = "7f3b1c2e-0a4d-4c1e-9b8a-1d2e3f4a5b01";
    private static final String LEGAL_BASIS = "Art 12(1) COM(2022) 209";
    private static final long DEADLINE_MS = 1000L * Long.parseLong(System.getenv().getOrDefault("DEADLINE_SECONDS", "1200"));
    private static final long RETRY_PAUSE_MS = 500;
    private static final Pattern STATE = Pattern.compile("\"state\"\\s*:\\s*\"([A-Z_]+)\"");

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final String base;
    private final String tokenUrl;
    private final PrivateKey key;
    private final Path dir;
    private final long deadline = System.currentTimeMillis() + DEADLINE_MS;
    private final SecureRandom random = new SecureRandom();
    private final LinkedBlockingQueue<String> toReview = new LinkedBlockingQueue<>();
    private final Map<String, Token> tokens = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> outcomes = new ConcurrentHashMap<>();
    private final AtomicInteger next = new AtomicInteger();
    private final AtomicInteger accepted = new AtomicInteger();
    private final AtomicInteger forwarded = new AtomicInteger();
    private final AtomicInteger retries = new AtomicInteger();
    private final AtomicInteger replays = new AtomicInteger();
    private final AtomicLong longestOutageMs = new AtomicLong();
    private volatile String fatal;

    private record Token(String value, long fetchedAt) {
    }

    private record Answer(int status, String body, boolean replayed) {
    }

    private ReportCrashClient(String base, String keycloak, PrivateKey key, Path dir) {
        this.base = base;
        this.tokenUrl = keycloak + "/realms/eucentre/protocol/openid-connect/token";
        this.key = key;
        this.dir = dir;
    }

    public static void main(String[] args) throws Exception {
        int reports = Integer.parseInt(args[2]);
        int threads = Integer.parseInt(args[3]);
        Path dir = Path.of(args[4]);
        PrivateKey key = KeyFactory.getInstance("EC").generatePrivate(new PKCS8EncodedKeySpec(Files.readAllBytes(Path.of(args[5]))));
        Files.createDirectories(dir);
        for (String file : new String[]{"keys.tsv", "accepted.tsv", "forwarded.tsv"}) {
            Files.deleteIfExists(dir.resolve(file));
            Files.createFile(dir.resolve(file));
        }
        ReportCrashClient client = new ReportCrashClient(args[0], args[1], key, dir);
        long t0 = System.currentTimeMillis();
        Thread reviewer = new Thread(() -> client.review(reports), "reviewer");
        reviewer.start();
        Thread[] providers = new Thread[threads];
        for (int i = 0; i < threads; i++) {
            providers[i] = new Thread(() -> client.submit(reports), "provider-" + i);
            providers[i].start();
        }
        for (Thread t : providers) {
            t.join();
        }
        reviewer.join();
        System.out.printf("reports accepted %d of %d, forwarded %d, in %.1f s; %d requests sent again with the same key or"
                        + " call, %d answers replayed (Idempotent-Replayed), longest stretch without an answer %.1f s; answers %s%n",
                client.accepted.get(), reports, client.forwarded.get(), (System.currentTimeMillis() - t0) / 1000.0,
                client.retries.get(), client.replays.get(), client.longestOutageMs.get() / 1000.0, new TreeMap<>(client.outcomes));
        if (client.fatal != null) {
            System.out.println("STOPPED: " + client.fatal);
        }
        System.exit(client.fatal == null && client.accepted.get() == reports && client.forwarded.get() == reports ? 0 : 1);
    }

    // --- the provider ---------------------------------------------------------------------------

    private void submit(int reports) {
        for (int n = next.incrementAndGet(); n <= reports && fatal == null; n = next.incrementAndGet()) {
            String idempotencyKey = UUID.randomUUID().toString();
            UUID id = UUID.randomUUID();
            String body = body(n, id);
            append("keys.tsv", idempotencyKey + "\t" + id);
            int attempts = 0;
            long firstFailure = 0;
            while (fatal == null) {
                attempts++;
                Answer a = post("/api/v1/reports/complete", body, provider(), idempotencyKey);
                if (a.status() / 100 == 2) {
                    noteOutage(firstFailure);
                    if (a.replayed()) {
                        replays.incrementAndGet();
                    }
                    accepted.incrementAndGet();
                    append("accepted.tsv", idempotencyKey + "\t" + id + "\t" + a.status() + "\t" + attempts + "\t" + a.replayed());
                    toReview.add(id.toString());
                    break;
                }
                if (!worthRetrying(a)) {
                    fatal = "report " + id + " (key " + idempotencyKey + ", attempt " + attempts + "): " + a.status() + " " + a.body();
                    break;
                }
                firstFailure = firstFailure == 0 ? System.currentTimeMillis() : firstFailure;
                pause();
            }
        }
    }

    /** The one-call submission's body; its signature covers the canonical document of the same values. */
    private String body(int n, UUID id) {
        String md5 = hex(16);
        String pdq = hex(32);
        boolean urgent = n % 10 == 0;
        String type = n % 3 == 0 ? "KNOWN" : "NEW";
        String reference = "crash-test-" + n;
        String timestamp = Instant.now().truncatedTo(ChronoUnit.SECONDS).toString();
        String document = "{\"contentReference\":\"" + reference + "\",\"csarReport\":1,\"evidence\":["
                + "{\"kind\":\"MD5\",\"position\":1,\"value\":\"" + md5 + "\"},"
                + "{\"kind\":\"PDQ\",\"position\":2,\"quality\":90,\"value\":\"" + pdq + "\"}],"
                + "\"id\":\"" + id + "\",\"legalBasis\":\"" + LEGAL_BASIS + "\",\"provider\":\"" + ALPHA + "\","
                + "\"removedOrDisabled\":false,\"reportedToThirdCountry\":false,\"timestamp\":\"" + timestamp + "\","
                + "\"type\":\"" + type + "\",\"urgent\":" + urgent + ",\"userIdentifiers\":[]}";
        return "{\"id\":\"" + id + "\",\"type\":\"" + type + "\",\"timestamp\":\"" + timestamp + "\","
                + "\"contentReference\":\"" + reference + "\",\"reportedToThirdCountry\":false,\"removedOrDisabled\":false,"
                + "\"urgent\":" + urgent + ",\"legalBasis\":\"" + LEGAL_BASIS + "\",\"items\":["
                + "{\"kind\":\"MD5\",\"value\":\"" + md5 + "\"},{\"kind\":\"PDQ\",\"value\":\"" + pdq + "\",\"quality\":90}],"
                + "\"signature\":\"" + sign(document) + "\"}";
    }

    /** Detached compact JWS, ES256 (RFC 7515 appendix F), as docs/reports.md shows it. */
    private String sign(String document) {
        try {
            Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
            String header = b64.encodeToString("{\"alg\":\"ES256\"}".getBytes(StandardCharsets.UTF_8));
            String payload = b64.encodeToString(document.getBytes(StandardCharsets.UTF_8));
            Signature ecdsa = Signature.getInstance("SHA256withECDSAinP1363Format");
            ecdsa.initSign(key);
            ecdsa.update((header + "." + payload).getBytes(StandardCharsets.US_ASCII));
            return header + ".." + b64.encodeToString(ecdsa.sign());
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    // --- the reviewer ---------------------------------------------------------------------------

    private void review(int reports) {
        while (forwarded.get() < reports && fatal == null && System.currentTimeMillis() < deadline) {
            String id;
            try {
                id = toReview.poll(1, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            if (id == null) {
                continue;
            }
            String how = claimAndForward(id);
            if (how != null) {
                forwarded.incrementAndGet();
                append("forwarded.tsv", id + "\t" + how);
            }
        }
    }

    private String claimAndForward(String id) {
        String path = "/api/v1/review/reports/" + id;
        long firstFailure = 0;
        while (fatal == null) {
            Answer claim = post(path + "/claim", "{}", reviewer(), null);
            if (claim.status() == 200) {
                break;
            }
            if (!worthRetrying(claim)) {
                fatal = "claim of " + id + ": " + claim.status() + " " + claim.body();
                return null;
            }
            firstFailure = firstFailure == 0 ? System.currentTimeMillis() : firstFailure;
            pause();
        }
        boolean answerLost = false;
        while (fatal == null) {
            Answer decided = post(path + "/forward", "{\"memberStates\":[\"NL\"],\"europol\":true}", reviewer(), null);
            if (decided.status() == 200) {
                noteOutage(firstFailure);
                return answerLost ? "decided (after a retry)" : "decided";
            }
            if (decided.status() == 409 && answerLost) {
                // the first forward may have committed without its answer reaching us: ask the report
                Answer asProvider = get("/api/v1/reports/" + id, provider());
                Matcher state = STATE.matcher(asProvider.body());
                if (asProvider.status() == 200 && state.find() && "FORWARD_DECIDED".equals(state.group(1))) {
                    noteOutage(firstFailure);
                    return "decided (answer lost, 409 on the retry)";
                }
            }
            if (!worthRetrying(decided)) {
                fatal = "forward of " + id + ": " + decided.status() + " " + decided.body();
                return null;
            }
            answerLost |= decided.status() == 0 || decided.status() >= 500;
            firstFailure = firstFailure == 0 ? System.currentTimeMillis() : firstFailure;
            pause();
        }
        return null;
    }

    // --- HTTP -----------------------------------------------------------------------------------

    /**
     * An answer a partner sends again: none (0), the server's errors, 401 (a token minted while the
     * server was down is fine; one that expired is fetched again), and 404 and 503 while the server
     * starts (the application is not deployed yet). Everything else is the platform's final word.
     */
    private boolean worthRetrying(Answer a) {
        if (System.currentTimeMillis() > deadline) {
            return false;
        }
        if (a.status() == 401) {
            tokens.clear();
        }
        return a.status() == 0 || a.status() == 401 || a.status() == 404 || a.status() >= 500;
    }

    private Answer post(String path, String body, String token, String idempotencyKey) {
        HttpRequest.Builder r = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (idempotencyKey != null) {
            r.header("Idempotency-Key", idempotencyKey);
        }
        return send(r.build(), path);
    }

    private Answer get(String path, String token) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + token).GET().build(), path);
    }

    private Answer send(HttpRequest request, String path) {
        String what = path.replaceAll("[0-9a-f-]{36}", "{id}");
        try {
            HttpResponse<String> r = http.send(request, HttpResponse.BodyHandlers.ofString());
            count(what + " " + r.statusCode());
            if (r.statusCode() / 100 != 2) {
                retries.incrementAndGet();
            }
            return new Answer(r.statusCode(), r.body(), r.headers().firstValue("Idempotent-Replayed").isPresent());
        } catch (IOException e) {
            count(what + " no answer");
            retries.incrementAndGet();
            return new Answer(0, e.toString(), false);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Answer(0, "interrupted", false);
        }
    }

    private String provider() {
        return token("provider", "grant_type=client_credentials&client_id=demo-provider-alpha&client_secret=demo-secret-alpha");
    }

    private String reviewer() {
        return token("reviewer", "grant_type=password&client_id=csar-tests&username=reviewer&password=demo");
    }

    /** A token per caller, fetched again after a minute (well inside the realm's lifetime) or after a 401. */
    private String token(String who, String form) {
        Token t = tokens.get(who);
        if (t != null && System.currentTimeMillis() - t.fetchedAt() < 60_000) {
            return t.value();
        }
        for (int attempt = 1; ; attempt++) {
            try {
                HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(tokenUrl)).timeout(Duration.ofSeconds(30))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
                Matcher m = Pattern.compile("\"access_token\"\\s*:\\s*\"([^\"]+)\"").matcher(r.body());
                if (r.statusCode() == 200 && m.find()) {
                    tokens.put(who, new Token(m.group(1), System.currentTimeMillis()));
                    return m.group(1);
                }
                if (attempt >= 5) {
                    throw new IllegalStateException("no token for " + who + ": " + r.statusCode() + " " + r.body());
                }
            } catch (IOException e) {
                if (attempt >= 5) {
                    throw new UncheckedIOException(e);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            pause();
        }
    }

    // --- bookkeeping ----------------------------------------------------------------------------

    private void count(String outcome) {
        outcomes.computeIfAbsent(outcome, o -> new AtomicInteger()).incrementAndGet();
    }

    private void noteOutage(long firstFailure) {
        if (firstFailure != 0) {
            longestOutageMs.accumulateAndGet(System.currentTimeMillis() - firstFailure, Math::max);
        }
    }

    private synchronized void append(String file, String line) {
        try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(dir.resolve(file), StandardCharsets.UTF_8,
                StandardOpenOption.APPEND))) {
            out.println(line);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String hex(int bytes) {
        byte[] b = new byte[bytes];
        random.nextBytes(b);
        return HexFormat.of().formatHex(b);
    }

    private static void pause() {
        try {
            Thread.sleep(RETRY_PAUSE_MS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
