package eu.csar.web.platform.rest;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;

/**
 * The error page of a 401 (web.xml): the OIDC mechanism refuses a token it cannot accept (forged,
 * expired, of another realm) with an empty 401, which the server would fill with an HTML page. A
 * partner API call gets the same problem JSON or SOAP fault as a call without a token
 * ({@link BearerTokenGate}); anything else a short text. Only reachable as an error dispatch.
 */
@WebServlet("/error/unauthorized")
public class UnauthorizedPage extends HttpServlet {

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        if (uri == null) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        String path = uri.toString().substring(Math.min(request.getContextPath().length(), uri.toString().length()));
        BearerTokenGate.Api api = BearerTokenGate.Api.of(path);
        response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
        response.setCharacterEncoding("UTF-8");
        if (api == null) {
            response.setContentType("text/plain");
            response.getWriter().write(ProblemType.NOT_AUTHENTICATED.title());
            return;
        }
        response.setHeader("WWW-Authenticate", BearerTokenGate.CHALLENGE);
        response.setContentType(BearerTokenGate.contentType(api));
        response.getWriter().write(BearerTokenGate.body(api));
    }
}
