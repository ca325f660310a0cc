package eu.csar.web.platform.portal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import java.io.IOException;
import java.security.Principal;

/**
 * Defeats session fixation: the session that exists before the login (elytron-oidc-client keeps the
 * requested page in it while the browser is at Keycloak) gets a new id on the first request in which
 * the user is signed in. An id someone planted or saw before the login is then worth nothing. The
 * session keeps its contents (the OIDC tokens); only the id changes, once per signed-in user.
 */
@WebFilter(filterName = "SessionRotationFilter", urlPatterns = "/portal/*")
public class SessionRotationFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    /** Session attribute: the user for whom the id was renewed. */
    static final String ROTATED_FOR = SessionRotationFilter.class.getName() + ".rotatedFor";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        rotateOnceAfterLogin(request);
        chain.doFilter(request, response);
    }

    /** Renews the session id if a signed-in user appears in a session for the first time. */
    static void rotateOnceAfterLogin(HttpServletRequest request) {
        Principal user = request.getUserPrincipal();
        HttpSession session = request.getSession(false);
        if (user == null || session == null) {
            return; // not signed in, or a bearer-token call without a session
        }
        if (!user.getName().equals(session.getAttribute(ROTATED_FOR))) {
            request.changeSessionId();
            request.getSession(false).setAttribute(ROTATED_FOR, user.getName());
        }
    }
}
