package eu.csar.web.orders.portal;

import eu.csar.orders.api.DetectionOrderId;
import eu.csar.orders.api.UrlListOrderId;
import eu.csar.orders.api.UrlListOrderType;
import eu.csar.orders.application.OrderAnnexes;
import eu.csar.web.platform.portal.Permalinks;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The annex PDF of a detection, blocking or delisting order for people signed in to the portal,
 * {@code /portal/detection-orders/{id}/annex.pdf} (Annex I) and {@code .../annex-ii.pdf} (the provider's
 * Annex II answer), {@code /portal/blocking-orders/{id}/annex.pdf}
 * (Annex VII), {@code /portal/delisting-orders/{id}/annex.pdf}; the partner API serves the same under
 * {@code /api/v1/...}. The service decides who may have it and audits the download
 * ({@link AnnexDownload}); any other path under these is 404.
 */
@WebServlet({OrderAnnexServlet.DETECTION + "*", OrderAnnexServlet.BLOCKING + "*", OrderAnnexServlet.DELISTING + "*"})
public class OrderAnnexServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    static final String DETECTION = "/portal/detection-orders/";
    static final String BLOCKING = "/portal/blocking-orders/";
    static final String DELISTING = "/portal/delisting-orders/";
    private static final Pattern LINK = Pattern.compile("/([0-9a-f-]{36})/(annex|annex-ii)\\.pdf");

    @Inject
    OrderAnnexes annexes;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Matcher m = LINK.matcher(request.getPathInfo() == null ? "" : request.getPathInfo());
        // one spelling per order, as for the permalinks
        if (!m.matches() || Permalinks.pageWithId("", m.group(1)).isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        UUID id = UUID.fromString(m.group(1));
        String kind = request.getServletPath() + "/";
        boolean annexIi = "annex-ii".equals(m.group(2));
        if (annexIi && !DETECTION.equals(kind)) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
        } else if (annexIi) {
            AnnexDownload.send(response, () -> annexes.detectionOrderAnnexIi(new DetectionOrderId(id)));
        } else if (DETECTION.equals(kind)) {
            AnnexDownload.send(response, () -> annexes.detectionOrder(new DetectionOrderId(id)));
        } else {
            UrlListOrderType type = BLOCKING.equals(kind) ? UrlListOrderType.BLOCKING : UrlListOrderType.DELISTING;
            AnnexDownload.send(response, () -> annexes.urlListOrder(type, new UrlListOrderId(id)));
        }
    }
}
