package eu.csar.web.orders.portal;

import eu.csar.orders.api.RemovalOrderId;
import eu.csar.orders.application.OrderAnnexes;
import eu.csar.web.platform.portal.Permalinks;
import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A removal order's permanent link, {@code /portal/removal-orders/{id}} (forwarded to the order's
 * page; the id is in the path so the link survives the OIDC login), and its annex PDF for people
 * signed in to the portal, {@code /portal/removal-orders/{id}/annex.pdf} (the partner API serves the
 * same at {@code /api/v1/removal-orders/{id}/annex.pdf}). The service decides who may have it and
 * audits the download; an order the caller may not see is 404, like a missing one.
 */
@WebServlet(RemovalOrderPermalinkServlet.PATH + "*")
public class RemovalOrderPermalinkServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    static final String PATH = "/portal/removal-orders/";
    static final String PAGE = "/portal/orders/removal-order.xhtml";
    private static final Pattern LINK = Pattern.compile("/([0-9a-f-]{36})(/annex\\.pdf)?");

    @Inject
    OrderAnnexes annexes;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException, ServletException {
        Matcher m = LINK.matcher(request.getPathInfo() == null ? "" : request.getPathInfo());
        if (!m.matches()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        if (m.group(2) == null) {
            Permalinks.forwardOrNotFound(request, response, Permalinks.pageWithId(PAGE, m.group(1)));
            return;
        }
        // one spelling per order, as for the page link
        if (Permalinks.pageWithId(PAGE, m.group(1)).isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        AnnexDownload.send(response, () -> annexes.removalOrder(new RemovalOrderId(UUID.fromString(m.group(1)))));
    }

    /** The link (within the application) of an order's page. */
    public static String link(Object id) {
        return PATH + id;
    }

    /** The link (within the application) of an order's annex PDF. */
    public static String annex(Object id) {
        return PATH + id + "/annex.pdf";
    }
}
