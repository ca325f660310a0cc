package eu.csar.detection.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nimbusds.jose.jwk.JWKSet;
import com.sun.net.httpserver.HttpServer;
import eu.csar.detection.distribution.IndicatorPage;
import eu.csar.detection.distribution.ManifestSigner;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPairGenerator;
import java.security.spec.ECGenParameterSpec;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The sync command against a fake Centre that signs its pages (the real one: IndicatorDistributionIT). */
class SyncCommandTest {

    static final String A = "a".repeat(64);
    static final String B = "b".repeat(64);

    HttpServer server;
    ManifestSigner signer;
    /** path + query -> page served; the manifest is signed on the fly unless {@link #manifestOverride} says otherwise. */
    final Map<String, IndicatorPage> pages = new ConcurrentHashMap<>();
    volatile String manifestOverride;
    final List<String> tokens = new ArrayList<>();

    @BeforeEach
    void start() throws Exception {
        KeyPairGenerator g = KeyPairGenerator.getInstance("EC");
        g.initialize(new ECGenParameterSpec("secp256r1"));
        signer = ManifestSigner.of(g.generateKeyPair());
        server = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
        server.createContext("/", exchange -> {
            String uri = exchange.getRequestURI().toString();
            byte[] body;
            int status = 200;
            if (uri.equals("/api/public/indicator-signing-keys")) {
                body = new JWKSet(signer.publicKey()).toString(true).getBytes(StandardCharsets.UTF_8);
            } else if (pages.containsKey(uri)) {
                synchronized (tokens) {
                    tokens.add(exchange.getRequestHeaders().getFirst("Authorization"));
                }
                IndicatorPage page = pages.get(uri);
                body = page.toBytes();
                String manifest = manifestOverride != null ? manifestOverride : signer.sign(page.manifest(body, Instant.EPOCH));
                if (!manifest.isEmpty()) {
                    exchange.getResponseHeaders().add(SyncCommand.MANIFEST_HEADER, manifest);
                }
            } else {
                status = 404;
                body = "{}".getBytes(StandardCharsets.UTF_8);
            }
            exchange.sendResponseHeaders(status, body.length);
            try (OutputStream os = exchange.getResponseBody()) {
                os.write(body);
            }
        });
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    record Run(int status, String out, String err) {
    }

    Run sync(Path dir, String pin) throws Exception {
        Path token = dir.resolve("token");
        Files.writeString(token, "tok\n");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = DetectionCli.run(new String[] {"indicators", "sync", "--url", "http://localhost:" + server.getAddress().getPort() + "/",
                "--token-file", token.toString(), "--set", "s", "--pin", pin, "--file", dir.resolve("ind.csv").toString()},
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    static IndicatorPage.Entry pdq(String id, String value) {
        return new IndicatorPage.Entry(id, "PDQ", value, 80);
    }

    @Test
    void aSnapshotOverTwoPagesThenADeltaAreVerifiedAndApplied(@TempDir Path dir) throws Exception {
        pages.put("/api/v1/indicator-sets/s/snapshot?page=0", new IndicatorPage("s", 0, 7, 0, false, List.of(pdq("a", A)), List.of()));
        pages.put("/api/v1/indicator-sets/s/snapshot?page=1&to=7", new IndicatorPage("s", 0, 7, 1, true, List.of(pdq("b", B)), List.of()));
        Run first = sync(dir, signer.keyId());
        assertEquals(DetectionCli.OK, first.status(), first.toString());
        assertTrue(first.out().contains("version 0 -> 7, 2 page(s) verified, 2 added, 0 removed"), first.out());
        assertEquals(List.of("Bearer tok", "Bearer tok"), tokens, "the token goes with every page");

        pages.put("/api/v1/indicator-sets/s/changes?since=7&page=0", new IndicatorPage("s", 7, 9, 0, true,
                List.of(new IndicatorPage.Entry("u", "URL", "https://example.invalid/x", null)), List.of(pdq("a", A))));
        Run second = sync(dir, signer.keyId());
        assertEquals(DetectionCli.OK, second.status(), second.toString());
        assertTrue(second.out().contains("1 not PDQ"), second.out());
        assertEquals(List.of(B + ",80,b"), Files.readAllLines(dir.resolve("ind.csv")).subList(1, 2));
        assertEquals(2, Files.readAllLines(dir.resolve("ind.csv")).size());
        assertTrue(Files.readString(dir.resolve("ind.csv.version")).contains("version=9"));
    }

    @Test
    void aBadManifestAWrongPinAPageOfAnotherRequestOrAnHttpErrorWriteNothing(@TempDir Path dir) throws Exception {
        pages.put("/api/v1/indicator-sets/s/snapshot?page=0", new IndicatorPage("s", 0, 7, 0, true, List.of(pdq("a", A)), List.of()));
        manifestOverride = "";
        assertRefused(sync(dir, signer.keyId()), "no signed manifest", dir);
        manifestOverride = "x.y.z";
        assertRefused(sync(dir, signer.keyId()), "refused", dir);
        manifestOverride = null;
        assertRefused(sync(dir, "not-the-centres-key"), "pinned fingerprint", dir);

        pages.put("/api/v1/indicator-sets/s/snapshot?page=0", new IndicatorPage("other", 0, 7, 0, true, List.of(pdq("a", A)), List.of()));
        assertRefused(sync(dir, signer.keyId()), "page of set other", dir);
        pages.put("/api/v1/indicator-sets/s/snapshot?page=0", new IndicatorPage("s", 3, 7, 0, true, List.of(), List.of()));
        assertRefused(sync(dir, signer.keyId()), "starts at version 3", dir);
        pages.put("/api/v1/indicator-sets/s/snapshot?page=0", new IndicatorPage("s", 0, 7, 1, true, List.of(), List.of()));
        assertRefused(sync(dir, signer.keyId()), "answered for page 0", dir);
        pages.put("/api/v1/indicator-sets/s/snapshot?page=0", new IndicatorPage("s", 0, 7, 0, false, List.of(), List.of()));
        pages.put("/api/v1/indicator-sets/s/snapshot?page=1&to=7", new IndicatorPage("s", 0, 8, 1, true, List.of(), List.of()));
        assertRefused(sync(dir, signer.keyId()), "among pages of version 7", dir);
        pages.clear();
        assertRefused(sync(dir, signer.keyId()), "404", dir);
    }

    @Test
    void wrongUsageIsExplained(@TempDir Path dir) throws Exception {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8);
        PrintStream o = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
        assertEquals(DetectionCli.USAGE, DetectionCli.run(new String[] {"indicators"}, o, e));
        assertEquals(DetectionCli.USAGE, DetectionCli.run(new String[] {"indicators", "sync", "--url"}, o, e));
        assertEquals(DetectionCli.USAGE, DetectionCli.run(new String[] {"indicators", "sync", "--url", "http://x"}, o, e));
        assertEquals(DetectionCli.USAGE, DetectionCli.run(new String[] {"indicators", "sync", "--nope", "x"}, o, e));
        assertEquals(DetectionCli.OK, DetectionCli.run(new String[] {"indicators", "sync", "--help"}, o, e));
        assertEquals(DetectionCli.SOME_FAILED, DetectionCli.run(new String[] {"indicators", "sync", "--url", "http://x", "--token-file",
                dir.resolve("missing").toString(), "--set", "s", "--pin", "p", "--file", dir.resolve("f").toString()}, o, e));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("--url, --token-file, --set, --pin and --file are all required"));
    }

    private static void assertRefused(Run run, String because, Path dir) {
        assertEquals(DetectionCli.SOME_FAILED, run.status(), run.toString());
        assertTrue(run.err().contains(because), because + " / " + run.err());
        assertTrue(run.err().contains("nothing written"), run.err());
        assertFalse(Files.exists(dir.resolve("ind.csv")), "nothing written");
        assertFalse(Files.exists(dir.resolve("ind.csv.version")));
    }
}
