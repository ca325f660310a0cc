package eu.csar.it.indicators;

import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import com.sun.net.httpserver.HttpServer;
import eu.csar.detection.cli.DetectionCli;
import eu.csar.detection.distribution.IndicatorPage;
import eu.csar.detection.distribution.Manifest;
import eu.csar.detection.distribution.ManifestSigner;
import eu.csar.detection.distribution.ManifestVerifier;
import eu.csar.it.support.Api;
import eu.csar.it.support.Db;
import eu.csar.it.support.Deployments;
import eu.csar.it.support.Fixtures;
import eu.csar.it.support.Tokens;
import eu.csar.it.support.Tokens.Provider;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Signed distribution of indicator sets (issue 9 §2): a provider with a live DOWNLOAD grant gets a
 * set's snapshot and delta, each page signed and verified with the code the provider's CLI uses;
 * an indicator that stops being matchable comes as a removal; MATCH-only, expired and missing
 * grants and unknown sets all get the same 404; every page is audited; and the CLI keeps a local
 * file in step with the server, refusing a tampered page and writing nothing then. Each test works
 * on its own sub-set of known-images (rows inserted with JDBC), so other tests' indicators do not count.
 */
@ExtendWith(ArquillianExtension.class)
class IndicatorDistributionIT {

    static final String KNOWN_IMAGES = "00000000-0000-4000-8000-000000000441";
    static final String SETS = "/api/v1/indicator-sets/";
    static final Instant FAR_PAST = Instant.parse("2000-01-01T00:00:00Z");
    static final Instant FAR_FUTURE = Instant.parse("2100-01-01T00:00:00Z");

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return Deployments.ear();
    }

    /** A fresh sub-set of known-images; ALPHA may download it, BETA only match, GAMMA's download grant has expired. */
    static SubSet sub() {
        UUID id = UUID.randomUUID();
        String code = "dist-it-" + id.toString().substring(0, 8);
        Db.execute("insert into indicator_sets (id, code, parent_id, kinds, source, created_at) values ('" + id + "', '" + code
                + "', '" + KNOWN_IMAGES + "', 'PDQ', 'THIRD_PARTY_LIST', now())");
        grant(Provider.ALPHA, id, "DOWNLOAD", FAR_PAST, FAR_FUTURE);
        grant(Provider.BETA, id, "MATCH", FAR_PAST, FAR_FUTURE);
        grant(Provider.GAMMA, id, "DOWNLOAD", FAR_PAST, Instant.parse("2001-01-01T00:00:00Z"));
        return new SubSet(id, code);
    }

    record SubSet(UUID id, String code) {
    }

    static void grant(Provider provider, UUID set, String access, Instant from, Instant until) {
        Db.execute("insert into indicator_grants (id, version, provider_id, set_id, valid_from, valid_until, legal_basis, purpose, "
                + "access, created_by, created_at) values ('" + UUID.randomUUID() + "', 0, '" + provider.providerId + "', '" + set
                + "', '" + from + "', '" + until + "', 'VOLUNTARY_DETECTION', 'IndicatorDistributionIT', '"
                + access + "', 'it', now())");
    }

    /** A matchable PDQ indicator of the set (ACTIVE, one live provenance link, an ADD in the change feed); its id. */
    static UUID add(SubSet set, String pdq) {
        UUID id = UUID.randomUUID();
        Db.execute("insert into indicators (id, version, set_id, kind, value, quality, state, created_at, state_changed_at) values ('"
                        + id + "', 0, '" + set.id() + "', 'PDQ', '" + pdq + "', 90, 'ACTIVE', now(), now())",
                "insert into indicator_provenance (id, indicator_id, source, process, process_version, added_at) values ('"
                        + UUID.randomUUID() + "', '" + id + "', 'THIRD_PARTY_LIST', 'IndicatorDistributionIT', '1', now())",
                "insert into indicator_changes (indicator_id, set_id, change, changed_at) values ('" + id + "', '" + set.id() + "', 'ADD', now())");
        return id;
    }

    /** The indicator stops matching: its only provenance link is withdrawn (as a victim's withdrawal does). */
    static void withdraw(SubSet set, UUID indicator) {
        Db.execute("update indicator_provenance set withdrawn_at = now(), withdrawn_reason = 'victim withdrew' where indicator_id = '" + indicator + "'",
                "insert into indicator_changes (indicator_id, set_id, change, changed_at) values ('" + indicator + "', '" + set.id() + "', 'REMOVE', now())");
    }

    static String pdq() {
        return (UUID.randomUUID().toString() + UUID.randomUUID()).replace("-", "").substring(0, 64);
    }

    static String jwks() {
        Api.Response keys = Api.get("/api/public/indicator-signing-keys", null);
        assertEquals(200, keys.status(), keys.toString());
        return keys.body();
    }

    /** The current key's fingerprint, as a provider reads it off the public register. */
    static String pin() throws Exception {
        String pin = ManifestSigner.fingerprint(JWKSet.parse(jwks()).getKeys().get(0));
        Api.Response register = Api.raw("GET", "/public/register.xhtml", null, null, "Accept", "text/html");
        assertEquals(200, register.status(), "the public register page");
        assertTrue(register.body().contains(pin), "the public register shows the fingerprint " + pin + ": "
                + register.body().substring(Math.max(0, register.body().length() - 2000)));
        return pin;
    }

    /** One page fetched and verified with the CLI's verifier; the parsed page. */
    static IndicatorPage verifiedPage(ManifestVerifier verifier, String path, String token) throws Exception {
        Api.Response r = Api.get(path, token);
        assertEquals(200, r.status(), r.toString());
        byte[] body = r.body().getBytes(StandardCharsets.UTF_8);
        Manifest m = verifier.verify(r.header("CSAR-Manifest").orElse(null), body);
        IndicatorPage page = IndicatorPage.parse(body);
        assertEquals(page.count(), m.count());
        assertEquals(page.toVersion(), m.toVersion());
        assertEquals(page.last(), m.last());
        assertEquals(Long.toString(m.toVersion()), r.header("CSAR-Indicator-Version").orElseThrow());
        return page;
    }

    static Set<String> ids(List<IndicatorPage.Entry> entries) {
        return entries.stream().map(IndicatorPage.Entry::id).collect(Collectors.toSet());
    }

    @Test
    void aProviderWithADownloadGrantGetsSignedSnapshotAndDeltaWithRemovalsAllAudited() throws Exception {
        SubSet set = sub();
        UUID a = add(set, pdq());
        UUID b = add(set, pdq());
        UUID c = add(set, pdq());
        String alpha = Tokens.provider(Provider.ALPHA);
        ManifestVerifier verifier = ManifestVerifier.pinned(jwks(), pin());
        long mark = Fixtures.auditMark();

        IndicatorPage first = verifiedPage(verifier, SETS + set.code() + "/snapshot?size=2", alpha);
        assertEquals(2, first.adds().size());
        assertFalse(first.last());
        IndicatorPage second = verifiedPage(verifier, SETS + set.code() + "/snapshot?size=2&page=1&to=" + first.toVersion(), alpha);
        assertTrue(second.last());
        assertEquals(first.toVersion(), second.toVersion(), "the pages of one snapshot share its version");
        Set<String> snapshot = new HashSet<>(ids(first.adds()));
        snapshot.addAll(ids(second.adds()));
        assertEquals(Set.of(a.toString(), b.toString(), c.toString()), snapshot);

        withdraw(set, b);
        UUID d = add(set, pdq());
        IndicatorPage delta = verifiedPage(verifier, SETS + set.code() + "/changes?since=" + first.toVersion(), alpha);
        assertEquals(first.toVersion(), delta.fromVersion());
        assertEquals(Set.of(d.toString()), ids(delta.adds()));
        assertEquals(Set.of(b.toString()), ids(delta.removes()), "the withdrawn indicator comes as a removal");
        assertTrue(delta.last());

        assertEquals(2, Db.count("select count(*) from audit_entries where seq > ? and action = 'INDICATOR_SNAPSHOT_DOWNLOADED' "
                + "and provider_id = ? and object_id = ? and outcome = 'SUCCESS'", mark, Provider.ALPHA.providerId, set.id().toString()));
        assertEquals(1, Db.count("select count(*) from audit_entries where seq > ? and action = 'INDICATOR_CHANGES_DOWNLOADED' "
                + "and provider_id = ? and object_id = ? and outcome = 'SUCCESS'", mark, Provider.ALPHA.providerId, set.id().toString()));
    }

    @Test
    void matchOnlyExpiredMissingGrantsAndUnknownSetsAllGetTheSame404() {
        SubSet set = sub();
        add(set, pdq());
        long mark = Fixtures.auditMark();
        assertEquals(401, Api.get(SETS + set.code() + "/snapshot", null).status());
        List<String> details = new ArrayList<>();
        for (Provider p : List.of(Provider.BETA, Provider.GAMMA)) {
            for (String path : List.of("/snapshot", "/changes?since=0")) {
                Api.Response r = Api.get(SETS + set.code() + path, Tokens.provider(p));
                assertEquals(404, r.status(), p + path + ": " + r);
                assertTrue(r.header("Content-Type").orElse("").startsWith("application/problem+json"), r.toString());
                assertFalse(r.header("CSAR-Manifest").isPresent());
                details.add(r.json().getString("detail").replace(set.code(), "CODE"));
            }
        }
        Api.Response unknown = Api.get(SETS + "no-such-set-" + set.code() + "/snapshot", Tokens.provider(Provider.ALPHA));
        assertEquals(404, unknown.status());
        details.add(unknown.json().getString("detail").replace("no-such-set-" + set.code(), "CODE"));
        assertEquals(1, new HashSet<>(details).size(), "a set without a grant looks like no set at all: " + details);
        assertEquals(2, Db.count("select count(*) from audit_entries where seq > ? and action in ('INDICATOR_SNAPSHOT_DOWNLOADED', "
                + "'INDICATOR_CHANGES_DOWNLOADED') and provider_id = ? and outcome = 'NOT_FOUND'", mark, Provider.BETA.providerId),
                "refusals are audited");
    }

    @Test
    void theCliKeepsALocalFileInStepThatCsarMatchReadsAndRefusesATamperedPage(@TempDir Path dir) throws Exception {
        SubSet set = sub();
        String hashA = pdq();
        UUID a = add(set, hashA);
        UUID b = add(set, pdq());
        Path token = dir.resolve("token");
        Files.writeString(token, Tokens.provider(Provider.ALPHA));
        Path csv = dir.resolve("indicators.csv");
        String pin = pin();

        Cli first = cli(Api.BASE_URL, token, set.code(), pin, csv);
        assertEquals(DetectionCli.OK, first.status(), first.toString());
        assertEquals(Set.of(a.toString(), b.toString()), idsIn(csv));

        withdraw(set, b);
        UUID c = add(set, pdq());
        Cli second = cli(Api.BASE_URL, token, set.code(), pin, csv);
        assertEquals(DetectionCli.OK, second.status(), second.toString());
        assertTrue(second.out().contains("1 added, 1 removed"), second.toString());
        assertEquals(Set.of(a.toString(), c.toString()), idsIn(csv));

        // csar-match reads the synced file: the indicator's id is the label it prints
        Path query = dir.resolve("query.csv");
        Files.writeString(query, hashA + ",100,mine\n");
        Cli match = run("match", query.toString(), csv.toString());
        assertEquals(DetectionCli.OK, match.status(), match.toString());
        assertTrue(match.out().contains(hashA + "," + hashA + ",0,mine," + a), match.toString());

        // a page whose manifest or body was changed on the way, or signed by another key, is refused; nothing written
        add(set, pdq());
        byte[] before = Files.readAllBytes(csv);
        byte[] versionBefore = Files.readAllBytes(csv.resolveSibling("indicators.csv.version"));
        for (UnaryOperator<Answer> tamper : List.<UnaryOperator<Answer>>of(
                x -> new Answer(x.body(), tamperPayload(x.manifest())),
                x -> new Answer(new String(x.body(), StandardCharsets.UTF_8).replace("\"adds\":[", "\"adds\":[{\"id\":\"x\",\"kind\":\"PDQ\",\"value\":\""
                        + "f".repeat(64) + "\",\"quality\":99},").getBytes(StandardCharsets.UTF_8), x.manifest()),
                x -> new Answer(x.body(), null))) {
            HttpServer proxy = proxy(tamper);
            try {
                Cli refused = cli("http://localhost:" + proxy.getAddress().getPort(), token, set.code(), pin, csv);
                assertEquals(DetectionCli.SOME_FAILED, refused.status(), refused.toString());
                assertTrue(refused.err().contains("refused"), refused.toString());
            } finally {
                proxy.stop(0);
            }
            assertEquals(new String(before, StandardCharsets.UTF_8), Files.readString(csv));
            assertEquals(new String(versionBefore, StandardCharsets.UTF_8), Files.readString(csv.resolveSibling("indicators.csv.version")));
        }
        Cli wrongPin = cli(Api.BASE_URL, token, set.code(), ManifestSigner.fingerprint(
                new ECKeyGenerator(Curve.P_256).generate().toPublicJWK()), csv);
        assertEquals(DetectionCli.SOME_FAILED, wrongPin.status(), wrongPin.toString());
        assertEquals(new String(before, StandardCharsets.UTF_8), Files.readString(csv));
    }

    record Cli(int status, String out, String err) {
    }

    record Answer(byte[] body, String manifest) {
    }

    static Cli cli(String url, Path token, String set, String pin, Path file) {
        return run("indicators", "sync", "--url", url, "--token-file", token.toString(), "--set", set, "--pin", pin, "--file", file.toString());
    }

    static Cli run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = DetectionCli.run(args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Cli(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    static Set<String> idsIn(Path csv) throws IOException {
        return Files.readAllLines(csv).stream().filter(l -> !l.startsWith("#") && !l.isBlank())
                .map(l -> l.split(",")[2]).collect(Collectors.toSet());
    }

    /** The manifest with its claims changed (toVersion + 1) and the signature kept. */
    static String tamperPayload(String jws) {
        String[] parts = jws.split("\\.");
        String payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)
                .replaceFirst("\"toVersion\":(\\d+)", "\"toVersion\":1$1");
        return parts[0] + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(payload.getBytes(StandardCharsets.UTF_8)) + "." + parts[2];
    }

    /** A man in the middle: forwards every GET to the server and changes the answer on its way back. */
    static HttpServer proxy(UnaryOperator<Answer> tamper) throws IOException {
        HttpClient http = HttpClient.newHttpClient();
        HttpServer server = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
        server.createContext("/", exchange -> {
            try {
                HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(Api.BASE_URL + exchange.getRequestURI())).GET();
                String auth = exchange.getRequestHeaders().getFirst("Authorization");
                if (auth != null) {
                    request.header("Authorization", auth);
                }
                HttpResponse<byte[]> response = http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
                Answer answer = new Answer(response.body(), response.headers().firstValue("CSAR-Manifest").orElse(null));
                if (exchange.getRequestURI().getPath().contains("/indicator-sets/")) {
                    answer = tamper.apply(answer);
                }
                if (answer.manifest() != null) {
                    exchange.getResponseHeaders().add("CSAR-Manifest", answer.manifest());
                }
                exchange.sendResponseHeaders(response.statusCode(), answer.body().length);
                try (OutputStream os = exchange.getResponseBody()) {
                    os.write(answer.body());
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                exchange.sendResponseHeaders(502, -1);
            } finally {
                exchange.close();
            }
        });
        server.start();
        return server;
    }
}
