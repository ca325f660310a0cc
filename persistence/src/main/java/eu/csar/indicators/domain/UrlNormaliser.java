package eu.csar.indicators.domain;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;

/**
 * The one spelling of a URL indicator: scheme and host in lower case, no fragment, no default port
 * (80 for http, 443 for https), an empty path written as {@code /}; the path and query are kept as
 * sent (they are case-sensitive). Only absolute http and https URLs are indicators.
 */
public final class UrlNormaliser {

    public static final int MAX_LENGTH = 2048;

    private UrlNormaliser() {
    }

    /** The normalised URL, or empty when {@code text} is not an absolute http(s) URL with a host. */
    public static Optional<String> normalise(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String trimmed = text.trim();
        if (trimmed.isEmpty() || trimmed.length() > MAX_LENGTH) {
            return Optional.empty();
        }
        URI uri;
        try {
            uri = new URI(trimmed);
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
        String scheme = uri.getScheme() == null ? null : uri.getScheme().toLowerCase(Locale.ROOT);
        String host = uri.getHost();
        if (!"http".equals(scheme) && !"https".equals(scheme) || host == null || host.isEmpty()) {
            return Optional.empty();
        }
        StringBuilder out = new StringBuilder(trimmed.length());
        out.append(scheme).append("://");
        if (uri.getRawUserInfo() != null) {
            out.append(uri.getRawUserInfo()).append('@');
        }
        out.append(host.toLowerCase(Locale.ROOT));
        int port = uri.getPort();
        if (port != -1 && !(port == 80 && "http".equals(scheme)) && !(port == 443 && "https".equals(scheme))) {
            out.append(':').append(port);
        }
        String path = uri.getRawPath();
        out.append(path == null || path.isEmpty() ? "/" : path);
        if (uri.getRawQuery() != null) {
            out.append('?').append(uri.getRawQuery());
        }
        return Optional.of(out.toString());
    }
}
