package eu.csar.web.transparency.portal;

import eu.csar.shared.domain.RuleViolationException;
import eu.csar.shared.domain.UnknownObjectException;
import eu.csar.transparency.api.ReportKind;
import eu.csar.transparency.application.TransparencyDocuments;
import eu.csar.transparency.application.TransparencyReports;
import eu.csar.transparency.application.TransparencyView;
import eu.csar.web.transparency.rest.TransparencyJson;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The portal's downloads of a transparency report version:
 * {@code /portal/transparency/download/{kind}/{scope}/{year}/{version}.{json|csv|pdf}}, with the
 * same suppression and the same tenancy as the REST API (the service decides: another tenant's
 * report 404, a wrong role 403). Sent as an attachment, never cached.
 */
@WebServlet(TransparencyDownloadServlet.PATH + "*")
public class TransparencyDownloadServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    static final String PATH = "/portal/transparency/download/";
    private static final Pattern LINK = Pattern.compile("/(centre|authority|provider)/([A-Za-z0-9-]{2,36})/([0-9]{4})/([0-9]{1,4})\\.(json|csv|pdf)");

    @Inject
    TransparencyReports reports;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Matcher m = LINK.matcher(request.getPathInfo() == null ? "" : request.getPathInfo());
        if (!m.matches()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        TransparencyView v;
        try {
            v = reports.report(ReportKind.valueOf(m.group(1).toUpperCase(Locale.ROOT)), m.group(2), Integer.parseInt(m.group(3)),
                    Integer.parseInt(m.group(4)));
        } catch (UnknownObjectException | RuleViolationException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        } catch (EJBAccessException e) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        String format = m.group(5);
        byte[] body = switch (format) {
            case "json" -> TransparencyJson.of(v).toString().getBytes(StandardCharsets.UTF_8);
            case "csv" -> TransparencyDocuments.csv(v).getBytes(StandardCharsets.UTF_8);
            default -> TransparencyDocuments.pdf(v);
        };
        response.setContentType(switch (format) {
            case "json" -> "application/json";
            case "csv" -> "text/csv; charset=UTF-8";
            default -> "application/pdf";
        });
        response.setHeader("Content-Disposition", "attachment; filename=\"transparency-" + m.group(1) + "-"
                + v.scope().toLowerCase(Locale.ROOT) + "-" + v.year() + "-v" + v.version() + "." + format + "\"");
        response.setHeader("Cache-Control", "no-store");
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }
}
