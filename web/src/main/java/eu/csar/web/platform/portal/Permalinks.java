package eu.csar.web.platform.portal;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.util.Optional;
import java.util.UUID;

/**
 * The portal's permanent links ({@code /portal/providers/{id}}, {@code /portal/indicators/{id}}, ...) carry
 * their id in the path, because the OIDC login keeps the path but drops the query string. Each is
 * forwarded to its page with the id as a parameter, so the address bar keeps the link. Only a UUID in its
 * canonical spelling is an id: one object has one link, and anything else is not a permalink.
 */
public final class Permalinks {

    private Permalinks() {
    }

    /** {@code page?id=id} (or {@code page&id=id} when the page has a query already) when {@code id} is a canonical UUID; else empty. */
    public static Optional<String> pageWithId(String page, String id) {
        return isUuid(id) ? Optional.of(page + (page.contains("?") ? "&" : "?") + "id=" + id) : Optional.empty();
    }

    /**
     * The page a servlet's permalink names when the whole path after its mapping is the id
     * ({@code pathInfo} {@code /<id>}, as {@link HttpServletRequest#getPathInfo()} gives it); else empty.
     */
    public static Optional<String> pageWithPathId(String page, String pathInfo) {
        return pageWithId(page, pathInfo == null || pathInfo.isEmpty() ? "" : pathInfo.substring(1));
    }

    /** Forwards to the page a permalink names, or answers 404 when it names none. */
    public static void forwardOrNotFound(HttpServletRequest request, HttpServletResponse response, Optional<String> page)
            throws IOException, ServletException {
        if (page.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        request.getRequestDispatcher(page.get()).forward(request, response);
    }

    static boolean isUuid(String s) {
        try {
            return UUID.fromString(s).toString().equalsIgnoreCase(s);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
