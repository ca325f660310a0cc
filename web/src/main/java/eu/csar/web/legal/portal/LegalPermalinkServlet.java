package eu.csar.web.legal.portal;

import eu.csar.web.platform.portal.Permalinks;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The comparison's permanent link, {@code /portal/legal/compare/{profile}/{version}/{profile}/{version}}
 * (e.g. {@code /portal/legal/compare/COM-2022-209/1/COUNCIL-GA-2025/1}): the choice is in the path,
 * so a link opened while logged out still shows the same comparison after the OIDC login (which
 * drops query strings). Forwards to the page; the address bar keeps the link.
 */
@WebServlet(LegalPermalinkServlet.PATH + "*")
public class LegalPermalinkServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    static final String PATH = "/portal/legal/compare/";
    static final String PAGE = "/portal/legal/compare.xhtml";
    private static final Pattern CHOICE = Pattern.compile("/([A-Z][A-Z0-9-]{0,63})/([1-9]\\d{0,5})/([A-Z][A-Z0-9-]{0,63})/([1-9]\\d{0,5})/?");

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException, ServletException {
        Permalinks.forwardOrNotFound(request, response, page(request.getPathInfo()));
    }

    /** The page with its parameters that the path after {@code /portal/legal/compare} names; empty if none. */
    static Optional<String> page(String pathInfo) {
        Matcher m = CHOICE.matcher(pathInfo == null ? "" : pathInfo);
        if (!m.matches()) {
            return Optional.empty();
        }
        return Optional.of(PAGE + "?left=" + m.group(1) + "&leftVersion=" + m.group(2) + "&right=" + m.group(3)
                + "&rightVersion=" + m.group(4));
    }

    /** The link (within the application) of a comparison. */
    public static String link(String left, int leftVersion, String right, int rightVersion) {
        return PATH + left + "/" + leftVersion + "/" + right + "/" + rightVersion;
    }
}
