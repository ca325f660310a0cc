package eu.csar.web.platform.portal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.time.Duration;

/**
 * Remembers a language chosen with {@code ?lang=} in the cookie {@code csar-lang} for a year (see
 * {@link LanguageChoice}). Not HttpOnly-sensitive data, but no script needs it, so it is HttpOnly;
 * SameSite=Lax like the session cookie.
 */
@WebFilter(filterName = "LanguageCookieFilter", urlPatterns = "/*")
public class LanguageCookieFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;
    static final int ONE_YEAR = (int) Duration.ofDays(365).toSeconds();

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        LanguageChoice.requested(request).ifPresent(language -> response.addCookie(cookie(request, language)));
        chain.doFilter(request, response);
    }

    static Cookie cookie(HttpServletRequest request, String language) {
        Cookie cookie = new Cookie(LanguageChoice.COOKIE, language);
        cookie.setPath(request.getContextPath().isEmpty() ? "/" : request.getContextPath());
        cookie.setMaxAge(ONE_YEAR);
        cookie.setHttpOnly(true);
        cookie.setSecure(request.isSecure());
        cookie.setAttribute("SameSite", "Lax");
        return cookie;
    }
}
