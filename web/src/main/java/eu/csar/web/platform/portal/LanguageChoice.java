package eu.csar.web.platform.portal;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;

import java.util.Optional;
import java.util.Set;

/**
 * The language a visitor chose, kept in the cookie {@code csar-lang} rather than in a session, so
 * that it survives logout and login and the public pages need no session. A choice is made with a
 * link carrying {@code ?lang=nl} (the language switch in the header); only the portal's languages
 * count, anything else is ignored.
 */
public final class LanguageChoice {

    public static final String COOKIE = "csar-lang";
    public static final String PARAMETER = "lang";
    static final Set<String> SUPPORTED = Set.of("en", "nl");

    private LanguageChoice() {
    }

    /** The language this request asks for ({@code ?lang=}), else the remembered one, if supported. */
    public static Optional<String> of(HttpServletRequest request) {
        return requested(request).or(() -> remembered(request));
    }

    /**
     * {@code lang} from the query string only: reading a form parameter here would parse a POST body
     * before Faces has set its character encoding.
     */
    static Optional<String> requested(HttpServletRequest request) {
        String query = request.getQueryString();
        if (query == null) {
            return Optional.empty();
        }
        for (String pair : query.split("&")) {
            if (pair.startsWith(PARAMETER + "=")) {
                return supported(pair.substring(PARAMETER.length() + 1));
            }
        }
        return Optional.empty();
    }

    static Optional<String> remembered(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        if (cookies == null) {
            return Optional.empty();
        }
        for (Cookie cookie : cookies) {
            if (COOKIE.equals(cookie.getName())) {
                return supported(cookie.getValue());
            }
        }
        return Optional.empty();
    }

    public static Optional<String> supported(String language) {
        return language != null && SUPPORTED.contains(language) ? Optional.of(language) : Optional.empty();
    }
}
