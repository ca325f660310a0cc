package eu.csar.reports.domain;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;

/**
 * The form of a public URL a report names (where the reported material was publicly accessible):
 * an absolute {@code http} or {@code https} URL with a host, without user name or password, at most
 * {@value #MAX_LENGTH} characters. The removal checks ask nothing else; intake refuses anything else.
 */
public final class PublicUrls {

    public static final int MAX_LENGTH = 2000;
    public static final int MAX_PER_REPORT = 20;

    private PublicUrls() {
    }

    /** Why {@code url} is refused, or empty when it is a public URL the checks may ask. */
    public static Optional<String> refusal(String url) {
        if (url == null || url.isBlank()) {
            return Optional.of("a URL, e.g. https://host.example/path");
        }
        String text = url.strip();
        if (text.length() > MAX_LENGTH) {
            return Optional.of("at most " + MAX_LENGTH + " characters");
        }
        URI uri;
        try {
            uri = new URI(text);
        } catch (URISyntaxException e) {
            return Optional.of("not a URL: " + e.getReason());
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            return Optional.of("only http and https URLs");
        }
        if (uri.getHost() == null || uri.getHost().isBlank()) {
            return Optional.of("a URL names its host");
        }
        if (uri.getRawUserInfo() != null) {
            return Optional.of("no user name or password in the URL");
        }
        return Optional.empty();
    }
}
