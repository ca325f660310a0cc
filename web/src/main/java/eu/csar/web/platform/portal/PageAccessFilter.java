package eu.csar.web.platform.portal;

import eu.csar.audit.api.AccessAction;
import eu.csar.audit.api.AuditOutcome;
import eu.csar.audit.application.AuditRecorder;
import eu.csar.security.api.Caller;
import jakarta.inject.Inject;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;

/**
 * The portal's page-access rule ({@link PortalPages}): a page the caller's role may not open is
 * answered with the 403 page and one audited refusal, before the page calls any service (so the
 * service boundary records nothing twice and the log has no stack trace). Requests carrying a bearer
 * token are refused on every portal page: tokens are for the partner APIs; the portal is for people
 * signed in through the browser. Also checks forwards, so a permalink leads only to a page the
 * caller may open.
 */
@WebFilter(urlPatterns = "/portal/*", dispatcherTypes = {DispatcherType.REQUEST, DispatcherType.FORWARD})
public class PageAccessFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    static final String PURPOSE = "portal page";

    @Inject
    Caller caller;

    @Inject
    AuditRecorder audit;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String page = request.getServletPath();
        boolean isPage = page.endsWith(".xhtml");
        if (carriesBearerToken(request) || (isPage && !PortalPages.allows(page, caller.roles()))) {
            // object: the page as the platform names it, never the query string the caller sent
            audit.refusal(AccessAction.OPERATION_REFUSED, isPage ? page : "/portal/*", PURPOSE, AuditOutcome.REFUSED);
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        chain.doFilter(request, response);
    }

    static boolean carriesBearerToken(HttpServletRequest request) {
        String authorization = request.getHeader("Authorization");
        return authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7);
    }
}
