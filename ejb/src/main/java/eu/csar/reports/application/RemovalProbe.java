package eu.csar.reports.application;

import eu.csar.reports.api.RemovalCheckOutcome;

import java.io.IOException;
import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Locale;

/**
 * Asks whether a reported public URL still answers, without ever fetching what it serves: no abuse
 * material may reach the platform. Only {@code http} and {@code https}; one {@code HEAD} request (the
 * answer's body, if a server sent one anyway, is discarded unread); redirects are not followed (a 3xx
 * is REDIRECTED); {@value #CONNECT_SECONDS} s to connect, {@value #ANSWER_SECONDS} s for the answer.
 * The host's addresses are looked up first: a name that no longer resolves is HOST_UNKNOWN, and a
 * host with any private, loopback, link-local or otherwise non-public address is ADDRESS_REFUSED and
 * never asked (the checks must not become a way into the Centre's own network), unless the system
 * property {@value #ALLOW_PRIVATE} is {@code true} (the demo and the ITs, whose stand-in host is the
 * demo receiver on 127.0.0.1). The HTTP client resolves the name again when it connects, so a host
 * whose name server answers differently the second time (DNS rebinding) could still reach a private
 * address: a forward proxy that refuses private addresses is the remedy for production.
 */
final class RemovalProbe {

    /** System property: {@code true} lets the checks ask private and loopback addresses (demo and tests only). */
    static final String ALLOW_PRIVATE = "csar.removal-checks.allow-private-addresses";
    static final int CONNECT_SECONDS = 3;
    static final int ANSWER_SECONDS = 5;

    /** What one check found: the outcome, the HTTP status when an answer came, and a short detail for the log. */
    record Result(RemovalCheckOutcome outcome, Integer status, String detail) {
    }

    /** Looks a host name up (a seam for tests). */
    interface Resolver {
        InetAddress[] resolve(String host) throws UnknownHostException;
    }

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(CONNECT_SECONDS))
            .followRedirects(HttpClient.Redirect.NEVER).proxy(HttpClient.Builder.NO_PROXY).build();

    private final HttpClient http;
    private final Resolver resolver;
    private final boolean allowPrivate;

    RemovalProbe(HttpClient http, Resolver resolver, boolean allowPrivate) {
        this.http = http;
        this.resolver = resolver;
        this.allowPrivate = allowPrivate;
    }

    /** The probe the checks use: the JDK's resolver, private addresses as the system property says. */
    static RemovalProbe standard() {
        return new RemovalProbe(HTTP, InetAddress::getAllByName, Boolean.getBoolean(ALLOW_PRIVATE));
    }

    Result check(String url) {
        URI uri;
        try {
            uri = URI.create(url.strip());
        } catch (IllegalArgumentException e) {
            return new Result(RemovalCheckOutcome.ADDRESS_REFUSED, null, "not a URL");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https") || uri.getHost() == null) {
            return new Result(RemovalCheckOutcome.ADDRESS_REFUSED, null, "only http and https URLs with a host are checked");
        }
        InetAddress[] addresses;
        try {
            addresses = resolver.resolve(uri.getHost());
        } catch (UnknownHostException e) {
            return new Result(RemovalCheckOutcome.HOST_UNKNOWN, null, "the host name does not resolve");
        }
        for (InetAddress address : addresses) {
            if (!allowPrivate && !publicAddress(address)) {
                return new Result(RemovalCheckOutcome.ADDRESS_REFUSED, null, "not a public address: " + address.getHostAddress());
            }
        }
        HttpRequest request = HttpRequest.newBuilder(uri).method("HEAD", HttpRequest.BodyPublishers.noBody())
                .timeout(Duration.ofSeconds(ANSWER_SECONDS)).header("User-Agent", "EU-Centre-removal-check/1").build();
        try {
            int status = http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
            return new Result(RemovalCheckOutcome.ofStatus(status), status, "HTTP " + status);
        } catch (IOException e) {
            return new Result(RemovalCheckOutcome.ERROR, null, "no answer: " + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : " " + e.getMessage()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Result(RemovalCheckOutcome.ERROR, null, "interrupted");
        }
    }

    /**
     * Whether {@code address} is on the public internet: not the unspecified, loopback, link-local,
     * site-local (10/8, 172.16/12, 192.168/16), multicast, carrier-grade NAT (100.64/10), benchmarking
     * (198.18/15), reserved (240/4, 0/8) or IPv6 unique-local (fc00::/7) address.
     */
    static boolean publicAddress(InetAddress address) {
        if (address.isAnyLocalAddress() || address.isLoopbackAddress() || address.isLinkLocalAddress()
                || address.isSiteLocalAddress() || address.isMulticastAddress()) {
            return false;
        }
        byte[] b = address.getAddress();
        if (address instanceof Inet4Address) {
            int first = b[0] & 0xff;
            int second = b[1] & 0xff;
            return first != 0 && first < 240 && !(first == 100 && second >= 64 && second < 128)
                    && !(first == 198 && (second == 18 || second == 19)) && !(first == 192 && second == 0 && (b[2] & 0xff) == 0);
        }
        return !(address instanceof Inet6Address) || (b[0] & 0xfe) != 0xfc;
    }
}
