package eu.csar.web.platform.portal;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

import java.lang.reflect.Proxy;
import java.security.Principal;
import java.util.HashMap;
import java.util.Map;

/** Just enough of a servlet request and session for the shell's filters, without a container. */
final class FakeHttp {

    String sessionId;
    final Map<String, Object> sessionAttributes = new HashMap<>();
    Principal user;
    String queryString;
    Cookie[] cookies;
    int idChanges;

    FakeHttp withSession(String id) {
        sessionId = id;
        return this;
    }

    FakeHttp signedInAs(String name) {
        user = () -> name;
        return this;
    }

    HttpServletRequest request() {
        return (HttpServletRequest) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {HttpServletRequest.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "getUserPrincipal" -> user;
                    case "getSession" -> sessionId == null ? null : session();
                    case "changeSessionId" -> {
                        idChanges++;
                        sessionId = sessionId + "-renewed";
                        yield sessionId;
                    }
                    case "getQueryString" -> queryString;
                    case "getCookies" -> cookies;
                    case "getContextPath" -> "";
                    case "isSecure" -> false;
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }

    private HttpSession session() {
        return (HttpSession) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {HttpSession.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "getId" -> sessionId;
                    case "getAttribute" -> sessionAttributes.get((String) args[0]);
                    case "setAttribute" -> sessionAttributes.put((String) args[0], args[1]);
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }
}
