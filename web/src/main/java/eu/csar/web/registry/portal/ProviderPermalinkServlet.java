package eu.csar.web.registry.portal;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.util.UUID;

/**
 * A provider's permanent link, {@code /portal/providers/{id}}, for links that leave the portal
 * (e-mails, other systems, bookmarks). WildFly's OIDC login returns to the requested path but
 * drops its query string, so {@code provider.xhtml?id=...} opened while logged out would lose the
 * id; here the id is part of the path, survives the login, and is handed to the detail page.
 */
@WebServlet("/portal/providers/*")
public class ProviderPermalinkServlet extends HttpServlet {

    static final String DETAIL_PAGE = "/portal/registry/provider.xhtml?id=";

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String id = request.getPathInfo() == null ? "" : request.getPathInfo().substring(1);
        if (!isUuid(id)) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        response.sendRedirect(request.getContextPath() + DETAIL_PAGE + id);
    }

    static boolean isUuid(String s) {
        try {
            return UUID.fromString(s).toString().equalsIgnoreCase(s);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
