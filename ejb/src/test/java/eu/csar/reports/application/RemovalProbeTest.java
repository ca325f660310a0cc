package eu.csar.reports.application;

import com.sun.net.httpserver.HttpServer;
import eu.csar.reports.api.RemovalCheckOutcome;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The removal probe against a stand-in host on the loopback address: HEAD only (a server that sends a
 * body anyway is not read), 404 gone, a redirect not followed, private addresses refused unless allowed,
 * a name that does not resolve. The page's "material" is a synthetic text.
 */
class RemovalProbeTest {

    private HttpServer server;
    private final List<String> asked = new CopyOnWriteArrayList<>();
    private String base;

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 10);
        server.createContext("/", exchange -> {
            try (exchange) {
                String path = exchange.getRequestURI().getPath();
                asked.add(exchange.getRequestMethod() + " " + path);
                int status = switch (path) {
                    case "/gone" -> 404;
                    case "/legal" -> 451;
                    case "/moved" -> 302;
                    default -> 200;
                };
                if (status == 302) {
                    exchange.getResponseHeaders().set("Location", base + "/online");
                }
                byte[] body = "synthetic page, no material".getBytes(StandardCharsets.UTF_8);
                exchange.sendResponseHeaders(status, body.length);   // a misbehaving server: a body even for HEAD
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(body);
                } catch (IOException ignored) {
                    // the client closed without reading it
                }
            }
        });
        server.start();
        base = "http://127.0.0.1:" + server.getAddress().getPort();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private static RemovalProbe probe(boolean allowPrivate) {
        return new RemovalProbe(HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).followRedirects(HttpClient.Redirect.NEVER)
                .build(), InetAddress::getAllByName, allowPrivate);
    }

    @ParameterizedTest
    @CsvSource({"/online, ONLINE, 200", "/gone, GONE, 404", "/legal, UNAVAILABLE_FOR_LEGAL_REASONS, 451", "/moved, REDIRECTED, 302"})
    void theUrlIsAskedWithHeadOnlyAndARedirectIsNotFollowed(String path, RemovalCheckOutcome outcome, int status) {
        RemovalProbe.Result result = probe(true).check(base + path);
        assertEquals(outcome, result.outcome());
        assertEquals(status, result.status());
        assertEquals(List.of("HEAD " + path), asked, "one HEAD request, nothing else (no redirect followed)");
    }

    @Test
    void aLoopbackOrPrivateHostIsNeverAskedUnlessAllowed() {
        RemovalProbe.Result result = probe(false).check(base + "/online");
        assertEquals(RemovalCheckOutcome.ADDRESS_REFUSED, result.outcome());
        assertNull(result.status());
        assertTrue(asked.isEmpty(), "no request reached the host");
    }

    @Test
    void aNameThatDoesNotResolveIsHostUnknownAndOtherSchemesAreNotAsked() {
        RemovalProbe probe = new RemovalProbe(HttpClient.newHttpClient(), host -> {
            throw new UnknownHostException(host);
        }, false);
        assertEquals(RemovalCheckOutcome.HOST_UNKNOWN, probe.check("https://gone.example.org/item").outcome());
        assertEquals(RemovalCheckOutcome.ADDRESS_REFUSED, probe.check("ftp://host.example.org/item").outcome());
        assertEquals(RemovalCheckOutcome.ADDRESS_REFUSED, probe(true).check("file:///etc/passwd").outcome());
    }

    @Test
    void noAnswerIsAnErrorThatProvesNothing() throws IOException {
        int port;
        try (var socket = new java.net.ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = socket.getLocalPort();
        }
        RemovalProbe.Result result = probe(true).check("http://127.0.0.1:" + port + "/online");
        assertEquals(RemovalCheckOutcome.ERROR, result.outcome());
        assertNull(result.status());
    }

    @ParameterizedTest
    @CsvSource({"127.0.0.1, false", "10.1.2.3, false", "172.16.0.1, false", "192.168.1.1, false", "169.254.169.254, false",
            "100.64.0.1, false", "0.0.0.0, false", "198.18.0.1, false", "240.0.0.1, false", "224.0.0.1, false", "::1, false",
            "fc00::1, false", "fd12:3456::1, false", "fe80::1, false", "::ffff:10.0.0.1, false",
            "8.8.8.8, true", "93.184.216.34, true", "100.128.0.1, true", "2606:4700::1111, true"})
    void onlyPublicAddressesAreAsked(String address, boolean isPublic) throws UnknownHostException {
        assertEquals(isPublic, RemovalProbe.publicAddress(InetAddress.getByName(address)), address);
    }
}
