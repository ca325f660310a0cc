package eu.csar.web.reports.portal;

import eu.csar.web.platform.portal.Permalinks;
import eu.csar.web.platform.portal.PortalPages;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.util.Optional;

/**
 * A report's permanent link on the review desk, {@code /portal/reports/review/{id}}: forwarded to
 * {@code review.xhtml?id=}, so a link a reviewer is sent (by a colleague, an e-mail, from the audit
 * trail) survives the OIDC login, whose return keeps the path but drops the query string; the address
 * bar keeps the link. A servlet rather than a filter like {@code IndicatorPermalinkFilter}: no page
 * lives below {@code /portal/reports/review/} (the desk's pages are {@code /portal/reports/*.xhtml},
 * which this prefix mapping never matches), so nothing has to pass through to the Faces servlet and
 * anything that is not a canonical UUID is 404 ({@link Permalinks}). Who may see the report is the
 * page's and its service's decision, as for a direct visit: the forward passes the page-access filter,
 * and {@code ReviewDesk.report} refuses, audits and answers an unknown id.
 */
@WebServlet(ReviewPermalinkServlet.PATH + "*")
public class ReviewPermalinkServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    static final String PATH = "/portal/reports/review/";

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException, ServletException {
        Permalinks.forwardOrNotFound(request, response, page(request.getPathInfo()));
    }

    /** The review page (with its id parameter) the path after {@code /portal/reports/review} names; empty if none. */
    static Optional<String> page(String pathInfo) {
        return Permalinks.pageWithPathId(PortalPages.REVIEW_REPORT, pathInfo);
    }

    /** The path (within the application) of a report's page on the review desk. */
    static String report(Object reportId) {
        return PATH + reportId;
    }
}
