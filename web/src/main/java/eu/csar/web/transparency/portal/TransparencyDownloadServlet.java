package eu.csar.web.transparency.portal;

import eu.csar.transparency.api.ReportKind;
import eu.csar.transparency.application.TransparencyDocuments;
import eu.csar.transparency.application.TransparencyReports;
import eu.csar.transparency.application.TransparencyView;
import eu.csar.web.platform.rest.Attachments;
import eu.csar.web.transparency.rest.TransparencyJson;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
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

    /** The report version a link names, with its kind and format as the link spells them. */
    private record Found(TransparencyView view, String kind, String format) {
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Found found = Attachments.lookUp(request, response, LINK, m -> new Found(reports.report(
                ReportKind.valueOf(m.group(1).toUpperCase(Locale.ROOT)), m.group(2), Integer.parseInt(m.group(3)),
                Integer.parseInt(m.group(4))), m.group(1), m.group(5)));
        if (found == null) {
            return;
        }
        TransparencyView v = found.view();
        String format = found.format();
        byte[] body = switch (format) {
            case "json" -> TransparencyJson.of(v).toString().getBytes(StandardCharsets.UTF_8);
            case "csv" -> TransparencyDocuments.csv(v).getBytes(StandardCharsets.UTF_8);
            default -> TransparencyDocuments.pdf(v);
        };
        Attachments.send(response, switch (format) {
            case "json" -> "application/json";
            case "csv" -> "text/csv; charset=UTF-8";
            default -> "application/pdf";
        }, "attachment; filename=\"transparency-" + found.kind() + "-" + v.scope().toLowerCase(Locale.ROOT) + "-" + v.year()
                + "-v" + v.version() + "." + format + "\"", body);
    }
}
