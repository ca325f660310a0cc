package eu.csar.web.reports.portal;

import eu.csar.reports.api.ReportId;
import eu.csar.reports.application.ReviewDesk;
import eu.csar.shared.domain.RuleViolationException;
import eu.csar.shared.domain.UnknownObjectException;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.ConstraintViolationException;

import java.io.IOException;
import java.util.UUID;

/**
 * Evidence images of the review desk, {@code /portal/reports/evidence?report=&item=&view=blurred|sharp}:
 * each request is an audited reveal ({@link ReviewDesk#evidence}), answered only to the reviewer who
 * claimed the report (403 to anyone else, 404 for an unknown report or item), and never stored by
 * the browser or a proxy ({@code Cache-Control: no-store}). The blurred view is a grey PNG the server
 * made; the sharp one the stored bytes.
 */
@WebServlet(ReviewEvidenceServlet.PATH)
public class ReviewEvidenceServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    static final String PATH = "/portal/reports/evidence";

    @Inject
    transient ReviewDesk desk;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setHeader("Cache-Control", "no-store, max-age=0");
        response.setHeader("Pragma", "no-cache");
        response.setDateHeader("Expires", 0);
        String view = request.getParameter("view");
        ReportId report;
        int item;
        try {
            report = new ReportId(UUID.fromString(String.valueOf(request.getParameter("report"))));
            item = Integer.parseInt(String.valueOf(request.getParameter("item")));
        } catch (IllegalArgumentException e) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST);
            return;
        }
        if (!"blurred".equals(view) && !"sharp".equals(view)) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST);
            return;
        }
        ReviewDesk.EvidenceImage image;
        try {
            image = desk.evidence(report, item, "sharp".equals(view));
        } catch (RuntimeException e) {
            response.sendError(status(e));
            return;
        }
        response.setContentType(image.mediaType());
        response.setHeader("Content-Disposition", "inline");
        response.setContentLength(image.content().length);
        response.getOutputStream().write(image.content());
    }

    private static int status(RuntimeException failure) {
        Throwable e = failure;
        while (e.getCause() != null && !(e instanceof RuleViolationException || e instanceof UnknownObjectException
                || e instanceof EJBAccessException || e instanceof ConstraintViolationException)) {
            e = e.getCause();
        }
        if (e instanceof UnknownObjectException) {
            return HttpServletResponse.SC_NOT_FOUND;
        }
        if (e instanceof RuleViolationException || e instanceof EJBAccessException) {
            return HttpServletResponse.SC_FORBIDDEN;
        }
        if (e instanceof ConstraintViolationException) {
            return HttpServletResponse.SC_BAD_REQUEST;
        }
        throw failure;
    }
}
