package eu.csar.web.registry.portal;

import eu.csar.web.platform.portal.Permalinks;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.util.Optional;

/**
 * A provider's permanent links, {@code /portal/providers/{id}} (its entry) and
 * {@code /portal/providers/{id}/edit} (the edit form): the links every portal page produces and the
 * ones that leave the portal (e-mails, bookmarks). WildFly's OIDC login returns to the requested
 * path but drops its query string (elytron-oidc-client builds the {@code redirect_uri} from scheme,
 * host and path only), so {@code provider.xhtml?id=...} opened while logged out would lose the id.
 * Here the id is part of the path and survives the login; the page is reached by a forward, so the
 * address bar (and the back button after logout) keeps the path-based link.
 */
@WebServlet(ProviderPermalinkServlet.PATH + "*")
public class ProviderPermalinkServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    static final String PATH = "/portal/providers/";
    static final String EDIT_SUFFIX = "/edit";
    static final String DETAIL_PAGE = "/portal/registry/provider.xhtml";
    static final String EDIT_PAGE = "/portal/registry/provider-edit.xhtml";

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException, ServletException {
        Permalinks.forwardOrNotFound(request, response, page(request.getPathInfo()));
    }

    /** The page (with its id parameter) that the permalink's path after {@code /portal/providers} names; empty if none. */
    static Optional<String> page(String pathInfo) {
        String rest = pathInfo == null || pathInfo.isEmpty() ? "" : pathInfo.substring(1);
        boolean edit = rest.endsWith(EDIT_SUFFIX);
        String id = edit ? rest.substring(0, rest.length() - EDIT_SUFFIX.length()) : rest;
        return Permalinks.pageWithId(edit ? EDIT_PAGE : DETAIL_PAGE, id);
    }

    /** The path (within the application) of a provider's entry. */
    static String detail(Object id) {
        return PATH + id;
    }

    /** The path (within the application) of a provider's edit form. */
    static String edit(Object id) {
        return PATH + id + EDIT_SUFFIX;
    }
}
