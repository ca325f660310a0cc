package eu.csar.web.platform.soap;

import eu.csar.web.platform.rest.IdempotencyKeys;
import eu.csar.web.platform.rest.ProblemType;
import io.undertow.server.HttpHandler;
import io.undertow.server.HttpServerExchange;
import io.undertow.servlet.ServletExtension;
import io.undertow.servlet.api.DeploymentInfo;
import io.undertow.util.Headers;
import io.undertow.util.Methods;
import jakarta.servlet.ServletContext;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * Bounds a SOAP call's body before anyone reads it (the web-service stack holds a message whole, and
 * {@link IdempotentSoapFilter} reads a keyed one for its fingerprint): a {@code Content-Length} over
 * {@link #MAX_BYTES} is answered here with HTTP 413 and a fault whose problem is
 * {@code content-too-large}, before a byte is read (also instead of {@code 100 Continue}). A body
 * sent without a length (chunked) is not read into memory past the limit: with a key, the filter
 * reads one byte more than the limit and answers the same fault (Undertow discards the rest); without
 * one, Undertow's per-request maximum entity size ends the connection when the stack reads past it. Registered through
 * {@code META-INF/services/io.undertow.servlet.ServletExtension}, in the deployment's first handlers.
 */
public class SoapBodyLimit implements ServletExtension {

    /** A report's content item of 20 MiB, base64 in the envelope (about 27 MiB), and the rest of the message. */
    public static final long MAX_BYTES = 32L * 1024 * 1024;

    static final String DETAIL = "A SOAP message is at most 32 MiB (" + MAX_BYTES + " bytes)";

    @Override
    public void handleDeployment(DeploymentInfo deployment, ServletContext context) {
        deployment.addInitialHandlerChainWrapper(Limit::new);
    }

    static String fault() {
        return SoapFaultSanitizer.fault(ProblemType.CONTENT_TOO_LARGE.uri(), ProblemType.CONTENT_TOO_LARGE.title(), 413, DETAIL);
    }

    /** The 413 fault (what is left of the body is not read into memory). */
    static void refuse(HttpServletResponse response) throws IOException {
        response.setStatus(413);
        response.setContentType("text/xml; charset=UTF-8");
        response.getOutputStream().write(fault().getBytes(StandardCharsets.UTF_8));
    }

    private record Limit(HttpHandler next) implements HttpHandler {

        @Override
        public void handleRequest(HttpServerExchange exchange) throws Exception {
            if (!exchange.getRelativePath().startsWith("/ws/") || !Methods.POST.equals(exchange.getRequestMethod())) {
                next.handleRequest(exchange);
                return;
            }
            if (exchange.getRequestContentLength() > MAX_BYTES) {
                exchange.setStatusCode(413);
                exchange.setPersistent(false); // the rest of the body is not read
                exchange.getResponseHeaders().put(Headers.CONTENT_TYPE, "text/xml; charset=UTF-8");
                exchange.getResponseSender().send(fault(), StandardCharsets.UTF_8);
                return;
            }
            if (!exchange.getRequestHeaders().contains(IdempotencyKeys.HEADER)) {
                exchange.setMaxEntitySize(MAX_BYTES); // the stack reads it; a keyed one is bounded by its filter
            }
            next.handleRequest(exchange);
        }
    }
}
