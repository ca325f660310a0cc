package eu.csar.web.platform.portal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.net.URI;

/**
 * The browser defences on every answer of the application: pages, their resources and the APIs.
 * <ul>
 * <li>Content-Security-Policy. Pages: scripts, styles, images and fonts only from the platform
 * itself; {@code 'unsafe-inline'} for scripts and styles because PrimeFaces and Faces render inline
 * event handlers and widget scripts; no plugins; forms post only to the platform and to Keycloak
 * (logout and login redirect there); no framing. API answers are data, never rendered:
 * {@code default-src 'none'}.</li>
 * <li>X-Frame-Options DENY for browsers without {@code frame-ancestors}; X-Content-Type-Options
 * nosniff; Referrer-Policy same-origin, so provider ids in URLs never reach another site.</li>
 * <li>The victim page ({@code /public/victim/}, Art 20-21) has a stricter policy of its own
 * ({@link #VICTIM_POLICY}), {@code Referrer-Policy: no-referrer} and {@code Cache-Control: no-store}.
 * The public knowledge pages ({@code /public/knowledge/}) get the same policy and referrer rule, but
 * are cacheable (their servlet sets the cache headers).</li>
 * </ul>
 * Keycloak's address is the system property {@code csar.keycloak.url} (default
 * http://localhost:8180), the one {@link LogoutBean} sends the browser to.
 */
@WebFilter(filterName = "SecurityHeadersFilter", urlPatterns = "/*")
public class SecurityHeadersFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    static final String API_POLICY = "default-src 'none'; frame-ancestors 'none'";

    /**
     * The victim page: nothing but the platform itself, no inline script or style at all (the page
     * uses plain Faces components without PrimeFaces), forms only to the platform, images only as
     * local files the browser hashes ({@code blob:}).
     */
    static final String VICTIM_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' blob: data:; "
            + "font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        boolean victimPage = isVictimPage(path);
        boolean strict = victimPage || isKnowledgePage(path);
        response.setHeader("Content-Security-Policy", isApi(path)
                ? API_POLICY
                : strict ? VICTIM_POLICY : pagePolicy(System.getProperty(LogoutBean.KEYCLOAK_URL_PROPERTY, "http://localhost:8180")));
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", strict ? "no-referrer" : "same-origin");
        if (strict) {
            response.setHeader("Permissions-Policy", "camera=(), microphone=(), geolocation=()");
        }
        if (victimPage) {
            response.setHeader("Cache-Control", "no-store");
        }
        chain.doFilter(request, response);
    }

    /** The survivors' page (Art 20-21): its own stricter policy, no referrer, never cached. */
    static boolean isVictimPage(String path) {
        return path.startsWith("/public/victim/");
    }

    /** The public knowledge pages: the victim page's policy, cacheable. */
    static boolean isKnowledgePage(String path) {
        return path.startsWith("/public/knowledge/");
    }

    static boolean isApi(String path) {
        return path.startsWith("/api/") || path.startsWith("/ws/");
    }

    /** The policy of pages; {@code keycloakUrl} may carry a path, only its origin is allowed. */
    static String pagePolicy(String keycloakUrl) {
        return "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; "
                + "img-src 'self' data:; font-src 'self' data:; connect-src 'self'; object-src 'none'; "
                + "base-uri 'self'; form-action 'self' " + origin(keycloakUrl) + "; frame-ancestors 'none'";
    }

    static String origin(String url) {
        URI uri = URI.create(url);
        return uri.getScheme() + "://" + uri.getHost() + (uri.getPort() == -1 ? "" : ":" + uri.getPort());
    }
}
