package eu.csar.web.platform.rest;

import io.undertow.server.HttpHandler;
import io.undertow.server.HttpServerExchange;
import io.undertow.servlet.ServletExtension;
import io.undertow.servlet.api.DeploymentInfo;
import io.undertow.util.Headers;
import io.undertow.util.Methods;
import jakarta.servlet.ServletContext;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * The partner APIs ({@code /api/v1/*} REST, {@code /ws/*} SOAP) are for machines with a bearer
 * token. A call without {@code Authorization: Bearer} is answered 401 here, before the OIDC
 * mechanism sees it: that mechanism treats a request accepting {@code *}{@code /*} (curl's and CXF's
 * default) as a browser and redirects it to the login page. The answer is a problem JSON for REST
 * and a SOAP fault for SOAP; a 401 that the OIDC mechanism gives for a token it rejects gets the
 * same body through the error page {@link UnauthorizedPage}. The WSDL ({@code GET ...?wsdl}) stays readable without a
 * token: partners fetch the contract before they have credentials (web.xml leaves GET of
 * {@code /ws/*} unconstrained).
 *
 * <p>Registered through {@code META-INF/services/io.undertow.servlet.ServletExtension}; the handler
 * runs first in the deployment's handler chain.
 */
public class BearerTokenGate implements ServletExtension {

    static final String DETAIL = "Send an access token of the eucentre realm as 'Authorization: Bearer <token>'";
    static final String CHALLENGE = "Bearer realm=\"eucentre\"";

    @Override
    public void handleDeployment(DeploymentInfo deployment, ServletContext context) {
        deployment.addInitialHandlerChainWrapper(Gate::new);
    }

    /** Which kind of partner API a path belongs to, if any. */
    enum Api {
        REST, SOAP;

        static Api of(String path) {
            if (path.equals("/api/v1") || path.startsWith("/api/v1/")) {
                return REST;
            }
            if (path.startsWith("/ws/")) {
                return SOAP;
            }
            return null;
        }
    }

    static boolean hasBearerToken(String authorization) {
        return authorization != null && authorization.length() > 7
                && authorization.substring(0, 7).toLowerCase(Locale.ROOT).equals("bearer ");
    }

    static boolean isContractRequest(HttpServerExchange exchange) {
        return Methods.GET.equals(exchange.getRequestMethod())
                && (exchange.getQueryParameters().containsKey("wsdl") || exchange.getQueryParameters().containsKey("xsd"));
    }

    static String problemJson() {
        return "{\"type\":\"" + ProblemType.NOT_AUTHENTICATED.uri() + "\",\"title\":\"" + ProblemType.NOT_AUTHENTICATED.title()
                + "\",\"status\":401,\"detail\":\"" + DETAIL + "\",\"violations\":[]}";
    }

    static String soapFault() {
        return "<soap:Envelope xmlns:soap=\"http://schemas.xmlsoap.org/soap/envelope/\"><soap:Body><soap:Fault>"
                + "<faultcode>soap:Client</faultcode><faultstring>" + ProblemType.NOT_AUTHENTICATED.title() + "</faultstring>"
                + "<detail><p:problem xmlns:p=\"" + ProblemType.NAMESPACE + "\"><type>" + ProblemType.NOT_AUTHENTICATED.uri()
                + "</type><title>" + ProblemType.NOT_AUTHENTICATED.title() + "</title><status>401</status><detail>"
                + DETAIL.replace("<", "&lt;").replace(">", "&gt;") + "</detail></p:problem></detail>"
                + "</soap:Fault></soap:Body></soap:Envelope>";
    }

    static String contentType(Api api) {
        return api == Api.REST ? "application/problem+json" : "text/xml; charset=UTF-8";
    }

    static String body(Api api) {
        return api == Api.REST ? problemJson() : soapFault();
    }

    private static void unauthorized(HttpServerExchange exchange, Api api) {
        exchange.setStatusCode(401);
        exchange.getResponseHeaders().put(Headers.WWW_AUTHENTICATE, CHALLENGE);
        exchange.getResponseHeaders().put(Headers.CONTENT_TYPE, contentType(api));
        exchange.getResponseSender().send(body(api), StandardCharsets.UTF_8);
    }

    private record Gate(HttpHandler next) implements HttpHandler {

        @Override
        public void handleRequest(HttpServerExchange exchange) throws Exception {
            Api api = Api.of(exchange.getRelativePath());
            if (api == null || (api == Api.SOAP && isContractRequest(exchange))) {
                next.handleRequest(exchange);
                return;
            }
            if (!hasBearerToken(exchange.getRequestHeaders().getFirst(Headers.AUTHORIZATION))) {
                unauthorized(exchange, api);
                return;
            }
            next.handleRequest(exchange);
        }
    }
}
