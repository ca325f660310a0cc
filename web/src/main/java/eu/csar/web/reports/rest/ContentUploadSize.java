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
 * up to {@link EvidenceContent#maxBytes()}, 2 GiB by default) take a body larger than the HTTP
 * listener's {@code max-post-size} (512 MB, configure-87-indicator-import.cli), which stays the bound
 * of every other request: Undertow's maximum entity size is raised for this exchange only, before
 * anyone reads it. The operation's own limit is still answered by {@code RequestBodyLimit} (413
 * problem), a little below this one so that the platform's answer comes first; the caller's role is
 * still checked before a byte is read ({@code RoleGate}). Registered through
 * {@code META-INF/services/io.undertow.servlet.ServletExtension}, in the deployment's first handlers.
 */
public class ContentUploadSize implements ServletExtension {

    static final Pattern PATH = Pattern.compile("/api/v1/reports/[^/]+/evidence/content/?");

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
            }
            next.handleRequest(exchange);
        }
    }
}
