package eu.csar.detection.cli;

import eu.csar.detection.distribution.DistributionException;
import eu.csar.detection.distribution.IndicatorPage;
import eu.csar.detection.distribution.LocalIndicatorFile;
import eu.csar.detection.distribution.Manifest;
import eu.csar.detection.distribution.ManifestVerifier;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code csar-indicators sync}: brings a local indicator file up to date with a set at the EU
 * Centre. Reads the version recorded beside the file (none: downloads the snapshot), fetches every
 * page of the delta since then, verifies each page's signed manifest against the Centre's key
 * pinned by its fingerprint, and only when every page has verified applies the adds and removals
 * and records the new version. Any failure writes nothing.
 */
final class SyncCommand {

    static final String USAGE = """
            usage: csar-indicators sync --url BASE --token-file F --set SET --pin FINGERPRINT --file FILE
              Downloads the changes to SET since the version recorded in FILE.version (or the snapshot),
              verifies every page's JWS manifest against the Centre key whose RFC 7638 thumbprint is FINGERPRINT
              (published on the public register), and applies them to FILE (the hash,quality,label lines csar-match reads).
              --url BASE        the Centre, e.g. https://csar.example.eu (the API is BASE/api)
              --token-file F    a file holding the provider's bearer access token""";

    /** The response header that carries a page's compact JWS manifest. */
    static final String MANIFEST_HEADER = "CSAR-Manifest";

    private final PrintStream out;
    private final PrintStream err;

    SyncCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    int run(String[] args) {
        String url = null;
        String tokenFile = null;
        String set = null;
        String pin = null;
        String file = null;
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (a.equals("-h") || a.equals("--help")) {
                out.println(USAGE);
                return DetectionCli.OK;
            }
            if (!a.startsWith("--") || i + 1 >= args.length) {
                return usage(a.startsWith("--") ? a + " needs a value" : "unexpected argument " + a);
            }
            String v = args[++i];
            switch (a) {
                case "--url" -> url = v.endsWith("/") ? v.substring(0, v.length() - 1) : v;
                case "--token-file" -> tokenFile = v;
                case "--set" -> set = v;
                case "--pin" -> pin = v;
                case "--file" -> file = v;
                default -> {
                    return usage("unknown option " + a);
                }
            }
        }
        if (url == null || tokenFile == null || set == null || pin == null || file == null) {
            return usage("--url, --token-file, --set, --pin and --file are all required");
        }
        try {
            String token = Files.readString(Paths.get(tokenFile), StandardCharsets.UTF_8).strip();
            return sync(url, token, set, pin, Paths.get(file));
        } catch (IOException e) {
            err.println("csar-indicators: " + e.getMessage() + "; nothing written");
            return DetectionCli.SOME_FAILED;
        } catch (DistributionException e) {
            err.println("csar-indicators: refused: " + e.getMessage() + "; nothing written");
            return DetectionCli.SOME_FAILED;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            err.println("csar-indicators: interrupted; nothing written");
            return DetectionCli.SOME_FAILED;
        }
    }

    private int sync(String url, String token, String set, String pin, Path file)
            throws IOException, InterruptedException, DistributionException {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(30)).build();
        ManifestVerifier verifier = ManifestVerifier.pinned(
                new String(get(http, url + "/api/public/indicator-signing-keys", null).body(), StandardCharsets.UTF_8), pin);
        long since = LocalIndicatorFile.storedVersion(file, set);
        String base = url + "/api/v1/indicator-sets/" + URLEncoder.encode(set, StandardCharsets.UTF_8)
                + (since == 0 ? "/snapshot?" : "/changes?since=" + since + "&");
        List<IndicatorPage> pages = new ArrayList<>();
        Long to = null;
        for (int p = 0; ; p++) {
            HttpResponse<byte[]> response = get(http, base + "page=" + p + (to == null ? "" : "&to=" + to), token);
            String jws = response.headers().firstValue(MANIFEST_HEADER).orElse(null);
            Manifest manifest = verifier.verify(jws, response.body());
            IndicatorPage page = IndicatorPage.parse(response.body());
            check(manifest, page, set, since, p, to);
            to = manifest.toVersion();
            pages.add(page);
            if (manifest.last()) {
                break;
            }
        }
        LocalIndicatorFile local = since == 0 ? LocalIndicatorFile.empty(file) : LocalIndicatorFile.read(file);
        int adds = 0;
        int removes = 0;
        for (IndicatorPage page : pages) {
            local.apply(page);
            adds += page.adds().size();
            removes += page.removes().size();
        }
        local.write(set, to, pin);
        out.println(set + ": version " + since + " -> " + to + ", " + pages.size() + " page(s) verified, "
                + adds + " added, " + removes + " removed" + (local.skippedKinds() > 0
                ? ", " + local.skippedKinds() + " not PDQ (not written: csar-match reads PDQ hashes)" : "")
                + "; " + local.ids().size() + " indicators in " + file);
        return DetectionCli.OK;
    }

    /** The manifest must describe this page of this request: a page cut from another answer is refused. */
    static void check(Manifest m, IndicatorPage page, String set, long since, int pageNo, Long to) throws DistributionException {
        if (!m.set().equals(set) || !page.set().equals(set)) {
            throw new DistributionException("page of set " + m.set() + ", asked for " + set);
        }
        if (m.fromVersion() != since || page.fromVersion() != since) {
            throw new DistributionException("page starts at version " + m.fromVersion() + ", asked from " + since);
        }
        if (m.page() != pageNo || page.page() != pageNo) {
            throw new DistributionException("page " + m.page() + " answered for page " + pageNo);
        }
        if (m.toVersion() != page.toVersion() || (to != null && m.toVersion() != to)) {
            throw new DistributionException("page of version " + m.toVersion() + " among pages of version " + to);
        }
        if (m.count() != page.count() || m.last() != page.last()) {
            throw new DistributionException("the page does not match its manifest's count or last flag");
        }
    }

    private static HttpResponse<byte[]> get(HttpClient http, String uri, String token)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(uri)).timeout(Duration.ofMinutes(2)).GET();
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        HttpResponse<byte[]> response = http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        if (response.statusCode() != 200) {
            throw new IOException("GET " + uri + " answered " + response.statusCode()
                    + (response.statusCode() == 404 ? " (no such set, or no live download grant for it)" : ""));
        }
        return response;
    }

    private int usage(String problem) {
        err.println("csar-indicators: " + problem);
        err.println(USAGE);
        return DetectionCli.USAGE;
    }
}
