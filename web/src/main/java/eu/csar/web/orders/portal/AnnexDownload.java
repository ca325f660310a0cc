package eu.csar.web.orders.portal;

import eu.csar.orders.application.AnnexPdf;
import eu.csar.shared.domain.RuleViolationException;
import eu.csar.shared.domain.UnknownObjectException;
import jakarta.ejb.EJBAccessException;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.util.function.Supplier;

/**
 * How the portal hands out an order's annex PDF (issue 10 §6): as an attachment, never cached; the
 * service decides who may have it and audits the download, and an order the caller may not see is
 * 404 like a missing one (a wrong role 403), and an order without its form yet (a detection order
 * request) 409.
 */
final class AnnexDownload {

    private AnnexDownload() {
    }

    static void send(HttpServletResponse response, Supplier<AnnexPdf> annex) throws IOException {
        AnnexPdf pdf;
        try {
            pdf = annex.get();
        } catch (EJBAccessException e) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        } catch (UnknownObjectException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        } catch (RuleViolationException e) {
            response.sendError(HttpServletResponse.SC_CONFLICT);
            return;
        }
        response.setContentType("application/pdf");
        response.setHeader("Content-Disposition", "attachment; filename=\"" + pdf.fileName() + "\"");
        response.setHeader("Cache-Control", "no-store");
        response.setContentLength(pdf.content().length);
        response.getOutputStream().write(pdf.content());
    }
}
