package eu.csar.web.indicators.portal;

import eu.csar.web.platform.portal.Permalinks;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.util.Optional;

/**
 * An indicator's permanent link, {@code /portal/indicators/{id}}: forwarded to its detail page, so
 * that the id survives the OIDC login (which keeps the path but drops the query string, see the
 * registry's {@code ProviderPermalinkServlet}). A filter rather than a servlet, because the
 * indicator pages themselves live under the same path ({@code /portal/indicators/sets.xhtml}) and
 * must still reach the Faces servlet: anything that is not an id passes through untouched.
 */
@WebFilter(urlPatterns = IndicatorPermalinkFilter.PATH + "*", dispatcherTypes = DispatcherType.REQUEST)
public class IndicatorPermalinkFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    static final String PATH = "/portal/indicators/";
    static final String DETAIL_PAGE = "/portal/indicators/indicator.xhtml";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        Optional<String> page = page(request.getRequestURI().substring(request.getContextPath().length()));
        if (page.isPresent()) {
            request.getRequestDispatcher(page.get()).forward(request, response);
        } else {
            chain.doFilter(request, response);
        }
    }

    /** The detail page (with its id parameter) that {@code path} names, if it is a permalink; else empty. */
    static Optional<String> page(String path) {
        if (path == null || !path.startsWith(PATH)) {
            return Optional.empty();
        }
        String id = path.substring(PATH.length());
        return Permalinks.pageWithId(DETAIL_PAGE, id);
    }

    /** The path (within the application) of an indicator's detail. */
    static String detail(Object id) {
        return PATH + id;
    }
}
