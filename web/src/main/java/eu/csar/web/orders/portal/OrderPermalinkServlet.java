package eu.csar.web.orders.portal;

import eu.csar.orders.api.DetectionOrderId;
import eu.csar.orders.api.RemovalOrderId;
import eu.csar.orders.api.UrlListOrderId;
import eu.csar.orders.api.UrlListOrderType;
import eu.csar.orders.application.OrderAnnexes;
import eu.csar.web.platform.portal.Permalinks;
import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The permanent links of orders and complaints, for people signed in to the portal:
 * {@code /portal/removal-orders/{id}}, {@code /portal/detection-orders/{id}},
 * {@code /portal/blocking-orders/{id}}, {@code /portal/delisting-orders/{id}} and
 * {@code /portal/complaints/{id}} are forwarded to the page; the id is in the path, so the link
 * survives the OIDC login (whose return keeps the path but not the query string). Below an order, its
 * annex PDF: {@code .../annex.pdf} (Annex IV, I, VII, or the delisting order's form) and, for a
 * detection order, {@code .../annex-ii.pdf} (the provider's Annex II answer); the partner API serves
 * the same under {@code /api/v1/...}. The services decide who may see what and audit it
 * ({@link AnnexDownload}); anything else under these paths is 404.
 */
@WebServlet({OrderPermalinkServlet.REMOVAL + "*", OrderPermalinkServlet.DETECTION + "*", OrderPermalinkServlet.BLOCKING + "*",
        OrderPermalinkServlet.DELISTING + "*", OrderPermalinkServlet.COMPLAINTS + "*"})
public class OrderPermalinkServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    static final String REMOVAL = "/portal/removal-orders/";
    static final String DETECTION = "/portal/detection-orders/";
    static final String BLOCKING = "/portal/blocking-orders/";
    static final String DELISTING = "/portal/delisting-orders/";
    static final String COMPLAINTS = "/portal/complaints/";
    private static final Pattern LINK = Pattern.compile("/([0-9a-f-]{36})(?:/(annex|annex-ii)\\.pdf)?");

    @Inject
    OrderAnnexes annexes;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException, ServletException {
        Optional<Target> target = target(request.getServletPath(), request.getPathInfo());
        if (target.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
        } else if (target.get().pdf() == null) {
            Permalinks.forwardOrNotFound(request, response, Optional.of(target.get().page()));
        } else {
            Target t = target.get();
            AnnexDownload.send(response, () -> switch (t.kind()) {
                case REMOVAL -> annexes.removalOrder(new RemovalOrderId(t.id()));
                case DETECTION -> "annex-ii".equals(t.pdf()) ? annexes.detectionOrderAnnexIi(new DetectionOrderId(t.id()))
                        : annexes.detectionOrder(new DetectionOrderId(t.id()));
                case BLOCKING -> annexes.urlListOrder(UrlListOrderType.BLOCKING, new UrlListOrderId(t.id()));
                default -> annexes.urlListOrder(UrlListOrderType.DELISTING, new UrlListOrderId(t.id()));
            });
        }
    }

    /**
     * What a permalink names: the object's page (with its id) and, for an annex, which PDF
     * ({@code annex} or {@code annex-ii}; null for the page).
     */
    record Target(String kind, UUID id, String page, String pdf) {
    }

    /**
     * The target of {@code servletPath + pathInfo}; empty when it names none: not a canonical UUID (one
     * spelling per object), a complaint's PDF, or an Annex II of anything but a detection order.
     */
    static Optional<Target> target(String servletPath, String pathInfo) {
        Matcher m = LINK.matcher(pathInfo == null ? "" : pathInfo);
        String kind = servletPath + "/";
        Optional<String> page = m.matches() ? Permalinks.pageWithId(page(kind), m.group(1)) : Optional.empty();
        String pdf = page.isPresent() ? m.group(2) : null;
        if (page.isEmpty() || pdf != null && (COMPLAINTS.equals(kind) || "annex-ii".equals(pdf) && !DETECTION.equals(kind))) {
            return Optional.empty();
        }
        return Optional.of(new Target(kind, UUID.fromString(m.group(1)), page.get(), pdf));
    }

    private static String page(String kind) {
        return switch (kind) {
            case REMOVAL -> "/portal/orders/removal-order.xhtml";
            case DETECTION -> "/portal/orders/detection-order.xhtml";
            case BLOCKING -> "/portal/orders/url-list-order.xhtml?type=BLOCKING";
            case DELISTING -> "/portal/orders/url-list-order.xhtml?type=DELISTING";
            default -> "/portal/orders/complaint.xhtml";
        };
    }

    /** The link (within the application) of a removal order's page. */
    public static String removalOrder(Object id) {
        return REMOVAL + id;
    }

    /** The link (within the application) of a detection order's page. */
    public static String detectionOrder(Object id) {
        return DETECTION + id;
    }

    /** The link (within the application) of a blocking or delisting order's page. */
    public static String urlListOrder(UrlListOrderType type, Object id) {
        return (type == UrlListOrderType.BLOCKING ? BLOCKING : DELISTING) + id;
    }

    /** The link (within the application) of a complaint's page. */
    public static String complaint(Object id) {
        return COMPLAINTS + id;
    }
}
