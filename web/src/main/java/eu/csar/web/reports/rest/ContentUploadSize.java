package eu.csar.web.reports.rest;

import eu.csar.reports.application.EvidenceContent;
import io.undertow.server.HttpHandler;
import io.undertow.server.HttpServerExchange;
import io.undertow.servlet.ServletExtension;
import io.undertow.servlet.api.DeploymentInfo;
import io.undertow.util.Methods;
import jakarta.servlet.ServletContext;

import java.util.regex.Pattern;

/**
 * Lets the one operation that streams large content ({@code POST /api/v1/reports/{id}/evidence/content},
 * up to {@link EvidenceContent#maxBytes()}, 2 GiB by default) take a larger body than any other
 * request. Undertow refuses a {@code Content-Length} over the HTTP listener's {@code max-post-size}
 * while it parses the request, before any handler runs, so the listener allows the largest body
 * (2 GiB + 1 MiB, configure-87-indicator-import.cli) and this handler, first in the deployment's
 * chain, holds every other request to {@link #OTHER_MAX_BYTES} (512 MB, the listener's former limit;
 * Undertow checks the exchange's maximum when the body is read; a smaller limit another handler set,
 * such as SOAP's, is kept). For the upload the maximum is the operation's own limit plus
 * {@link #SLACK_BYTES}, so that {@code RequestBodyLimit}'s 413 problem answers first; the caller's role
 * is still checked before a byte is read ({@code RoleGate}). Registered through
 * {@code META-INF/services/io.undertow.servlet.ServletExtension}.
 */
public class ContentUploadSize implements ServletExtension {

    static final Pattern PATH = Pattern.compile("/api/v1/reports/[^/]+/evidence/content/?");

    /** Every request but the content upload: at most 512 MB (the indicator import's file is the largest). */
    static final long OTHER_MAX_BYTES = 536_870_912L;

    /** Room above the operation's limit, so that its 413 problem, not Undertow's cut, answers a body over it. */
    static final long SLACK_BYTES = 1024 * 1024;

    @Override
    public void handleDeployment(DeploymentInfo deployment, ServletContext context) {
        deployment.addInitialHandlerChainWrapper(Raise::new);
    }

    /** Whether the exchange is an upload of content to a report. */
    static boolean isContentUpload(String method, String relativePath) {
        return Methods.POST_STRING.equals(method) && PATH.matcher(relativePath).matches();
    }

    private record Raise(HttpHandler next) implements HttpHandler {

        @Override
        public void handleRequest(HttpServerExchange exchange) throws Exception {
            if (isContentUpload(exchange.getRequestMethod().toString(), exchange.getRelativePath())) {
                exchange.setMaxEntitySize(EvidenceContent.maxBytes() + SLACK_BYTES);
            } else if (exchange.getMaxEntitySize() <= 0 || exchange.getMaxEntitySize() > OTHER_MAX_BYTES) {
                exchange.setMaxEntitySize(OTHER_MAX_BYTES);
            }
            next.handleRequest(exchange);
        }
    }
}
