package eu.csar.web.platform.portal;

import io.undertow.server.HttpHandler;
import io.undertow.server.HttpServerExchange;
import io.undertow.server.handlers.Cookie;
import io.undertow.util.Methods;

import java.util.Optional;
import java.util.Set;

/**
 * Shows the Keycloak login page in the language the visitor chose on the platform. A portal page
 * requested without a login makes elytron-oidc-client redirect the browser to Keycloak, and it
 * forwards a {@code ui_locales} query parameter of the request into that redirect (OpenID Connect
 * Core 3.1.2.1). This handler runs before authentication (an Undertow handler of the deployment,
 * declared in jboss-web.xml) and adds {@code ui_locales} from the {@code csar-lang} cookie to GETs
 * of {@code /portal/...}. It leaves alone requests that name a language themselves and Keycloak's
 * answers ({@code code}, {@code state}, {@code error}); a signed-in user's request merely carries a
 * parameter nobody reads.
 */
public class LoginLanguageHandler implements HttpHandler {

    static final String UI_LOCALES = "ui_locales";

    private final HttpHandler next;

    public LoginLanguageHandler(HttpHandler next) {
        this.next = next;
    }

    @Override
    public void handleRequest(HttpServerExchange exchange) throws Exception {
        if (Methods.GET.equals(exchange.getRequestMethod())) {
            Cookie cookie = exchange.getRequestCookie(LanguageChoice.COOKIE);
            languageForLogin(exchange.getRelativePath(), exchange.getQueryParameters().keySet(),
                    cookie == null ? null : cookie.getValue())
                    .ifPresent(language -> addUiLocales(exchange, language));
        }
        next.handleRequest(exchange);
    }

    /** The language to ask Keycloak for on a GET of {@code path}, given the query's parameter names. */
    static Optional<String> languageForLogin(String path, Set<String> parameters, String chosen) {
        if (!path.startsWith("/portal/") || parameters.contains(UI_LOCALES)
                || parameters.contains("code") || parameters.contains("state") || parameters.contains("error")) {
            return Optional.empty();
        }
        return LanguageChoice.supported(chosen);
    }

    static void addUiLocales(HttpServerExchange exchange, String language) {
        String query = exchange.getQueryString();
        exchange.setQueryString((query == null || query.isEmpty() ? "" : query + "&") + UI_LOCALES + "=" + language);
        exchange.addQueryParam(UI_LOCALES, language);
    }
}
