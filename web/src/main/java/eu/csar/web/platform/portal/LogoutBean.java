package eu.csar.web.platform.portal;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import org.wildfly.security.http.oidc.OidcPrincipal;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * Logs the user out of the portal and of Keycloak: ends the HTTP session (where the OIDC tokens
 * live), logs out of the container, then sends the browser to the realm's end-session endpoint,
 * which comes back to the application's start page. Keycloak's address is the system property
 * {@code csar.keycloak.url} (default http://localhost:8180).
 */
@Named
@RequestScoped
public class LogoutBean {

    static final String KEYCLOAK_URL_PROPERTY = "csar.keycloak.url";
    static final String REALM = "eucentre";
    static final String CLIENT_ID = "csar-portal";

    public void logout() throws IOException {
        FacesContext context = FacesContext.getCurrentInstance();
        ExternalContext external = context.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        String appBase = appBase(request);
        String idToken = idTokenOf(request);
        external.invalidateSession();
        try {
            request.logout();
        } catch (ServletException alreadyLoggedOut) {
            // the session is gone either way; Keycloak ends its own session below
        }
        external.redirect(endSessionUrl(System.getProperty(KEYCLOAK_URL_PROPERTY, "http://localhost:8180"), appBase, idToken));
        context.responseComplete();
    }

    /**
     * The end-session URL. With the ID token as {@code id_token_hint} Keycloak knows whose session
     * ends and returns at once, instead of asking "Do you want to log out?".
     */
    static String endSessionUrl(String keycloakBase, String appBase, String idToken) {
        String base = keycloakBase.endsWith("/") ? keycloakBase.substring(0, keycloakBase.length() - 1) : keycloakBase;
        return base + "/realms/" + REALM + "/protocol/openid-connect/logout?client_id=" + CLIENT_ID
                + "&post_logout_redirect_uri=" + URLEncoder.encode(appBase, StandardCharsets.UTF_8)
                + (idToken == null ? "" : "&id_token_hint=" + URLEncoder.encode(idToken, StandardCharsets.UTF_8));
    }

    /** The ID token of the portal login, read before the session that holds it ends. */
    static String idTokenOf(HttpServletRequest request) {
        if (request.getUserPrincipal() instanceof OidcPrincipal<?> oidc && oidc.getOidcSecurityContext() != null) {
            return oidc.getOidcSecurityContext().getIDTokenString();
        }
        return null;
    }

    /** e.g. http://localhost:8080/ (the WAR is the root context of the EAR). */
    static String appBase(HttpServletRequest request) {
        String scheme = request.getScheme();
        int port = request.getServerPort();
        boolean defaultPort = ("http".equals(scheme) && port == 80) || ("https".equals(scheme) && port == 443);
        return scheme + "://" + request.getServerName() + (defaultPort ? "" : ":" + port) + request.getContextPath() + "/";
    }
}
