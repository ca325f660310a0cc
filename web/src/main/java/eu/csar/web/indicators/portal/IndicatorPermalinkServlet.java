package eu.csar.web.indicators.portal;

import eu.csar.web.platform.portal.Permalinks;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.util.Optional;

/**
 * A submission's permanent link, {@code /portal/indicators/submission/{id}}: the id is in the path,
 * so it survives the OIDC login (which drops the query string), like the registry's permalinks;
 * the page is reached by a forward and the address bar keeps the link.
 */
@WebServlet(IndicatorPermalinkServlet.PATH + "*")
public class IndicatorPermalinkServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    static final String PATH = "/portal/indicators/submission/";
    static final String SUBMISSION_PAGE = "/portal/indicators/submission.xhtml";

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException, ServletException {
        Permalinks.forwardOrNotFound(request, response, page(request.getPathInfo()));
    }

    /** The page (with its id parameter) the path after {@code /portal/indicators/submission} names; empty if none. */
    static Optional<String> page(String pathInfo) {
        return Permalinks.pageWithPathId(SUBMISSION_PAGE, pathInfo);
    }

    /** The path (within the application) of a submission's page. */
    static String submission(Object id) {
        return PATH + id;
    }
}
